# One image for every claimwire service: the entry point is the claimwire command, the service its first argument
# (ingest, enrich, sink, topics...). Multi-stage: Maven builds in the first stage, only the JRE and the jars ship.
#   docker build -t claimwire:local .
#   docker run --rm claimwire:local --help
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# dependencies first, so a source change does not download them again
COPY pom.xml ./
COPY schemas/pom.xml schemas/
COPY enrich/pom.xml enrich/
COPY ingest/pom.xml ingest/
COPY sink/pom.xml sink/
COPY app/pom.xml app/
COPY bench/pom.xml bench/
RUN mvn -B -q -ntp dependency:go-offline -DexcludeGroupIds=io.claimwire || true
COPY . .
RUN mvn -B -q -ntp -DskipTests -pl app -am package

FROM eclipse-temurin:17-jre
# curl for the health checks of docker compose; nothing else is added
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /var/lib/claimwire --create-home claimwire
COPY --from=build /src/app/target/lib/ /opt/claimwire/lib/
COPY --from=build /src/app/target/claimwire-app.jar /opt/claimwire/claimwire-app.jar
USER claimwire
WORKDIR /var/lib/claimwire
ENV CLAIMWIRE_DATA_DIR=/var/lib/claimwire/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.claimwire.schemas.avro"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/claimwire/claimwire-app.jar"]
CMD ["--help"]
