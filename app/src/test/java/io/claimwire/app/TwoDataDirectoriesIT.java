package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two pipelines with their own data directories on one machine: the embedded broker belongs to its data
 * directory. A second run at the same address is refused with a message that names the other data directory and
 * says how to choose another port; on its own port it runs its own broker; neither writes into the other's topics.
 */
class TwoDataDirectoriesIT {
  @TempDir Path dir;

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static PipelineSettings settings(Path dataDir, int port, int controllerPort) {
    return new PipelineSettings(dataDir, "127.0.0.1:" + port, false, controllerPort, new Properties());
  }

  private static long rawRecords(Pipeline p) {
    Properties c = p.clientProps();
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      var tp = new TopicPartition(p.topics().raw.name(), 0);
      return consumer.endOffsets(List.of(tp)).get(tp);
    }
  }

  @Test
  void aSecondDataDirectoryIsRefusedAtTheFirstsAddressAndRunsOnItsOwnPort() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path input = dir.resolve("in");
    Files.createDirectories(input);
    Files.writeString(input.resolve("one.txt"), "Flood in Marrow County\n\nAt least 14 people were killed in the "
        + "flood, Mayor Ana Ruiz said on Sunday.");
    int port = freePort();
    int controller = freePort();
    try (Pipeline first = new Pipeline(settings(a, port, controller)).connect()) {
      try (Pipeline again = new Pipeline(settings(a, port, controller))) {
        again.connect(); // the same data directory: its own broker, run by another process
      }
      try (Pipeline second = new Pipeline(settings(b, port, controller))) {
        assertThatThrownBy(second::connect).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("not this data directory's").hasMessageContaining(a.toString())
            .hasMessageContaining("--kafka-port");
      }
      try (Pipeline reader = new Pipeline(settings(b, port, controller))) {
        reader.connect(true, false); // tail with no --data-dir: reads the broker there, and says whose it is
        assertThatThrownBy(() -> new Pipeline(settings(b, port, controller)).connect(true, true))
            .hasMessageContaining("not this data directory's");
      }
      try (Pipeline own = new Pipeline(settings(b, freePort(), freePort())).connect()) {
        own.ingest(List.of(input));
        assertThat(rawRecords(own)).as("the second pipeline's own topic").isEqualTo(1);
        assertThat(rawRecords(first)).as("nothing written into the first pipeline's topics").isZero();
      }
    }
    assertThat(EmbeddedKafka.clusterIdOf(a.resolve("kafka"))).isNotEqualTo(EmbeddedKafka.clusterIdOf(b.resolve("kafka")));
  }
}
