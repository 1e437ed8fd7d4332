package io.claimwire.app;

import io.claimwire.schemas.Limits;
import io.claimwire.schemas.RegistrySerdes;
import io.claimwire.schemas.Topics;
import io.claimwire.sink.StoreConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Where a pipeline's things are and how they are tuned: data directory, bootstrap address (and whether it was given
 * or is the embedded default), extra client properties, topic settings, enrich tuning, store URL (null: the embedded
 * store), schema registry URL (null: single-object encoding), the limits at the door, and the languages ingest keeps
 * (empty: all).
 */
public record PipelineSettings(Path dataDir, String bootstrapServers, boolean bootstrapGiven, int controllerPort,
    Properties clientProperties, Topics.Settings topicSettings, Tuning tuning, String storeUrl, String schemaRegistry,
    Limits limits, Set<String> languages) {

  public PipelineSettings(Path dataDir, String bootstrapServers, boolean bootstrapGiven, int controllerPort,
      Properties clientProperties, Topics.Settings topicSettings, Tuning tuning, String storeUrl, String schemaRegistry,
      Limits limits) {
    this(dataDir, bootstrapServers, bootstrapGiven, controllerPort, clientProperties, topicSettings, tuning, storeUrl,
        schemaRegistry, limits, Set.of());
  }

  /** Settings with the default topics, tuning, store, encoding and limits. */
  public PipelineSettings(Path dataDir, String bootstrapServers, boolean bootstrapGiven, int controllerPort,
      Properties clientProperties) {
    this(dataDir, bootstrapServers, bootstrapGiven, controllerPort, clientProperties, Topics.Settings.defaults(),
        Tuning.defaults(), null, null, Limits.defaults());
  }

  /** The same settings with other limits at the door (text size, figure cap). */
  public PipelineSettings withLimits(Limits l) {
    return new PipelineSettings(dataDir, bootstrapServers, bootstrapGiven, controllerPort, clientProperties,
        topicSettings, tuning, storeUrl, schemaRegistry, l, languages);
  }

  /** The same settings with the store at a JDBC URL (null: the embedded default). */
  public PipelineSettings withStoreUrl(String url) {
    return new PipelineSettings(dataDir, bootstrapServers, bootstrapGiven, controllerPort, clientProperties,
        topicSettings, tuning, url, schemaRegistry, limits, languages);
  }

  /** The same settings with the topics' values in the Confluent wire format through a registry (null: single-object). */
  public PipelineSettings withSchemaRegistry(String url) {
    return new PipelineSettings(dataDir, bootstrapServers, bootstrapGiven, controllerPort, clientProperties,
        topicSettings, tuning, storeUrl, url, limits, languages);
  }

  /** The same settings keeping only articles in these languages at ingest (empty: all). */
  public PipelineSettings withLanguages(Set<String> keep) {
    return new PipelineSettings(dataDir, bootstrapServers, bootstrapGiven, controllerPort, clientProperties,
        topicSettings, tuning, storeUrl, schemaRegistry, limits, Set.copyOf(keep));
  }

  /** The Kafka client settings, without the schema registry's (which a Kafka client would warn about). */
  public Properties kafkaProperties() {
    Properties p = new Properties();
    clientProperties.forEach((k, v) -> {
      if (!k.toString().startsWith(RegistrySerdes.SETTINGS_PREFIX)) {
        p.put(k, v);
      }
    });
    return p;
  }

  /** The schema registry client's settings ({@code apicurio.registry.*}) given with the Kafka client settings. */
  public Map<String, Object> registrySettings() {
    Map<String, Object> m = new HashMap<>();
    clientProperties.forEach((k, v) -> {
      if (k.toString().startsWith(RegistrySerdes.SETTINGS_PREFIX)) {
        m.put(k.toString(), v);
      }
    });
    return m;
  }

  /** Client properties for this bootstrap address with the extra Kafka client settings. */
  public Properties clientProps() {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrapServers);
    p.putAll(kafkaProperties());
    return p;
  }

  /** Producer properties: idempotent, acknowledged by all replicas, compressed, in order across retries. */
  public Properties producerProps() {
    Properties p = clientProps();
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Limits.MAX_RECORD_BYTES);
    // One in-flight batch per connection keeps order even across retries.
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    return p;
  }

  public StoreConfig storeConfig() {
    return storeUrl == null ? StoreConfig.embedded(storeDir()) : StoreConfig.of(storeUrl);
  }

  public Path kafkaDir() {
    return dataDir.resolve("kafka");
  }

  public Path storeDir() {
    return dataDir.resolve("store");
  }

  public Path enrichStateDir() {
    return dataDir.resolve("enrich");
  }
}
