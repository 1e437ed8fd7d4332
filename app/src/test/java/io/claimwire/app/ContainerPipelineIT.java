package io.claimwire.app;

import java.nio.file.Path;
import java.util.Properties;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same scenarios against Kafka in a container, where a Docker engine runs; skipped where none does. The image can
 * be changed with {@code -Dclaimwire.it.kafka-image=...}.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerPipelineIT extends PipelineScenarios {
  @Container
  final KafkaContainer kafka = new KafkaContainer(System.getProperty("claimwire.it.kafka-image", "apache/kafka:4.1.1"));

  @Override
  PipelineSettings settings(Path dataDir, Properties clientProperties) {
    return new PipelineSettings(dataDir, kafka.getBootstrapServers(), true, 0, clientProperties);
  }
}
