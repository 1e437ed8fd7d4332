package io.claimwire.enrich.topology;

import io.claimwire.schemas.Limits;
import io.claimwire.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
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
 * @param dedupRetention how long dedup state is kept (default 7 days)
 * @param rocksDbMemoryBytes cap on RocksDB native memory for the instance (default 256 MB)
 * @param maxFigures the most claims one article version yields (default {@link Limits#DEFAULT_MAX_FIGURES})
 * @param storyWindow a story with no new article for this long (by published time) closes (default 7 days)
 */
public record EnrichConfig(String applicationId, String bootstrapServers, Path stateDir, Topics topics,
    Properties clientProperties, double disputeTolerance, Duration dedupRetention, long rocksDbMemoryBytes,
    int maxFigures, Duration storyWindow) {

  /** How long dedup remembers a record, its fingerprint and its near-duplicate signature. */
  public static final Duration DEFAULT_DEDUP_RETENTION = Duration.ofDays(7);
  /** How long a story stays open with no new article. */
  public static final Duration DEFAULT_STORY_WINDOW = Duration.ofDays(7);
  /** Native memory for all RocksDB stores of one instance (block cache, memtables, index and filter blocks). */
  public static final long DEFAULT_ROCKSDB_MEMORY = 256L * 1024 * 1024;
  /** Less than this cannot hold the stores' index and filter blocks. */
  public static final long MIN_ROCKSDB_MEMORY = 16L * 1024 * 1024;

  public EnrichConfig {
    if (dedupRetention.isNegative() || dedupRetention.isZero()) {
      throw new IllegalArgumentException("dedup retention must be positive, got " + dedupRetention);
    }
    if (storyWindow.isNegative() || storyWindow.isZero()) {
      throw new IllegalArgumentException("the story window must be positive, got " + storyWindow);
    }
    if (rocksDbMemoryBytes < MIN_ROCKSDB_MEMORY) {
      throw new IllegalArgumentException("RocksDB memory must be at least 16 MB, got " + rocksDbMemoryBytes);
    }
    if (maxFigures < 1 || maxFigures > Limits.MAX_FIGURES) {
      throw new IllegalArgumentException("the figure cap must be between 1 and " + Limits.MAX_FIGURES + ", got " + maxFigures);
    }
  }

  public EnrichConfig(String applicationId, String bootstrapServers, Path stateDir, Topics topics,
      Properties clientProperties) {
    this(applicationId, bootstrapServers, stateDir, topics, clientProperties,
        io.claimwire.enrich.summary.Summarizer.DEFAULT_TOLERANCE, DEFAULT_DEDUP_RETENTION, DEFAULT_ROCKSDB_MEMORY,
        Limits.DEFAULT_MAX_FIGURES, DEFAULT_STORY_WINDOW);
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
    // The largest record the limits let in; internal topics (changelogs of claim sets) take it too.
    p.put(StreamsConfig.producerPrefix("max.request.size"), Limits.MAX_RECORD_BYTES);
    p.put(StreamsConfig.topicPrefix("max.message.bytes"), Integer.toString(Limits.MAX_RECORD_BYTES));
    // A record whose processing throws (in any processor) is dead-lettered, bounded, instead of stopping the thread
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetteringProcessingHandler.class);
    p.put(DeadLetteringProcessingHandler.DLQ_TOPIC_CONFIG, topics.dlqEnrich.name());
    // no global stores today; on, so that one added later is covered too (the default from Kafka 5.0)
    p.put("processing.exception.handler.global.enabled", true);
    p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
    p.put(BoundedRocksDbMemory.MEMORY_BYTES_CONFIG, rocksDbMemoryBytes);
    if (clientProperties != null) {
      p.putAll(clientProperties);
    }
    return p;
  }
}
