package io.claimwire.app;

import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The store scenarios against Kafka and PostgreSQL in containers, where a Docker engine runs; skipped where none
 * does. Images: {@code -Dclaimwire.it.kafka-image=...}, {@code -Dclaimwire.it.postgres-image=...}.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerStoreIT extends StoreScenarios {
  @Container
  final KafkaContainer kafka = new KafkaContainer(System.getProperty("claimwire.it.kafka-image", "apache/kafka:4.1.1"));

  @Container
  static final PostgreSQLContainer POSTGRES =
      new PostgreSQLContainer(System.getProperty("claimwire.it.postgres-image", "postgres:17-alpine"));

  @Override
  PipelineSettings settings(Path dataDir, Properties clientProperties) {
    return new PipelineSettings(dataDir, kafka.getBootstrapServers(), true, 0, clientProperties);
  }

  /** The container's cluster stays; every topic is deleted, so each is created again with a new topic id. */
  @Override
  PipelineSettings startOver(Path newDataDir) throws Exception {
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka.getBootstrapServers());
    try (Admin admin = Admin.create(p)) {
      var topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      while (!admin.listTopics().names().get(30, TimeUnit.SECONDS).isEmpty() && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(200);
      }
    }
    return settings(newDataDir, new Properties());
  }

  @Override
  PostgresServer postgres() {
    return new PostgresServer(POSTGRES.getHost() + ":" + POSTGRES.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
        POSTGRES.getUsername(), POSTGRES.getPassword());
  }
}
