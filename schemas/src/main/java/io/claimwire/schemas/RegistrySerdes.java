package io.claimwire.schemas;

import com.microsoft.kiota.ApiException;
import io.apicurio.registry.client.RegistryClientFactory;
import io.apicurio.registry.client.common.RegistryClientOptions;
import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.rest.client.models.CreateArtifact;
import io.apicurio.registry.rest.client.models.CreateArtifactResponse;
import io.apicurio.registry.rest.client.models.CreateRule;
import io.apicurio.registry.rest.client.models.CreateVersion;
import io.apicurio.registry.rest.client.models.IfArtifactExists;
import io.apicurio.registry.rest.client.models.ProblemDetails;
import io.apicurio.registry.rest.client.models.RuleType;
import io.apicurio.registry.rest.client.models.VersionContent;
import io.apicurio.registry.serde.Default4ByteIdHandler;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.config.IdOption;
import io.apicurio.registry.serde.config.SerdeConfig;
import io.apicurio.registry.serde.kafka.config.KafkaSerdeConfig;
import io.apicurio.registry.serde.strategy.TopicIdStrategy;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Schema-registry mode: the values of every Avro topic in the Confluent wire format (byte {@code 0}, the schema's
 * 4-byte id, the Avro binary body), written and read by Apicurio Registry's serdes, so registry-aware consumers
 * (ksqlDB, Kafka Connect, kcat with a registry, Confluent's or Apicurio's deserializers) read claimwire's topics.
 *
 * <p>Each topic's schema lives under the TopicNameStrategy subject {@code <topic>-value}, in the registry's default
 * group. The id written is the schema's content id, which is what Apicurio's Confluent-compatible API
 * ({@code /apis/ccompat/v7}) calls the schema id. {@link #register} puts every topic's current schema there and a
 * {@code BACKWARD} compatibility rule on each subject, so a release whose schema old data cannot be read with
 * fails at start instead of writing it.
 *
 * <p>Settings under {@code apicurio.registry.} (authentication, TLS) pass through to the serdes and override ours.
 */
public final class RegistrySerdes implements SerdeFactory, AutoCloseable {
  /** Apicurio's default group: where TopicIdStrategy puts subjects, and what its ccompat API serves. */
  public static final String GROUP = "default";
  public static final String COMPATIBILITY = "BACKWARD";
  /** The prefix of the registry client settings that pass through (a Kafka client ignores them). */
  public static final String SETTINGS_PREFIX = "apicurio.registry.";

  private final String url;
  private final Vertx vertx;
  private final Map<String, Object> config;
  private final List<RegistrySerde<?>> made = new CopyOnWriteArrayList<>();

  /**
   * @param url the registry: its base address ({@code http://registry:8080}) or its v3 API
   *     ({@code http://registry:8080/apis/registry/v3})
   * @param settings {@code apicurio.registry.*} settings applied over claimwire's wire-format choices
   * @throws IllegalArgumentException when the address is not an http(s) URL
   */
  public RegistrySerdes(String url, Map<String, ?> settings) {
    this.url = apiUrl(url);
    this.vertx = Vertx.vertx(new VertxOptions().setUseDaemonThread(true).setEventLoopPoolSize(1).setWorkerPoolSize(2));
    Map<String, Object> c = new HashMap<>(wireFormat());
    c.put(SchemaResolverConfig.REGISTRY_URL, this.url);
    c.put(SchemaResolverConfig.VERTX_INSTANCE, vertx);
    c.putAll(settings);
    this.config = Map.copyOf(c);
  }

  /**
   * The serde settings that make the Confluent wire format: ids in the payload (not in headers), 4 bytes, the
   * content id; TopicNameStrategy subjects; binary Avro read back into claimwire's generated classes.
   */
  public static Map<String, Object> wireFormat() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put(KafkaSerdeConfig.ENABLE_HEADERS, false);
    c.put(SerdeConfig.ID_HANDLER, Default4ByteIdHandler.class.getName());
    c.put(SerdeConfig.USE_ID, IdOption.contentId.name());
    c.put(SchemaResolverConfig.ARTIFACT_RESOLVER_STRATEGY, TopicIdStrategy.class.getName());
    c.put(SchemaResolverConfig.AUTO_REGISTER_ARTIFACT, true);
    c.put(AvroSerdeConfig.AVRO_ENCODING, AvroSerdeConfig.AVRO_ENCODING_BINARY);
    c.put(AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true);
    return c;
  }

  /** The registry's v3 API address for a base address or the API address itself. */
  public static String apiUrl(String url) {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("schema registry address is not a URL: " + url + " (" + e.getReason() + ")");
    }
    if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("schema registry address must be an http(s) URL such as http://registry:8080, got '"
          + url + "'");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
    return path.isEmpty() ? uri.toString().replaceAll("/+$", "") + "/apis/registry/v3" : uri.toString().replaceAll("/+$", "");
  }

  /** The TopicNameStrategy subject of a topic's values. */
  public static String subject(String topic) {
    return topic + "-value";
  }

  public String url() {
    return url;
  }

  @Override
  public <T extends SpecificRecord> RecordSerde<T> forRecord(Class<T> type) {
    RegistrySerde<T> serde = new RegistrySerde<>(type, config);
    made.add(serde);
    return serde;
  }

  /**
   * Registers the current schema of every Avro topic under its subject (finding it when it is already there) and
   * makes sure each subject carries a compatibility rule ({@value #COMPATIBILITY} when it has none; an operator's
   * own rule stays).
   *
   * @return the schema id (content id) per subject
   * @throws IllegalStateException when the registry cannot be reached or refuses a schema (incompatible with the
   *     subject's rule), with the registry's reason
   */
  public Map<String, Long> register(Topics topics) {
    RegistryClient client = RegistryClientFactory.create(RegistryClientOptions.create(url, vertx));
    Map<String, Long> ids = new LinkedHashMap<>();
    for (Topic<?, ?> topic : topics.all()) {
      if (!(topic.valueSerde() instanceof RegistrySerde<?> serde)) {
        continue;
      }
      String subject = subject(topic.name());
      Schema schema = SpecificData.get().getSchema(serde.type());
      try {
        boolean existed = exists(client, subject);
        if (existed) {
          ensureRule(client, subject); // before the new version, so the rule judges it
        }
        ids.put(subject, create(client, subject, schema));
        if (!existed) {
          ensureRule(client, subject);
        }
      } catch (ApiException e) {
        throw new IllegalStateException("schema registry at " + url + " refused the schema of " + topic.name() + " ("
            + schema.getFullName() + ") under subject " + subject + ": " + reason(e), e);
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot register the schema of " + topic.name() + " at the schema registry " + url
            + " (is it running, and is that its address?): " + RegistrySerde.rootMessage(e), e);
      }
    }
    return ids;
  }

  private static boolean exists(RegistryClient client, String subject) {
    try {
      client.groups().byGroupId(GROUP).artifacts().byArtifactId(subject).get();
      return true;
    } catch (ApiException e) {
      if (e.getResponseStatusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  private static long create(RegistryClient client, String subject, Schema schema) {
    VersionContent content = new VersionContent();
    content.setContent(schema.toString());
    content.setContentType("application/json");
    CreateVersion version = new CreateVersion();
    version.setContent(content);
    CreateArtifact artifact = new CreateArtifact();
    artifact.setArtifactId(subject);
    artifact.setArtifactType("AVRO");
    artifact.setFirstVersion(version);
    CreateArtifactResponse made = client.groups().byGroupId(GROUP).artifacts()
        .post(artifact, r -> r.queryParameters.ifExists = IfArtifactExists.FIND_OR_CREATE_VERSION);
    return made.getVersion().getContentId();
  }

  private static void ensureRule(RegistryClient client, String subject) {
    var rules = client.groups().byGroupId(GROUP).artifacts().byArtifactId(subject).rules();
    if (rules.get().contains(RuleType.COMPATIBILITY)) {
      return;
    }
    CreateRule rule = new CreateRule();
    rule.setRuleType(RuleType.COMPATIBILITY);
    rule.setConfig(COMPATIBILITY);
    try {
      rules.post(rule);
    } catch (ApiException e) {
      if (e.getResponseStatusCode() != 409) { // another instance added it first
        throw e;
      }
    }
  }

  private static String reason(ApiException e) {
    if (e instanceof ProblemDetails p) {
      return "HTTP " + p.getStatus() + " " + (p.getDetail() != null ? p.getDetail() : p.getTitle());
    }
    return "HTTP " + e.getResponseStatusCode() + " " + e.getMessage();
  }

  @Override
  public void close() {
    made.forEach(RegistrySerde::release);
    vertx.close();
  }
}
