package io.claimwire.app.commands;

import io.claimwire.app.*;

import io.claimwire.schemas.Limits;
import io.claimwire.schemas.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import static io.claimwire.app.commands.CommandSupport.*;

/** Options shared by every command that talks to Kafka or the store. */
final class Common {
  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec mixee;

  @Option(names = "--data-dir", defaultValue = "data", description = "All local state: broker, store, enrich state. Default: ${DEFAULT-VALUE} (relative to where you run).")
  Path dataDir;

  @Option(names = "--bootstrap-servers", description = "Kafka to use. Default: the embedded broker at 127.0.0.1:<--kafka-port>, started if nothing listens there; a broker there that belongs to another data directory is refused.")
  String bootstrapServers;

  @Option(names = "--kafka-port", defaultValue = "19092", description = "Embedded broker's port (with --controller-port, to run two data directories' pipelines on one machine). Default: ${DEFAULT-VALUE}.")
  int kafkaPort;

  @Option(names = "--controller-port", defaultValue = "19093", description = "Embedded broker's controller port. Default: ${DEFAULT-VALUE}.")
  int controllerPort;

  @Option(names = "--client-config", description = "Properties file of Kafka client settings (security and others), applied to every client; overrides kafka.* settings of --config and CLAIMWIRE_KAFKA_*.")
  Path clientConfig;

  @Option(names = "--config", paramLabel = "FILE", description = "Properties file of settings: keys are the flags without dashes (bootstrap-servers=kafka:9092), Kafka client settings with the prefix kafka. Flags and CLAIMWIRE_* environment variables win over it. Default: CLAIMWIRE_CONFIG.")
  Path configFile;

  @Option(names = "--raw-retention", paramLabel = "DURATION", defaultValue = "unlimited", converter = RetentionConverter.class,
      description = "How long the raw topic keeps articles (replay and reprocess read it): 'unlimited', or a duration such as 30d, 12h or PT720H. Applied to an existing topic too. Default: ${DEFAULT-VALUE}.")
  long rawRetentionMs;

  @Option(names = "--dedup-retention", paramLabel = "DURATION", defaultValue = "7d", converter = RetentionConverter.class,
      description = "How long dedup remembers an article (a copy of something older than this is new again): 30d, 12h, 90m or PT168H. Default: ${DEFAULT-VALUE}.")
  long dedupRetentionMs;

  @Option(names = "--story-window", paramLabel = "DURATION", defaultValue = "7d", converter = DurationConverter.class,
      description = "A story with no new article for this long (by the articles' published time) closes; a later article on its subject opens a new story: 7d, 36h or PT168H. Default: ${DEFAULT-VALUE}.")
  long storyWindowMs;

  @Option(names = "--rocksdb-memory-mb", paramLabel = "MB", defaultValue = "256",
      description = "Cap on enrich's RocksDB native memory (block cache, memtables, indexes), shared by all its stores. Default: ${DEFAULT-VALUE}.")
  long rocksDbMemoryMb;

  @Option(names = "--store-url", paramLabel = "JDBC_URL",
      description = "The sink's database, e.g. jdbc:postgresql://127.0.0.1:5432/claimwire?user=postgres. Default: an embedded H2 database under --data-dir.")
  String storeUrl;

  @Option(names = "--schema-registry", paramLabel = "URL",
      description = "Schema registry (Apicurio Registry, e.g. http://registry:8080): every Avro topic then carries the Confluent wire format (magic byte, 4-byte schema id) under <topic>-value subjects with BACKWARD compatibility, for registry-aware consumers. Every service of one deployment needs the same setting. Registry client settings (auth, TLS) go with the Kafka client settings as apicurio.registry.*. Default: none, Avro single-object encoding.")
  String schemaRegistry;

  @Option(names = "--max-text-mb", paramLabel = "MB", defaultValue = "1",
      description = "Largest article text (UTF-8) taken at any door (push, files, archives, watched directories, feeds), 1 to 16; a larger article is refused with the reason (400 on push, a dead letter elsewhere). Default: ${DEFAULT-VALUE}.")
  int maxTextMb;

