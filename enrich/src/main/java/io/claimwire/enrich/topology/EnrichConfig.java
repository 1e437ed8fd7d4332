package io.claimwire.enrich.topology;

import io.claimwire.schemas.Topics;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Settings of the enrich service. Client properties from a file win over these defaults; explicit flags win
 * over both (the app applies them).
 *
 * @param applicationId Kafka Streams application id; names the consumer group, state and internal topics
 * @param bootstrapServers the cluster
 * @param stateDir local state (RocksDB) directory
 * @param topics the topic registry
 * @param clientProperties extra client settings (security and others), applied over the defaults
 * @param disputeTolerance relative difference above which figures on one topic dispute (default 0.2)
 */
public record EnrichConfig(String applicationId, String bootstrapServers, Path stateDir, Topics topics,
    Properties clientProperties, double disputeTolerance) {

  public EnrichConfig(String applicationId, String bootstrapServers, Path stateDir, Topics topics,
      Properties clientProperties) {
    this(applicationId, bootstrapServers, stateDir, topics, clientProperties,
        io.claimwire.enrich.summary.Summarizer.DEFAULT_TOLERANCE);
  }

  public static final String DEFAULT_APPLICATION_ID = "claimwire-enrich";

  public Properties streamsProperties() {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    // Dedup and claim sets must be exactly-once: a crash never doubles a verdict or a claim.
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    // Results within a second keep the demo and `run --once` responsive; EOS commits are transactions.
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 500);
    // One node by default; a real cluster overrides this in the client properties file.
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    p.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
    p.put(StreamsConfig.producerPrefix("compression.type"), "lz4");
    p.put(StreamsConfig.producerPrefix("max.request.size"), 8 * 1024 * 1024);
    if (clientProperties != null) {
      p.putAll(clientProperties);
    }
    return p;
  }
}
