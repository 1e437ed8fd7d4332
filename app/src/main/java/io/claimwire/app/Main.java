package io.claimwire.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.claimwire.schemas.Limits;
import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.Claim;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code claimwire} command. Only this package prints to standard output. */
@Command(name = "claimwire", mixinStandardHelpOptions = true, version = "claimwire 0.1.0",
    description = "Turns news articles into a stream of structured claims on Kafka.",
    subcommands = {Main.Demo.class, Main.Run.class, Main.Extract.class, Main.Export.class, Main.Tail.class,
        Main.Replay.class, Main.Reprocess.class, Main.Dlq.class, Main.Ingest.class, Main.Enrich.class, Main.Sink.class, Main.TopicsCommand.class,
        Main.ConfigTable.class, Main.Bench.class})
public final class Main implements Runnable {
  static final PrintStream OUT = System.out;
  static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  public static void main(String[] args) {
    System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "io.claimwire.schemas.avro");
    Config config;
    try {
      config = Config.load(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("claimwire: " + e.getMessage());
      System.exit(2);
      return;
    }
    CommandLine cli = commandLine(config);
    try {
      config.validate(cli);
    } catch (CommandLine.ParameterException e) {
      System.err.println("claimwire: " + e.getMessage());
      System.exit(2);
      return;
    }
    int code = cli.execute(args);
    CountDownLatch closed = CLOSED.get();
    if (closed != null) {
      closed.countDown(); // stopped by Ctrl-C: everything is closed, let the shutdown hook finish the exit
      return;
    }
    System.exit(code);
  }