  @Option(names = "--max-html-mb", paramLabel = "MB", defaultValue = "4",
      description = "Largest HTML page taken (an .html file, or html in a pushed or archived article), 1 to 8. Default: ${DEFAULT-VALUE}.")
  int maxHtmlMb;

  @Option(names = "--max-figures", paramLabel = "N", defaultValue = "500",
      description = "Most claims extracted from one article version, 1 to 5000; a claim set that was cut says so (truncated). Default: ${DEFAULT-VALUE}.")
  int maxFigures;

  @Option(names = "--dispute-tolerance", paramLabel = "FRACTION", defaultValue = "0.2",
      description = "Relative difference above which two sources' figures on one topic dispute (0 to 1). Default: ${DEFAULT-VALUE}.")
  double disputeTolerance;

  /** True when a data directory other than the default was chosen (flag, environment or configuration file). */
  boolean dataDirGiven() {
    return !dataDir.normalize().equals(Path.of("data"));
  }

  PipelineSettings settings() {
    if (dedupRetentionMs < 0) {
      throw new CommandLine.ParameterException(mixee.commandLine(), "--dedup-retention must be a duration, not unlimited (dedup state would grow for ever)");
    }
    if (storyWindowMs <= 0) {
      throw new CommandLine.ParameterException(mixee.commandLine(), "--story-window must be a positive duration");
    }
    long minMb = io.claimwire.enrich.topology.EnrichConfig.MIN_ROCKSDB_MEMORY / (1024 * 1024);
    if (rocksDbMemoryMb < minMb) {
      throw new CommandLine.ParameterException(mixee.commandLine(), "--rocksdb-memory-mb must be at least " + minMb + ", got " + rocksDbMemoryMb);
    }
    if (!(disputeTolerance > 0 && disputeTolerance < 1)) {
      throw new CommandLine.ParameterException(mixee.commandLine(), "--dispute-tolerance must be between 0 and 1, got " + disputeTolerance);
    }
    within(mixee, "--max-text-mb", maxTextMb, 1, Limits.MAX_TEXT_MB);
    within(mixee, "--max-html-mb", maxHtmlMb, 1, Limits.MAX_HTML_MB);
    within(mixee, "--max-figures", maxFigures, 1, Limits.MAX_FIGURES);
    Properties props = Config.active().kafkaProperties();
    if (clientConfig != null) {
      try (InputStream in = Files.newInputStream(clientConfig)) {
        props.load(in);
      } catch (IOException e) {
        throw new CommandLine.ParameterException(new CommandLine(new Main()), "cannot read --client-config " + clientConfig + ": " + e.getMessage());
      }
    }
    boolean given = bootstrapServers != null;
    Topics.Settings defaults = Topics.Settings.defaults();
    return new PipelineSettings(dataDir, given ? bootstrapServers : "127.0.0.1:" + kafkaPort, given, controllerPort, props,
        new Topics.Settings(defaults.rawPartitions(), defaults.partitions(), rawRetentionMs),
        new Tuning(Duration.ofMillis(dedupRetentionMs), rocksDbMemoryMb * 1024 * 1024, disputeTolerance,
            Duration.ofMillis(storyWindowMs)),
        storeUrl == null || storeUrl.isBlank() ? null : validStoreUrl(storeUrl),
        schemaRegistry == null || schemaRegistry.isBlank() ? null : validRegistryUrl(schemaRegistry),
        new Limits(maxTextMb * Limits.MB, maxHtmlMb * Limits.MB, maxFigures));
  }

  private String validRegistryUrl(String url) {
    try {
      return io.claimwire.schemas.RegistrySerdes.apiUrl(url);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(mixee.commandLine(), "--schema-registry: " + e.getMessage());
    }
  }

  private String validStoreUrl(String url) {
    try {
      io.claimwire.sink.StoreConfig.of(url);
      return url.strip();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(mixee.commandLine(), e.getMessage());
    }
  }
}
