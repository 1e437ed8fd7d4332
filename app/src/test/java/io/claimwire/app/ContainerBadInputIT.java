package io.claimwire.app;

import java.nio.file.Path;
import java.util.Properties;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The bad-input scenarios against Kafka in a container (its broker keeps its 1 MB default), where Docker runs. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerBadInputIT extends BadInputScenarios {
  @Container
  final KafkaContainer kafka = new KafkaContainer(System.getProperty("claimwire.it.kafka-image", "apache/kafka:4.1.1"));

  @Override
  PipelineSettings settings(Path dataDir, Properties clientProperties) {
    return new PipelineSettings(dataDir, kafka.getBootstrapServers(), true, 0, clientProperties);
  }
}