  /** The command tree with its settings taken from the configuration (flags first, see {@link Config}). */
  static CommandLine commandLine(Config config) {
    Config.active = config;
    return new CommandLine(new Main()).setDefaultValueProvider(config).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          // what went wrong in one line; the stack trace only when asked for (CLAIMWIRE_DEBUG=1)
          System.err.println("claimwire " + cmd.getCommandName() + ": " + message(e));
          if (System.getenv("CLAIMWIRE_DEBUG") != null) {
            e.printStackTrace();
          }
          return 1;
        });
  }

  @Override
  public void run() {
    new CommandLine(this).usage(OUT);
  }

  /** The message of an error and the causes that add to it. */
  static String message(Throwable e) {
    StringBuilder b = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (c.getMessage() != null && !b.toString().contains(c.getMessage().lines().findFirst().orElse(""))) {
        b.append(": ").append(c.getMessage().lines().findFirst().orElse(""));
      }
    }
    return b.toString();
  }

  /** Options shared by every command that talks to Kafka or the store. */
  static final class Common {
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

    Pipeline.Settings settings() {
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
      return new Pipeline.Settings(dataDir, given ? bootstrapServers : "127.0.0.1:" + kafkaPort, given, controllerPort, props,
          new Topics.Settings(defaults.rawPartitions(), defaults.partitions(), rawRetentionMs),
          new Pipeline.Tuning(Duration.ofMillis(dedupRetentionMs), rocksDbMemoryMb * 1024 * 1024, disputeTolerance,
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

  /** The API and page, for {@code demo}, {@code run} and {@code sink}. */
  static final class ApiOptions {
    @Option(names = "--port", defaultValue = "8080", description = "Port of the HTTP server (0: any free port, -1: off): /health and /metrics for every service, and the API and page where there is a store (demo, run, sink). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address the HTTP server listens on (0.0.0.0 for every interface). Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--api-token", paramLabel = "TOKEN",
        description = "Bearer token every API route asks for (all but the page's own files, /health* and /metrics); the page asks for it once and keeps it for the tab. Give it as CLAIMWIRE_API_TOKEN to keep it out of the process list. Default: none, the API is open (it listens on loopback unless --host says otherwise).")
    String apiToken;

    /** The API and page over the store, with health and metrics. */
    void start(Pipeline p) {
      if (port >= 0) {
        p.startApi(host, port, apiToken == null || apiToken.isBlank() ? null : apiToken);
        OUT.println("API and page: http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + p.apiPort() + "/");
        OUT.flush();
      }
    }

    /** Health and metrics only, for a service without a store. */
    void startOps(Pipeline p) {
      if (port >= 0) {
        p.startOps(host, port);
        OUT.println("health and metrics: http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + p.apiPort() + "/health");
        OUT.flush();
      }
    }
  }

  /** Live sources: feeds and the push endpoint, shared by {@code run} and {@code ingest}. */
  static final class LiveOptions {
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    @Option(names = "--feeds", paramLabel = "FILE", description = "Feeds to poll: one per line, 'URL [INTERVAL] [OUTLET NAME]' (INTERVAL like 30s, 5m, 1h; default 5m); # starts a comment.")
    Path feedsFile;

    @Option(names = "--feed", paramLabel = "URL", description = "A feed to poll every 5 minutes (repeatable).")
    List<String> feedUrls = new ArrayList<>();

    @Option(names = "--fetch-delay", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
        description = "Least time between two requests to one host (feeds and linked pages). Default: ${DEFAULT-VALUE}.")
    long fetchDelayMs;

    @Option(names = "--allow-host", paramLabel = "HOST", description = "Fetch from this host even though it is loopback, private or link-local (repeatable). Internal addresses are refused by default (SSRF).")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--max-fetch-mb", paramLabel = "MB", defaultValue = "10", description = "Largest feed or page fetched. Default: ${DEFAULT-VALUE}.")
    int maxFetchMb;

    @Option(names = "--watch", paramLabel = "DIR", description = "Watch a directory: new and changed article files under it are ingested once (repeatable). A file is read once it has not changed for --watch-settle.")
    List<Path> watch = new ArrayList<>();

    @Option(names = "--watch-settle", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
        description = "How long a watched file must stay unchanged before it is read (files being written are not read early). Default: ${DEFAULT-VALUE}.")
    long settleMs;

    @Option(names = "--push-port", paramLabel = "PORT", description = "Serve the push endpoint (POST /articles) on this port (0: any free port). Off unless given.")
    Integer pushPort;

    @Option(names = "--push-host", defaultValue = "127.0.0.1", description = "Address the push endpoint listens on (0.0.0.0 for every interface). Default: ${DEFAULT-VALUE}.")
    String pushHost;

    @Option(names = "--push-token", paramLabel = "TOKEN",
        description = "Bearer token clients of the push endpoint must send; required with --push-port. Give it as CLAIMWIRE_PUSH_TOKEN to keep it out of the process list.")
    String pushToken;

    @Option(names = "--push-max-mb", paramLabel = "MB", defaultValue = "10", description = "Largest push request. Default: ${DEFAULT-VALUE}.")
    int pushMaxMb;

    @Option(names = "--push-max-inflight-mb", paramLabel = "MB", defaultValue = "64",
        description = "Request bodies the push endpoint holds at once; beyond it a push gets 503 with Retry-After, so memory stays bounded under any number of clients. Default: ${DEFAULT-VALUE}.")
    int pushInFlightMb;

    boolean any() {
      return feedsFile != null || !feedUrls.isEmpty() || pushPort != null || !watch.isEmpty();
    }

    Pipeline.LiveSources sources() {
      List<io.claimwire.ingest.feed.FeedSpec> feeds = new ArrayList<>();
      try {
        if (feedsFile != null) {
          feeds.addAll(io.claimwire.ingest.feed.FeedSpec.parse(feedsFile));
        }
        for (String u : feedUrls) {
          feeds.add(io.claimwire.ingest.feed.FeedSpec.of(u));
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new CommandLine.ParameterException(mixee.commandLine(), "cannot read the feeds: " + e.getMessage());
      }
      if (maxFetchMb < 1) {
        throw new CommandLine.ParameterException(mixee.commandLine(), "--max-fetch-mb must be at least 1, got " + maxFetchMb);
      }
      if (pushMaxMb < 1) {
        throw new CommandLine.ParameterException(mixee.commandLine(), "--push-max-mb must be at least 1, got " + pushMaxMb);
      }
      if (pushInFlightMb < pushMaxMb || pushInFlightMb > 1024) {
        throw new CommandLine.ParameterException(mixee.commandLine(), "--push-max-inflight-mb must be between --push-max-mb ("
            + pushMaxMb + ") and 1024, got " + pushInFlightMb);
      }
      io.claimwire.ingest.push.PushEndpoint.Settings push = null;
      if (pushPort != null) {
        if (pushToken == null || pushToken.isBlank()) {
          throw new CommandLine.ParameterException(mixee.commandLine(), "--push-port needs a token: --push-token TOKEN or CLAIMWIRE_PUSH_TOKEN");
        }
        push = new io.claimwire.ingest.push.PushEndpoint.Settings(pushHost, pushPort, pushToken,
            pushMaxMb * 1024L * 1024, io.claimwire.ingest.push.PushEndpoint.Settings.DEFAULT_MAX_ITEMS,
            pushInFlightMb * 1024L * 1024);
      }
      var http = io.claimwire.ingest.feed.SafeHttp.Policy.defaults().allowingHosts(allowHosts)
          .withMaxBytes(maxFetchMb * 1024L * 1024);
      for (Path d : watch) {
        if (!java.nio.file.Files.isDirectory(d)) {
          throw new CommandLine.ParameterException(mixee.commandLine(), "--watch " + d + ": not a directory");
        }
      }
      return new Pipeline.LiveSources(feeds, http, Duration.ofMillis(fetchDelayMs), push, watch, Duration.ofMillis(settleMs));
    }
  }

  /** Refuses a number outside [min, max], naming its flag. */
  static void within(CommandLine.Model.CommandSpec spec, String flag, int value, int min, int max) {
    if (value < min || value > max) {
      throw new CommandLine.ParameterException(spec.commandLine(), flag + " must be between " + min + " and " + max
          + ", got " + value);
    }
  }

  /** A positive duration ('200ms', '30s', '90m', '12h', '7d', or ISO-8601 such as PT5M) to milliseconds. */
  static class DurationConverter implements CommandLine.ITypeConverter<Long> {
    private static final java.util.regex.Pattern SHORT = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|[dhms])");

    @Override
    public Long convert(String value) {
      String v = value.strip().toLowerCase(java.util.Locale.ROOT);
      java.util.regex.Matcher m = SHORT.matcher(v);
      Duration d;
      if (m.matches()) {
        long n;
        try {
          n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
          throw new CommandLine.TypeConversionException("'" + value + "' is too long a duration");
        }
        d = switch (m.group(2)) {
          case "d" -> Duration.ofDays(n);
          case "h" -> Duration.ofHours(n);
          case "m" -> Duration.ofMinutes(n);
          case "s" -> Duration.ofSeconds(n);
          default -> Duration.ofMillis(n);
        };
      } else {
        try {
          d = Duration.parse(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
          throw new CommandLine.TypeConversionException("'" + value + "' is not a duration: " + examples());
        }
      }
      if (d.isNegative() || d.isZero()) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a positive duration");
      }
      return d.toMillis();
    }

    String examples() {
      return "use 200ms, 30s, 90m, 12h, 7d or PT5M";
    }
  }

  /** A duration as above, or 'unlimited' (-1): how long something is kept. */
  static final class RetentionConverter extends DurationConverter {
    @Override
    public Long convert(String value) {
      String v = value.strip().toLowerCase(java.util.Locale.ROOT);
      return v.equals("unlimited") || v.equals("-1") ? -1L : super.convert(value);
    }

    @Override
    String examples() {
      return "use 'unlimited' or a duration such as 30d, 12h, 90m or PT720H";
    }
  }

  @Command(name = "demo", mixinStandardHelpOptions = true,
      description = "Embedded broker + ingest + enrich + sink over the bundled sample articles; prints the claim table and runs until Ctrl-C.")
  static final class Demo implements Callable<Integer> {
    @Mixin Common common;

    @Mixin ApiOptions api;

    @Override
    public Integer call() throws Exception {
      try (Pipeline p = new Pipeline(common.settings())) {
        p.connect().startEnrich().startSink();
        Set<String> ids = p.ingest(List.of(p.demoInput()));
        p.awaitStored(ids, Duration.ofMinutes(3));
        printClaims(p);
        OUT.println();
        api.start(p);
        OUT.println("Running. Try `./claimwire export claims` or `./claimwire tail --from-beginning` in another terminal; Ctrl-C stops.");
        OUT.flush();
        awaitCtrlC();
      }
      return 0;
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Ingest + enrich + sink over your files, directories or NDJSON(.gz) archives.")
  static final class Run implements Callable<Integer> {
    @Mixin Common common;

    @Mixin LiveOptions live;

    @Mixin ApiOptions api;

    @Option(names = "--input", arity = "1..*", description = "Files or directories (.txt, .html, .ndjson, .ndjson.gz).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--once", description = "Exit when every input record (with no --input and no feeds: every record already in the raw topic) has its verdict and claim set stored, and the claim summaries they change are stored too. Feeds are polled once.")
    boolean once;

    @Option(names = "--timeout", defaultValue = "PT10M", description = "With --once: give up after this long (ISO-8601). Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
      try (Pipeline p = new Pipeline(common.settings())) {
        Pipeline.LiveSources sources = live.sources();
        p.connect().startEnrich().startSink();
        Set<String> ingested = new java.util.HashSet<>(inputs.isEmpty() ? Set.of() : p.ingest(inputs));
        if (once) {
          if (!sources.feeds().isEmpty()) {
            ingested.addAll(p.pollFeedsOnce(sources));
          }
          boolean nothingGiven = inputs.isEmpty() && sources.feeds().isEmpty();
          Set<String> ids = nothingGiven ? p.rawRecordIds() : ingested;
          if (nothingGiven) {
            OUT.println("waiting for the " + ids.size() + " records already in " + p.topics().raw.name());
          }
          p.awaitStored(ids, timeout);
          Map<String, Long> counts = new LinkedHashMap<>();
          p.store().export("verdicts", r -> {
            if (ids.contains((String) r.get("record_id"))) {
              counts.merge((String) r.get("verdict"), 1L, Long::sum);
            }
          });
          OUT.println("done: " + ids.size() + " records, verdicts " + counts + ", store holds "
              + p.store().count("claims") + " claims");
          return 0;
        }
        p.startLiveSources(sources);
        api.start(p);
        if (p.pushPort() > 0) {
          OUT.println("Push endpoint: POST http://" + live.pushHost + ":" + p.pushPort() + io.claimwire.ingest.push.PushEndpoint.PATH);
        }
        OUT.println("Running" + (sources.feeds().isEmpty() ? "" : ", polling " + sources.feeds().size() + " feed(s)") + "; Ctrl-C stops.");
        OUT.flush();
        awaitCtrlC();
      }
      return 0;
    }
  }

  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = {"Offline, no Kafka: one JSON object per article with its claims.",
          "Exits 0 when every article came out; a sentence whose extraction failed is a warning on standard error "
              + "(its figures are left out, the article's others kept). Exits 1 when a file or line could not be read."})
  static final class Extract implements Callable<Integer> {
    @Option(names = "--json", description = "JSON lines (the only format for now).")
    boolean json = true;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (.txt, .html, .ndjson).")
    List<Path> files;

    @Option(names = "--max-text-mb", paramLabel = "MB", defaultValue = "1",
        description = "Largest article text read, 1 to 16, as at the pipeline's door. Default: ${DEFAULT-VALUE}.")
    int maxTextMb;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      within(spec, "--max-text-mb", maxTextMb, 1, Limits.MAX_TEXT_MB);
      OfflineExtraction extraction = new OfflineExtraction(Limits.defaults().withTextMb(maxTextMb));
      int failures = 0;
      for (Path f : files) {
        List<String> errors = extraction.extract(f, article -> {
          try {
            OUT.println(JSON.writeValueAsString(article));
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }, warning -> System.err.println("claimwire extract: warning: " + warning));
        for (String e : errors) {
          System.err.println("claimwire extract: " + e);
          failures++;
        }
      }
      return failures == 0 ? 0 : 1;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true, description = "JSON lines from the store: claims, verdicts, claim-sets, summaries (one line per figure topic, with its story, figures, sources, outlets and status) or stories (one line per story: storyId, title, firstSeen, lastSeen and its articles).")
  static final class Export implements Callable<Integer> {
    @Option(names = "--data-dir", defaultValue = "data", description = "Data directory. Default: ${DEFAULT-VALUE}.")
    Path dataDir;

    @Parameters(paramLabel = "WHAT", description = "claims | verdicts | claim-sets | summaries | stories")
    String what;

    @Option(names = "--store-url", paramLabel = "JDBC_URL", defaultValue = "${env:CLAIMWIRE_STORE_URL}",
        description = "Read this database instead of the embedded one under --data-dir.")
    String storeUrl;

    @Override
    public Integer call() throws Exception {
      io.claimwire.sink.StoreConfig config;
      if (storeUrl != null && !storeUrl.isBlank()) {
        try {
          config = io.claimwire.sink.StoreConfig.of(storeUrl);
        } catch (IllegalArgumentException e) {
          System.err.println("claimwire export: " + e.getMessage());
          return 2;
        }
      } else if (!Files.isDirectory(dataDir.resolve("store"))) {
        System.err.println("claimwire export: no store under " + dataDir.toAbsolutePath() + " (run `claimwire run` or `demo` first)");
        return 2;
      } else {
        config = io.claimwire.sink.StoreConfig.embedded(dataDir.resolve("store"));
      }
      try (var store = new io.claimwire.sink.JdbcClaimStore(config)) {
        store.export(what, row -> {
          try {
            OUT.println(JSON.writeValueAsString(contractNames(row)));
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
      } catch (IllegalArgumentException e) {
        System.err.println("claimwire export: " + e.getMessage());
        return 2;
      }
      return 0;
    }
  }

  /** Store columns under the contract's field names: {@code record_id} is {@code recordId}, a claim's figure its value. */
  static Map<String, Object> contractNames(Map<String, Object> row) {
    return io.claimwire.sink.ContractNames.of(row);
  }

  @Command(name = "tail", mixinStandardHelpOptions = true, description = "Prints claims from the claims topic as they arrive.")
  static final class Tail implements Callable<Integer> {
    @Mixin Common common;

    @Option(names = "--json", description = "JSON lines instead of one readable line per claim.")
    boolean json;

    @Option(names = "--from-beginning", description = "Start from the oldest claim instead of new ones only.")
    boolean fromBeginning;

    @Override
    public Integer call() throws Exception {
      try (Pipeline p = new Pipeline(common.settings()).connect(true, common.dataDirGiven())) {
        Properties c = p.clientProps();
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "claimwire-tail-" + java.util.UUID.randomUUID());
        try (KafkaConsumer<String, Claim> consumer = new KafkaConsumer<>(c, new StringDeserializer(),
            p.topics().claims.valueSerde().deserializer())) {
          consumer.subscribe(List.of(p.topics().claims.name()));
          Runtime.getRuntime().addShutdownHook(new Thread(consumer::wakeup));
          try {
            while (true) {
              for (ConsumerRecord<String, Claim> r : consumer.poll(Duration.ofMillis(500))) {
                if (r.value() == null) {
                  OUT.println(json ? "{\"claimId\":\"" + r.key() + "\",\"retracted\":true}" : "retracted " + r.key());
                  continue;
                }
                Claim cl = r.value();
                OUT.println(json ? JSON.writeValueAsString(ClaimJson.of(cl))
                    : String.format("%s %s %s | %s | %s | %s | %s", cl.getQualifier(), cl.getValue(),
                        cl.getUnit() == null ? "" : cl.getUnit(), cl.getMeasure(), cl.getSubject(), cl.getSource().getName(), cl.getOutlet()));
              }
              OUT.flush();
            }
          } catch (org.apache.kafka.common.errors.WakeupException e) {
            return 0;
          }
        }
      }
    }
  }

  @Command(name = "replay", mixinStandardHelpOptions = true,
      description = {"Replays NDJSON archives (.ndjson, .jsonl, optionally .gz, or directories of them) into the raw topic, in line order, with a progress bar.",
          "Records are committed in Kafka transactions together with a checkpoint, so --resume after a kill continues after the last committed record and every record arrives once.",
          "Enrich picks the records up when it runs (`claimwire run`, or `claimwire enrich` against a cluster)."})
  static final class Replay implements Callable<Integer> {
    @Mixin Common common;

    @Parameters(arity = "1..*", paramLabel = "ARCHIVE", description = "Archives or directories of archives.")
    List<Path> archives;

    @Option(names = "--from", paramLabel = "TIME", description = "Only articles published at or after this time (ISO-8601, e.g. 2026-11-01 or 2026-11-01T06:00:00Z).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Only articles published before this time.")
    String to;

    @Option(names = "--rate", paramLabel = "N", description = "Send N records per second. Default: full speed.")
    Double rate;

    @Option(names = "--speed", paramLabel = "X", description = "Keep the original pacing of publishedAt, X times faster (e.g. 60: an hour of news per minute).")
    Double speed;

    @Option(names = "--resume", description = "Continue after the last record the broker committed in an earlier run over the same files.")
    boolean resume;

    @Override
    public Integer call() throws Exception {
      CommandLine cmd = new CommandLine(this);
      if (rate != null && speed != null) {
        throw new CommandLine.ParameterException(cmd, "give --rate or --speed, not both");
      }
      if (rate != null && !(rate > 0) || speed != null && !(speed > 0)) {
        throw new CommandLine.ParameterException(cmd, "--rate and --speed must be positive");
      }
      java.time.Instant fromTime;
      java.time.Instant toTime;
      try {
        fromTime = parseTime(from);
        toTime = parseTime(to);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cmd, e.getMessage());
      }
      List<Path> files;
      long total;
      try {
        files = io.claimwire.ingest.replay.Replay.archives(archives);
        total = io.claimwire.ingest.replay.Replay.countLines(files);
      } catch (IOException e) {
        throw new CommandLine.ParameterException(cmd, e.getMessage());
      }
      try (Pipeline p = new Pipeline(common.settings()).connect()) {
        var replay = new io.claimwire.ingest.replay.Replay(p.producerClientProps(), p.topics(),
            new io.claimwire.ingest.ArticleFiles(new io.claimwire.ingest.ReadabilityExtractor()));
        var pacer = new io.claimwire.ingest.replay.Pacer(rate, speed, io.claimwire.ingest.replay.Pacer.Ticker.SYSTEM);
        io.claimwire.ingest.replay.Replay.Outcome o;
        try (me.tongfei.progressbar.ProgressBar bar = new me.tongfei.progressbar.ProgressBarBuilder()
            .setTaskName("replay").setInitialMax(total).setUnit(" rec", 1).showSpeed()
            .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
          o = replay.run(new io.claimwire.ingest.replay.Replay.Options(archives, fromTime, toTime, rate, speed, resume),
              pacer, bar::stepBy);
        }
        OUT.println("replayed " + o.sent() + " records into " + p.topics().raw.name() + " (" + o.filtered()
            + " outside --from/--to, " + o.deadLettered() + " dead-lettered"
            + (resume ? ", " + o.skippedByResume() + " already sent before" : "") + ")");
      }
      return 0;
    }

    private static java.time.Instant parseTime(String s) {
      return s == null ? null : io.claimwire.ingest.ArticleFiles.parseTime(s);
    }
  }

  @Command(name = "reprocess", mixinStandardHelpOptions = true,
      description = {"Re-extracts claims from the stored unique articles with the current extractor, on top of the existing dedup state (verdicts and versions stay as they are).",
          "New claim sets carry the current extractor version and replace the older ones for the same article version; claim ids stay the same where a claim is unchanged, so subscribers see changes, not duplicates.",
          "Runs enrich and the sink until the new claim sets are stored."})
  static final class Reprocess implements Callable<Integer> {
    @Mixin Common common;

    @Option(names = "--from", paramLabel = "TIME", required = true, description = "Articles decided at or after this time (ISO-8601, e.g. 2026-11-01 or 2026-11-01T06:00:00Z; 1970-01-01 for all).")
    String from;

    @Option(names = "--timeout", defaultValue = "PT30M", description = "Give up waiting after this long (ISO-8601). Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
      java.time.Instant fromTime;
      try {
        fromTime = io.claimwire.ingest.ArticleFiles.parseTime(from);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
      }
      try (Pipeline p = new Pipeline(common.settings())) {
        p.connect().startEnrich().startSink();
        long sent;
        try (me.tongfei.progressbar.ProgressBar bar = new me.tongfei.progressbar.ProgressBarBuilder()
            .setTaskName("reprocess").setInitialMax(p.articleRecords()).setUnit(" art", 1).showSpeed()
            .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
          sent = p.reprocess(fromTime, bar::stepBy);
          bar.maxHint(bar.getCurrent()); // the topic's offsets counted transaction markers and compacted records too
        }
        OUT.println("sent " + sent + " article(s) for extraction with extractor "
            + io.claimwire.enrich.text.FigureExtractor.VERSION + "; waiting for enrich and the sink…");
        OUT.flush();
        p.awaitSettled(timeout);
        OUT.println("done: the store holds " + p.store().count("claim_sets") + " claim sets and "
            + p.store().count("claims") + " claims");
      }
      return 0;
    }
  }

  @Command(name = "dlq", mixinStandardHelpOptions = true, subcommands = {Main.DlqList.class, Main.DlqResend.class},
      description = "Dead letters of every stage: what could not be read or processed, with the reason, origin and time.")
  static final class Dlq implements Runnable {
    @Override
    public void run() {
      new CommandLine(this).usage(OUT);
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists dead letters, oldest first per stage: ID (STAGE:OFFSET), time, reason, origin, and whether it was resent.")
  static final class DlqList implements Callable<Integer> {
    @Mixin Common common;

    @Option(names = "--stage", description = "Only this stage: ${COMPLETION-CANDIDATES} (repeatable). Default: all.")
    List<DeadLetterStage> stages = new ArrayList<>();

    @Option(names = "--json", description = "One JSON object per line instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      try (Pipeline p = new Pipeline(common.settings()).connect(true, common.dataDirGiven())) {
        Set<String> only = new java.util.HashSet<>();
        stages.forEach(st -> only.add(st.name().toLowerCase(java.util.Locale.ROOT)));
        List<DeadLetterTool.Letter> letters = new DeadLetterTool(p.clientProps(), p.topics(), p.settings().limits()).list(only);
        if (json) {
          for (DeadLetterTool.Letter l : letters) {
            OUT.println(JSON.writeValueAsString(l.describe()));
          }
        } else {
          OUT.printf("%-12s %-24s %-8s %-72s %s%n", "ID", "TIME", "STATE", "REASON", "ORIGIN");
          for (DeadLetterTool.Letter l : letters) {
            String state = l.resent() ? "resent" : !l.resendable() ? "excerpt" : "";
            OUT.printf("%-12s %-24s %-8s %-72s %s%n", l.id(), l.time(), state, cut(l.reason(), 72), l.origin());
          }
          OUT.println(letters.size() + " dead letter(s)");
        }
      }
      return 0;
    }

    private static String cut(String s, int n) {
      return s == null ? "" : s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
  }

  /** The stages that dead-letter. */
  enum DeadLetterStage { INGEST, ENRICH, SINK }

  @Command(name = "resend", mixinStandardHelpOptions = true,
      description = {"Sends dead letters back to their stage's input once the cause is fixed, each at most once.",
          "ingest: a JSON article is parsed again, a file is read again from its path; enrich and sink: the original record goes back to the topic it came from."})
  static final class DlqResend implements Callable<Integer> {
    @Mixin Common common;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Dead letters to resend (STAGE:OFFSET, from `claimwire dlq list`).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "Every dead letter not resent yet (of --stage, or of every stage).")
    boolean all;

    @Option(names = "--stage", description = "With --all: only this stage: ${COMPLETION-CANDIDATES} (repeatable).")
    List<DeadLetterStage> stages = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      if (ids.isEmpty() == !all) {
        throw new CommandLine.ParameterException(new CommandLine(this), "name dead letters to resend, or give --all");
      }
      try (Pipeline p = new Pipeline(common.settings()).connect()) {
        DeadLetterTool tool = new DeadLetterTool(p.clientProps(), p.topics(), p.settings().limits());
        List<String> chosen = new ArrayList<>(ids);
        if (all) {
          Set<String> only = new java.util.HashSet<>();
          stages.forEach(st -> only.add(st.name().toLowerCase(java.util.Locale.ROOT)));
          tool.list(only).stream().filter(l -> !l.resent()).forEach(l -> chosen.add(l.id()));
        }
        int failed = 0;
        for (DeadLetterTool.Outcome o : tool.resend(chosen)) {
          OUT.println(o.id() + ": " + (o.sent() ? "" : "not resent: ") + o.message());
          failed += o.sent() ? 0 : 1;
        }
        return failed == 0 ? 0 : 1;
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
      }
    }
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true, description = "Only ingest: files, feeds and the push endpoint into the raw topic of an existing cluster. With feeds or --push-port it runs until Ctrl-C.")
  static final class Ingest implements Callable<Integer> {
    @Mixin Common common;

    @Mixin LiveOptions live;

    @Mixin ApiOptions api;

    @Option(names = "--input", arity = "1..*", description = "Files or directories.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      if (inputs.isEmpty() && !live.any()) {
        throw new CommandLine.ParameterException(new CommandLine(this), "nothing to ingest: give --input, --feeds, --feed, --watch or --push-port");
      }
      Pipeline.LiveSources sources = live.sources();
      try (Pipeline p = new Pipeline(common.settings()).connect()) {
        if (!inputs.isEmpty()) {
          OUT.println("sent " + p.ingest(inputs).size() + " articles");
        }
        if (live.any()) {
          p.startLiveSources(sources);
          api.startOps(p);
          if (p.pushPort() > 0) {
            OUT.println("Push endpoint: POST http://" + live.pushHost + ":" + p.pushPort() + io.claimwire.ingest.push.PushEndpoint.PATH);
          }
          OUT.println("Ingesting; Ctrl-C stops.");
          OUT.flush();
          awaitCtrlC();
        }
      }
      return 0;
    }
  }

  @Command(name = "enrich", mixinStandardHelpOptions = true, description = "Only the enrich service (Kafka Streams), until Ctrl-C.")
  static final class Enrich implements Callable<Integer> {
    @Mixin Common common;

    @Mixin ApiOptions api;

    @Override
    public Integer call() throws Exception {
      try (Pipeline p = new Pipeline(common.settings()).connect().startEnrich()) {
        api.startOps(p);
        awaitCtrlC();
      }
      return 0;
    }
  }

  @Command(name = "sink", mixinStandardHelpOptions = true, description = "Only the sink: verdicts and claim sets into the store, until Ctrl-C.")
  static final class Sink implements Callable<Integer> {
    @Mixin Common common;

    @Mixin ApiOptions api;

    @Option(names = "--from-earliest", description = "Read the claim topics again from their earliest offsets instead of the positions stored with the rows (a check, or after restoring a database backup). Writes are idempotent: rows already stored stay as they are.")
    boolean fromEarliest;

    @Override
    public Integer call() throws Exception {
      try (Pipeline p = new Pipeline(common.settings()).connect().startSink(fromEarliest)) {
        api.start(p);
        awaitCtrlC();
      }
      return 0;
    }
  }

  @Command(name = "topics", mixinStandardHelpOptions = true,
      description = "Creates every claimwire topic that does not exist yet (partitions, compaction, retention from the settings), brings the configs of existing ones up to date, prints them and exits. With --schema-registry it also registers each topic's schema under <topic>-value with a BACKWARD compatibility rule. For a cluster with automatic topic creation off, run it once before the services (docker compose does).")
  static final class TopicsCommand implements Callable<Integer> {
    @Mixin Common common;

    @Option(names = "--replication-factor", paramLabel = "N", description = "Replicas of each new topic. Default: the broker's default.replication.factor.")
    Short replicationFactor;

    @Override
    public Integer call() {
      Pipeline.Settings settings = common.settings();
      if (!settings.bootstrapGiven()) {
        throw new CommandLine.ParameterException(new CommandLine(this), "give the cluster with --bootstrap-servers (or CLAIMWIRE_BOOTSTRAP_SERVERS)");
      }
      try (Pipeline p = new Pipeline(settings)) {
        List<String> created = TopicAdmin.ensureTopics(p.clientProps(), p.topics(), java.util.Optional.ofNullable(replicationFactor));
        for (io.claimwire.schemas.Topic<?, ?> t : p.topics().all()) {
          OUT.printf("%-32s %3d partitions  %s%n", t.name(), t.spec().partitions(), created.contains(t.name()) ? "created" : "exists");
        }
        p.registerSchemas().forEach((subject, id) -> OUT.printf("%-38s schema id %d%n", subject, id));
      }
      return 0;
    }
  }

  @Command(name = "config", mixinStandardHelpOptions = true,
      description = "Prints every setting as a Markdown table: flag, CLAIMWIRE_* environment variable, properties key, default and the commands that take it. Precedence: flag, then environment, then the --config file, then the default.")
  static final class ConfigTable implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      OUT.print(Config.markdownTable(spec.root().commandLine()));
      return 0;
    }
  }

  static void printClaims(Pipeline p) {
    List<Map<String, Object>> rows = new ArrayList<>();
    p.store().export("claims", rows::add);
    ClaimTable.print(OUT, rows);
    List<Map<String, Object>> summaries = new ArrayList<>();
    p.store().export("summaries", summaries::add);
    SummaryTable.print(OUT, summaries);
  }

  /** Blocks until the JVM is asked to stop; the caller's try-with-resources then shuts everything down. */
  static void awaitCtrlC() throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      try {
        // the services stop within Pipeline.SHUTDOWN_TIMEOUT; the JVM exits when this hook returns, in any case
        closed.await(Pipeline.SHUTDOWN_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    stop.await();
    OUT.println("stopping…");
    CLOSED.set(closed);
  }

  static final java.util.concurrent.atomic.AtomicReference<CountDownLatch> CLOSED = new java.util.concurrent.atomic.AtomicReference<>();

  @Command(name = "bench", mixinStandardHelpOptions = true,
      description = "Benchmarks (JMH, one forked JVM each, one thread): extraction of ~3 KB articles (articles/s), "
          + "extraction time of 100 KB and 1 MB hostile inputs (work must grow linearly), and the dedup sequencer's "
          + "own work per article with 7 days of news indexed (articles/s; goal 20,000). With --pipeline, the "
          + "end-to-end benchmark instead (see --pipeline). Compare numbers from one run only; machines are noisy.")
  static final class Bench implements Callable<Integer> {
    @Option(names = "--include", defaultValue = "", description = "Regular expression of benchmarks to run; empty runs all. Default: all.")
    String include;

    @Option(names = "--forks", defaultValue = "1", description = "JVM forks per benchmark. Default: ${DEFAULT-VALUE}.")
    int forks;

    @Option(names = "--warmups", defaultValue = "3", description = "Warm-up iterations. Default: ${DEFAULT-VALUE}.")
    int warmups;

    @Option(names = "--iterations", defaultValue = "5", description = "Measured iterations. Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Option(names = "--seconds", defaultValue = "3", description = "Seconds per iteration. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(names = "--pipeline", description = "Instead of JMH: the end-to-end benchmark. Generates --articles "
        + "articles (about 3 KB, 5-15 figures each, 15%% syndicated copies, 5%% updates, stories of 1 to 200 articles "
        + "over simulated days), runs them through the embedded pipeline in this process (broker, enrich, sink; every "
        + "verdict, claim set and summary stored), then a bare Kafka Streams exactly-once pass-through of the same raw "
        + "records on the same broker. Data goes to a temporary directory, removed at the end.")
    boolean pipeline;

    @Option(names = "--articles", defaultValue = "50000", description = "With --pipeline: how many articles. Default: ${DEFAULT-VALUE}.")
    int articles;

    @Option(names = "--seed", defaultValue = "20261206", description = "With --pipeline: the generator's seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() throws Exception {
      if (pipeline) {
        if (articles < 10) {
          throw new CommandLine.ParameterException(new CommandLine(this), "--articles must be at least 10, got " + articles);
        }
        Path dir = Files.createTempDirectory("claimwire-bench-");
        try {
          PipelineBench.Result r = PipelineBench.run(articles, seed, dir, OUT);
          OUT.println(r.line());
        } finally {
          deleteTree(dir);
        }
        return 0;
      }
      Path jar = benchJar();
      if (jar == null) {
        System.err.println("claimwire bench: the JMH benchmarks are built with the sources (bench/target/claimwire-bench.jar) "
            + "and are not part of the product; run it from a source checkout (./claimwire builds them), or use "
            + "--pipeline");
        return 2;
      }
      // JMH stays off the product's class path: the benchmarks run in a JVM of their own
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.claimwire.schemas.avro", "-jar", jar.toString(),
          "--forks", Integer.toString(forks), "--warmups", Integer.toString(warmups), "--iterations",
          Integer.toString(iterations), "--seconds", Integer.toString(seconds)));
      if (!include.isEmpty()) {
        command.addAll(List.of("--include", include));
      }
      return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /** The benchmark jar of the checkout this claimwire runs from (its bench/target), or null. */
    static Path benchJar() throws java.net.URISyntaxException {
      Path here = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
      for (Path dir = here; dir != null; dir = dir.getParent()) {
        Path jar = dir.resolve("bench").resolve("target").resolve("claimwire-bench.jar");
        if (Files.isRegularFile(jar)) {
          return jar;
        }
      }
      return null;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
      try (var paths = Files.walk(dir)) {
        for (Path q : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(q);
        }
      }
    }
  }
}
