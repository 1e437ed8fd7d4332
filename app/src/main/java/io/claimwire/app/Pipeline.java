package io.claimwire.app;

import io.claimwire.enrich.topology.EnrichConfig;
import io.claimwire.ingest.ArticleFiles;
import io.claimwire.ingest.RawPublisher;
import io.claimwire.ingest.ReadabilityExtractor;
import io.claimwire.schemas.RecordSerde;
import io.claimwire.schemas.RegistrySerdes;
import io.claimwire.schemas.Limits;
import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.RawArticle;
import io.claimwire.sink.ClaimStore;
import io.claimwire.sink.JdbcClaimStore;
import io.claimwire.sink.SinkService;
import io.claimwire.sink.StoreConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one process runs: the broker (embedded unless one listens at the bootstrap address), topics, enrich,
 * sink, and file ingest. Owns their lifecycle; closing stops them in reverse order, each bounded.
 */
final class Pipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
  static final String SINK_GROUP = "claimwire-sink";
  private final Settings settings;
  private final Topics topics;
  /** The serdes of registry mode (null: single-object encoding). */
  private final RegistrySerdes schemaRegistry;
  private EmbeddedKafka broker;
  private EnrichService enrich;
  private SinkRunner sink;
  private ClaimStore store;
  private volatile Throwable sinkFailure;
  private io.claimwire.sink.api.ClaimApi api;
  private io.claimwire.sink.api.OpsServer ops;
  private final io.micrometer.prometheusmetrics.PrometheusMeterRegistry registry =
      new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
  private final PipelineMetrics metrics;
  /** Failures of enrich stream threads: /health/ready is DOWN while they keep dying. */
  private final io.claimwire.enrich.topology.StreamThreadHealth enrichThreads = new io.claimwire.enrich.topology.StreamThreadHealth();
  private final LiveSourcesService live;

  /**
   * Live sources: feeds (with the HTTP policy and per-host delay for fetching them and their pages) and the push
   * endpoint (null when off).
   */
  record LiveSources(List<io.claimwire.ingest.feed.FeedSpec> feeds, io.claimwire.ingest.feed.SafeHttp.Policy http,
      Duration fetchDelay, io.claimwire.ingest.push.PushEndpoint.Settings push, List<Path> watch, Duration settle) {
    LiveSources(List<io.claimwire.ingest.feed.FeedSpec> feeds, io.claimwire.ingest.feed.SafeHttp.Policy http,
        Duration fetchDelay, io.claimwire.ingest.push.PushEndpoint.Settings push) {
      this(feeds, http, fetchDelay, push, List.of(), Duration.ofSeconds(2));
    }
  }

  /** Where things are: data directory, bootstrap address and extra client properties. */
  record Settings(Path dataDir, String bootstrapServers, boolean bootstrapGiven, int controllerPort,
      Properties clientProperties, Topics.Settings topicSettings, Tuning tuning, String storeUrl, String schemaRegistry,
      Limits limits) {
    Settings(Path dataDir, String bootstrapServers, boolean bootstrapGiven, int controllerPort,
        Properties clientProperties) {
      this(dataDir, bootstrapServers, bootstrapGiven, controllerPort, clientProperties, Topics.Settings.defaults(),
          Tuning.defaults(), null, null, Limits.defaults());
    }

    /** The same settings with other limits at the door (text size, figure cap). */
    Settings withLimits(Limits l) {
      return new Settings(dataDir, bootstrapServers, bootstrapGiven, controllerPort, clientProperties, topicSettings,
          tuning, storeUrl, schemaRegistry, l);
    }

    /** The same settings with the store at a JDBC URL (null: the embedded default). */
    Settings withStoreUrl(String url) {
      return new Settings(dataDir, bootstrapServers, bootstrapGiven, controllerPort, clientProperties, topicSettings,
          tuning, url, schemaRegistry, limits);
    }

    /** The same settings with the topics' values in the Confluent wire format through a registry (null: single-object). */
    Settings withSchemaRegistry(String url) {
      return new Settings(dataDir, bootstrapServers, bootstrapGiven, controllerPort, clientProperties, topicSettings,
          tuning, storeUrl, url, limits);
    }

    /** The Kafka client settings, without the schema registry's (which a Kafka client would warn about). */
    Properties kafkaProperties() {
      Properties p = new Properties();
      clientProperties.forEach((k, v) -> {
        if (!k.toString().startsWith(RegistrySerdes.SETTINGS_PREFIX)) {
          p.put(k, v);
        }
      });
      return p;
    }

    /** The schema registry client's settings ({@code apicurio.registry.*}) given with the Kafka client settings. */
    Map<String, Object> registrySettings() {
      Map<String, Object> m = new java.util.HashMap<>();
      clientProperties.forEach((k, v) -> {
        if (k.toString().startsWith(RegistrySerdes.SETTINGS_PREFIX)) {
          m.put(k.toString(), v);
        }
      });
      return m;
    }

    StoreConfig storeConfig() {
      return storeUrl == null ? StoreConfig.embedded(storeDir()) : StoreConfig.of(storeUrl);
    }

    Path kafkaDir() {
      return dataDir.resolve("kafka");
    }

    Path storeDir() {
      return dataDir.resolve("store");
    }

    Path enrichStateDir() {
      return dataDir.resolve("enrich");
    }
  }

  /** Enrich's knobs: dedup retention window, RocksDB memory cap, dispute tolerance of summaries, story window. */
  record Tuning(Duration dedupRetention, long rocksDbMemoryBytes, double disputeTolerance, Duration storyWindow) {
    static Tuning defaults() {
      return new Tuning(EnrichConfig.DEFAULT_DEDUP_RETENTION, EnrichConfig.DEFAULT_ROCKSDB_MEMORY,
          io.claimwire.enrich.summary.Summarizer.DEFAULT_TOLERANCE, EnrichConfig.DEFAULT_STORY_WINDOW);
    }
  }

  Pipeline(Settings settings) {
    this.settings = settings;
    this.schemaRegistry = settings.schemaRegistry() == null ? null
        : new RegistrySerdes(settings.schemaRegistry(), settings.registrySettings());
    this.topics = new Topics(schemaRegistry == null ? io.claimwire.schemas.SerdeFactory.singleObject() : schemaRegistry,
        settings.topicSettings());
    this.live = new LiveSourcesService(settings, topics, this::clientProps, this::producerProps);
    this.metrics = new PipelineMetrics(registry, live::publisherIfAny);
  }

  Topics topics() {
    return topics;
  }

  /**
   * Starts the embedded broker when nothing listens at the embedded address, then creates the topics. When a broker
   * already listens there, it must be this data directory's own (the same cluster id as in
   * {@code DATA_DIR/kafka/logs/meta.properties}); another data directory's broker is refused, so that no run writes
   * into another pipeline's topics.
   */
  Pipeline connect() {
    return connect(false);
  }

  /**
   * As {@link #connect()}, for a command that only reads ({@code tail}, {@code dlq list}): a broker of another
   * data directory is used, and said, unless {@code dataDirGiven}.
   */
  Pipeline connect(boolean readOnly, boolean dataDirGiven) {
    return connect(readOnly && !dataDirGiven);
  }

  private Pipeline connect(boolean attachToAny) {
    if (!settings.bootstrapGiven() && !Kafka.reachable(settings.bootstrapServers())) {
      String[] hp = settings.bootstrapServers().split(":");
      LOG.info("starting embedded Kafka on {} (data in {})", settings.bootstrapServers(), settings.kafkaDir());
      broker = new EmbeddedKafka(settings.kafkaDir(), Integer.parseInt(hp[1]), settings.controllerPort()).start();
    } else if (!settings.bootstrapGiven()) {
      checkOwner(attachToAny);
    }
    List<String> created = TopicAdmin.ensureTopics(clientProps(), topics, java.util.Optional.empty()); // the broker's default replication
    if (!created.isEmpty()) {
      LOG.info("created topics {}", created);
    }
    registerSchemas();
    return this;
  }

  /** Refuses (or, attaching to any, says) a broker at the embedded address that is not this data directory's. */
  private void checkOwner(boolean attachToAny) {
    EmbeddedKafka.Owner owner = EmbeddedKafka.ownerAt(settings.bootstrapServers());
    String ours = EmbeddedKafka.clusterIdOf(settings.kafkaDir());
    if (owner.clusterId().equals(ours)) {
      return; // this data directory's broker, run by another claimwire process
    }
    String whose = owner.dataDir() == null ? "another Kafka (cluster " + owner.clusterId() + ")"
        : "the data directory " + owner.dataDir();
    if (attachToAny) {
      LOG.info("using the broker at {}, which serves {}", settings.bootstrapServers(), whose);
      return;
    }
    int port = Integer.parseInt(settings.bootstrapServers().substring(settings.bootstrapServers().lastIndexOf(':') + 1));
    throw new IllegalStateException("a broker already listens at " + settings.bootstrapServers() + " and it is not "
        + "this data directory's (" + settings.dataDir().toAbsolutePath() + "): it serves " + whose + ". Stop that "
        + "run, use its data directory" + (owner.dataDir() == null ? "" : " (--data-dir " + owner.dataDir() + ")")
        + ", or give this one its own broker: --kafka-port " + (port + 2) + " --controller-port " + (port + 3));
  }

  Settings settings() {
    return settings;
  }

  Properties clientProps() {
    Properties p = new Properties();
    p.put("bootstrap.servers", settings.bootstrapServers());
    p.putAll(settings.kafkaProperties());
    return p;
  }

  /** The process's meters (what /metrics serves). */
  io.micrometer.core.instrument.MeterRegistry meters() {
    return registry;
  }

  /** In registry mode: every topic's schema under its subject, with its compatibility rule (fails when refused). */
  Map<String, Long> registerSchemas() {
    if (schemaRegistry == null) {
      return Map.of();
    }
    Map<String, Long> ids = schemaRegistry.register(topics);
    LOG.info("schemas registered at {}: {}", schemaRegistry.url(), ids);
    return ids;
  }

  ClaimStore store() {
    if (store == null) {
      store = new JdbcClaimStore(settings.storeConfig());
    }
    return store;
  }

  Pipeline startEnrich() {
    enrich = new EnrichService(newEnrichInstance(settings.enrichStateDir()), enrichThreads, registry);
    return this;
  }

  /**
   * Another enrich instance in the same application (same group), with its own state directory: what a second
   * process would be. The caller starts and closes it.
   */
  KafkaStreams newEnrichInstance(Path stateDir) {
    return EnrichService.newInstance(settings, topics, stateDir, enrichThreads);
  }

  Pipeline startSink() {
    return startSink(false);
  }

  /** Starts the sink; with {@code fromEarliest} it reads its topics again from the earliest offsets (see {@link SinkService}). */
  Pipeline startSink(boolean fromEarliest) {
    var origin = TopicAdmin.origin(clientProps(), SINK_GROUP,
        List.of(topics.verdicts.name(), topics.claimSets.name(), topics.claimSummaries.name()));
    Properties c = clientProps();
    c.put(ConsumerConfig.GROUP_ID_CONFIG, SINK_GROUP);
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    // Only what enrich committed: an aborted transaction never reaches the store.
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    KafkaProducer<byte[], byte[]> dlq = new KafkaProducer<>(producerProps(), new ByteArraySerializer(), new ByteArraySerializer());
    sink = new SinkRunner(new SinkService(consumer, dlq, store(), topics, origin, fromEarliest, registry), consumer,
        dlq, t -> sinkFailure = t);
    return this;
  }

  /** Client properties for a producer that sets its own guarantees (transactions, say). */
  Properties producerClientProps() {
    return clientProps();
  }

  Properties producerProps() {
    Properties p = clientProps();
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Limits.MAX_RECORD_BYTES);
    // One in-flight batch per connection keeps order even across retries.
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    return p;
  }

  /** Reads the inputs in order into the raw topic; returns the record ids sent. */
  Set<String> ingest(List<Path> inputs) throws IOException {
    List<Path> files = ArticleFiles.expand(inputs);
    Set<String> ids = new HashSet<>();
    try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(producerProps(), new StringSerializer(),
        topics.raw.valueSerde().serializer());
         KafkaProducer<byte[], byte[]> dlq = new KafkaProducer<>(producerProps(), new ByteArraySerializer(),
             new ByteArraySerializer())) {
      RawPublisher publisher = new RawPublisher(producer, dlq, topics);
      ArticleFiles reader = new ArticleFiles(new ReadabilityExtractor(), settings.limits());
      io.claimwire.ingest.ArticleOutput tracking = tracking(publisher, ids);
      for (Path f : files) {
        reader.read(f, tracking);
      }
      publisher.flush();
      metrics.ingested.addAndGet(publisher.sent());
      metrics.ingestDeadLettered.addAndGet(publisher.deadLettered());
      LOG.info("ingested {} articles from {} files ({} dead-lettered)", publisher.sent(), files.size(),
          publisher.deadLettered());
    }
    return ids;
  }

  /** The publisher, noting each record id sent and logging each dead letter. */
  private static io.claimwire.ingest.ArticleOutput tracking(RawPublisher publisher, Set<String> ids) {
    return new io.claimwire.ingest.ArticleOutput() {
      @Override
      public java.util.concurrent.CompletableFuture<?> article(RawArticle a) {
        ids.add(a.getRecordId());
        return publisher.article(a);
      }

      @Override
      public void unreadable(String origin, byte[] content, String reason) {
        unreadable(io.claimwire.ingest.Unreadable.whole(origin, content, reason));
      }

      @Override
      public void unreadable(io.claimwire.ingest.Unreadable u) {
        LOG.warn("dead-lettered {}: {}", u.origin(), u.reason());
        publisher.unreadable(u);
      }
    };
  }

  /**
   * Serves the API and the page over the store on the port (0: any free port), with health for the broker and, when
   * this process runs them, enrich and the sink.
   */
  Pipeline startApi(String host, int port) {
    return startApi(host, port, null);
  }

  /** As above; with a token, every API route but the page's files, health and metrics asks for it. */
  Pipeline startApi(String host, int port, String apiToken) {
    var server = new io.claimwire.sink.api.ClaimApi(store(), host, port, this::health, registry, apiToken);
    serve("the API", host, port, server::start);
    api = server;
    return this;
  }

  /** Serves only health and metrics (services without a store: ingest, enrich) on the port (0: any free port). */
  Pipeline startOps(String host, int port) {
    var server = new io.claimwire.sink.api.OpsServer(host, port, this::health, registry);
    serve("health and metrics", host, port, server::start);
    ops = server;
    return this;
  }

  /** Starts an HTTP server of this process, with the JVM's memory meters; a port in use is a clear error. */
  private void serve(String what, String host, int port, Runnable start) {
    new io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics().bindTo(registry);
    try {
      start.run();
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot serve " + what + " on " + host + ":" + port + " (" + e.getMessage()
          + "); choose another with --port, or --port 0 for any free port", e);
    }
  }

  /** The bound port of the API or the health-and-metrics server, or -1 when neither runs. */
  int apiPort() {
    return api != null ? api.port() : ops != null ? ops.port() : -1;
  }

  /** Enrich stream threads of this process that died (and were replaced) since it started. */
  long enrichThreadFailures() {
    return enrichThreads.failures();
  }

  /** Health of what this process runs, by component. */
  Map<String, Boolean> health() {
    Map<String, Boolean> h = new java.util.LinkedHashMap<>();
    h.put("broker", Kafka.reachable(settings.bootstrapServers()));
    if (enrich != null) {
      h.put(enrich.name(), enrich.ready());
    }
    SinkRunner sinking = sink;
    if (sinking != null) {
      h.put(sinking.name(), sinking.ready() && sinkFailure == null);
    }
    return h;
  }

  /** Starts polling the feeds, each on its own schedule, watching the directories and the push endpoint, as configured. */
  Pipeline startLiveSources(LiveSources sources) {
    live.start(sources);
    return this;
  }

  /** The push endpoint's bound port, or -1 when it is off. */
  int pushPort() {
    return live.pushPort();
  }

  /**
   * Polls every feed once, in order, and returns the record ids sent (for {@code run --once}); a feed that fails
   * is logged and dead-lettered when retrying cannot help, and the others still polled.
   */
  Set<String> pollFeedsOnce(LiveSources sources) {
    Set<String> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
    live.pollFeedsOnce(sources, publisher -> tracking(publisher, ids));
    return ids;
  }

  /**
   * The record ids of everything in the raw topic now (read committed, up to the current end), for {@code run --once}
   * with no input: it waits for what is already there. Records that are not raw articles are skipped; enrich
   * dead-letters them.
   */
  Set<String> rawRecordIds() {
    Set<String> ids = new HashSet<>();
    RecordSerde<RawArticle> raw = (RecordSerde<RawArticle>) topics.raw.valueSerde();
    io.claimwire.ingest.CommittedReads.readToEnd(clientProps(), topics.raw.name(), r -> {
      try {
        ids.add(raw.decode(topics.raw.name(), r.value()).getRecordId());
      } catch (RuntimeException notAnArticle) {
        // enrich sends it to its dead-letter topic; nothing to wait for
      }
    });
    return ids;
  }

  /**
   * Waits until every given record is decided: a verdict stored or an enrich dead letter naming it, and for every
   * ORIGINAL or UPDATE verdict a claim set stored or an enrich dead letter naming it (the accounting rule).
   */
  void awaitStored(Set<String> recordIds, Duration timeout) throws InterruptedException {
    new Completion(this).awaitStored(recordIds, timeout);
  }

  /**
   * Sends the stored unique articles (the latest version of each, from the compacted articles topic) whose record
   * time is at or after {@code from} to the restory topic: enrich's sequencer gives a story to each that has none
   * (written before stories) and sends it on to the reprocess topic, where it is extracted again with the current
   * extractor; returns how many were sent.
   */
  long reprocess(java.time.Instant from, java.util.function.LongConsumer progress) {
    long[] sent = {0};
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps(), new ByteArraySerializer(), new ByteArraySerializer())) {
      io.claimwire.ingest.CommittedReads.readToEnd(clientProps(), topics.articles.name(), r -> {
        progress.accept(1);
        if (r.value() == null || r.timestamp() < from.toEpochMilli()) {
          return;
        }
        // through the sequencer (which gives a story to an article written before stories) to extraction
        producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(topics.articlesRestory.name(), r.key(),
            r.value()));
        sent[0]++;
      });
      producer.flush();
    }
    return sent[0];
  }

  /** Records in the articles topic now (a progress bar's total for reprocess; compaction may make it an upper bound). */
  long articleRecords() {
    Properties c = clientProps();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      var parts = consumer.partitionsFor(topics.articles.name()).stream()
          .map(pi -> new org.apache.kafka.common.TopicPartition(pi.topic(), pi.partition())).toList();
      Map<org.apache.kafka.common.TopicPartition, Long> begin = consumer.beginningOffsets(parts);
      return consumer.endOffsets(parts).entrySet().stream().mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
    }
  }

  /** Stops the sink, finishing or rolling back its current batch; it can be started again. */
  void stopSink() {
    stopSink(Duration.ofSeconds(10));
  }

  private void stopSink(Duration timeout) {
    if (sink != null) {
      sink.stop(timeout);
      sink = null;
    }
  }

  /** Records the sink has read since it started (0 when it does not run here). */
  long sinkConsumed() {
    return sink == null ? 0 : sink.consumed();
  }

  /** Waits until enrich and the sink have caught up with everything (see {@link Completion#settled}). */
  void awaitSettled(Duration timeout) throws InterruptedException {
    new Completion(this).awaitSettled(timeout);
  }

  /** The sink's failure, if it failed since this process started it (it stays failed). */
  Throwable sinkFailure() {
    return sinkFailure;
  }

  /** True when enrich and the sink have read to the end of what they consume and no summary is pending. */
  boolean caughtUpNow() {
    return streamsCaughtUp() && !summariesPending() && sink != null && sink.caughtUp();
  }

  /** True while enrich holds figure topics marked changed that no summary pass has summarised yet. */
  private boolean summariesPending() {
    return enrich != null && enrich.summariesPending();
  }

  /** Every main-consumer partition of enrich fetched to its end (records-lag 0). */
  private boolean streamsCaughtUp() {
    return enrich == null || enrich.caughtUp();
  }


  /** Copies the bundled sample articles into the data directory and returns it. */
  Path demoInput() throws IOException {
    Path dir = settings.dataDir().resolve("demo-articles");
    Files.createDirectories(dir);
    try (InputStream index = Pipeline.class.getResourceAsStream("/demo/index.txt")) {
      for (String name : new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\s+")) {
        if (name.isBlank()) {
          continue;
        }
        try (InputStream in = Pipeline.class.getResourceAsStream("/demo/" + name)) {
          Files.write(dir.resolve(name), in.readAllBytes());
        }
      }
    }
    return dir;
  }

  @Override
  public void close() {
    close(SHUTDOWN_TIMEOUT);
  }

  /** How long stopping everything may take by default (SIGTERM, Ctrl-C): a supervisor's grace period is longer. */
  static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Stops every service this process runs within the timeout as a whole: each step gets what is left of it
   * (producers flush, enrich commits and leaves its group, the sink finishes or rolls back its batch).
   */
  public void close(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    java.util.function.Supplier<Duration> left = () -> Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    if (api != null) {
      api.close();
    }
    if (ops != null) {
      ops.close();
    }
    live.stop(left.get());
    stopSink(left.get());
    if (enrich != null) {
      enrich.stop(left.get());
    }
    if (store != null) {
      store.close();
    }
    if (schemaRegistry != null) {
      schemaRegistry.close();
    }
    if (broker != null) {
      broker.close(left.get().plusSeconds(1)); // the broker goes last; a second past the budget to release its lock
    }
  }
}
