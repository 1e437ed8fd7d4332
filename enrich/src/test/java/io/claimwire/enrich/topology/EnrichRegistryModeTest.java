package io.claimwire.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwire.schemas.DeadLetterHeaders;
import io.claimwire.schemas.RegistrySerdes;
import io.claimwire.schemas.SchemaRegistryUnavailableException;
import io.claimwire.schemas.Topics;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrich in schema-registry mode with a registry that does not answer (a closed port): a record in the registry's
 * wire format is not bad data, so it fails the task (Kafka Streams retries it with a new thread) instead of going to
 * the dead-letter topic; a record in no known format is dead-lettered as before.
 */
class EnrichRegistryModeTest {
  @TempDir Path state;

  @Test
  void shouldRetryWhatTheRegistryCannotBeAskedAboutAndDeadLetterOnlyBadData() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    try (RegistrySerdes serdes = new RegistrySerdes("http://127.0.0.1:" + closed, Map.of("apicurio.registry.retry-count", 0))) {
      Topics topics = new Topics(serdes, Topics.Settings.defaults());
      EnrichConfig config = new EnrichConfig("enrich-registry-test", "unused:9092", state, topics, new Properties());
      try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(config), config.streamsProperties())) {
        TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(topics.raw.name(), new ByteArraySerializer(), new ByteArraySerializer());
        TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic(topics.dlqEnrich.name(), new ByteArrayDeserializer(),
            new ByteArrayDeserializer());

        raw.pipeInput("k".getBytes(StandardCharsets.UTF_8), "plain text, no framing".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(dlq.readRecord().headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
            .startsWith("undecodable raw article").contains("not the Confluent wire format");

        byte[] framed = ByteBuffer.allocate(8).put((byte) 0).putInt(3).put(new byte[] {1, 2, 3}).array();
        assertThatThrownBy(() -> raw.pipeInput("k".getBytes(StandardCharsets.UTF_8), framed))
            .satisfies(e -> assertThat(SchemaRegistryUnavailableException.in(e)).as("%s", e).isTrue());
        assertThat(dlq.isEmpty()).as("nothing dead-lettered for a registry that did not answer").isTrue();
      }
    }
  }
}
