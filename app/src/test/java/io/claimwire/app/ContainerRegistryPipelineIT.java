package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.claimwire.schemas.RegistrySerdes;
import io.claimwire.schemas.avro.Claim;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Every pipeline scenario again in schema-registry mode, against Kafka and Apicurio Registry in containers, and a
 * registry-aware consumer reading the claims; skipped where no Docker engine runs. Images can be changed with
 * {@code -Dclaimwire.it.kafka-image=...} and {@code -Dclaimwire.it.registry-image=...}.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerRegistryPipelineIT extends PipelineScenarios {
  @Container
  final KafkaContainer kafka = new KafkaContainer(System.getProperty("claimwire.it.kafka-image", "apache/kafka:4.1.1"));

  @Container
  final GenericContainer<?> registry = new GenericContainer<>(
      System.getProperty("claimwire.it.registry-image", "apicurio/apicurio-registry:3.1.7"))
      .withExposedPorts(8080)
      .waitingFor(Wait.forHttp("/apis/registry/v3/system/info").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(3)));

  private String registryBase() {
    return "http://" + registry.getHost() + ":" + registry.getMappedPort(8080);
  }

  @Override
  PipelineSettings settings(Path dataDir, Properties clientProperties) {
    return new PipelineSettings(dataDir, kafka.getBootstrapServers(), true, 0, clientProperties)
        .withSchemaRegistry(registryBase());
  }

  @Test
  void shouldBeReadByARegistryAwareConsumerAndRefuseAnIncompatibleSchema() throws Exception {
    Files.writeString(input.resolve("flood.txt"), "url: https://example.org/flood\noutlet: Example\n\n"
        + "River floods the valley\nAt least 120 homes were flooded in Lowmere, the council said on Monday.\n");
    try (Pipeline p = new Pipeline(settings(data))) {
      p.connect().startEnrich().startSink();
      Set<String> ids = p.ingest(List.of(input));
      p.awaitStored(ids, Duration.ofMinutes(2));

      List<ConsumerRecord<String, byte[]>> records = readAll(p.clientProps(), "news.claims");
      assertThat(records).isNotEmpty();
      HttpClient http = HttpClient.newHttpClient();
      String latest = get(http, "/apis/ccompat/v7/subjects/news.claims-value/versions/latest");
      Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(latest);
      assertThat(id.find()).as(latest).isTrue();

      Map<String, Object> plain = Map.of("apicurio.registry.url", registryBase() + "/apis/registry/v3",
          "apicurio.registry.id-handler", "io.apicurio.registry.serde.Default4ByteIdHandler",
          "apicurio.registry.use-id", "contentId", "apicurio.registry.use-specific-avro-reader", true);
      try (AvroKafkaDeserializer<Claim> reader = new AvroKafkaDeserializer<>()) {
        reader.configure(new java.util.HashMap<>(plain), false);
        List<Claim> claims = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
          assertThat(r.value()[0]).as("magic byte").isEqualTo((byte) 0);
          assertThat(ByteBuffer.wrap(r.value(), 1, 4).getInt()).as("the subject's schema id").isEqualTo(Integer.parseInt(id.group(1)));
          claims.add(reader.deserialize(r.topic(), r.value()));
        }
        assertThat(claims).extracting(Claim::getValue).contains(120.0);
      }

      assertThat(get(http, "/apis/registry/v3/groups/" + RegistrySerdes.GROUP + "/artifacts/news.claims-value/rules/COMPATIBILITY"))
          .contains("BACKWARD");
      HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(registryBase()
              + "/apis/ccompat/v7/subjects/news.claims-value/versions"))
          .header("Content-Type", "application/vnd.schemaregistry.v1+json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"schema\":" + quote(withRequiredField(SpecificData.get().getSchema(Claim.class)).toString()) + "}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).as("a new required field cannot read old claims: %s", refused.body()).isEqualTo(409);
    }
  }

  private String get(HttpClient http, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(registryBase() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("%s: %s", path, r.body()).isEqualTo(200);
    return r.body();
  }

  private static List<ConsumerRecord<String, byte[]>> readAll(Properties client, String topic) {
    Properties c = new Properties();
    c.putAll(client);
    c.put("group.id", "registry-consumer-" + System.nanoTime());
    c.put("auto.offset.reset", "earliest");
    c.put("isolation.level", "read_committed");
    List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      long settled = Long.MAX_VALUE; // a few seconds after the first claims, everything committed has arrived
      while (System.nanoTime() < Math.min(deadline, settled)) {
        consumer.poll(Duration.ofMillis(500)).forEach(r -> {
          if (r.value() != null) {
            out.add(r);
          }
        });
        if (!out.isEmpty() && settled == Long.MAX_VALUE) {
          settled = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        }
      }
    }
    return out;
  }

  private static Schema withRequiredField(Schema schema) {
    List<Schema.Field> fields = new ArrayList<>();
    schema.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
    fields.add(new Schema.Field("reviewedBy", Schema.create(Schema.Type.STRING), "no default: old records lack it", (Object) null));
    return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
