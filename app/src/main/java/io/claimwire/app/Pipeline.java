package io.claimwire.app;

import io.claimwire.enrich.topology.StreamThreadHealth;
import io.claimwire.schemas.RegistrySerdes;
import io.claimwire.schemas.SerdeFactory;
import io.claimwire.schemas.Topics;
import io.claimwire.sink.ClaimStore;
import io.claimwire.sink.JdbcClaimStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one process runs, composed of {@link Service}s: the broker (embedded unless one listens at the bootstrap
 * address), enrich, the sink, live sources and HTTP servers, started in the order a command asks for. Closing stops
 * them in reverse order of starting, each with what is left of the shutdown budget; then the store and the schema
 * registry client are closed.
 */
public final class Pipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
  /** How long stopping everything may take by default (SIGTERM, Ctrl-C): a supervisor's grace period is longer. */
  public static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);
  private final PipelineSettings settings;
  private final Topics topics;
  /** The serdes of registry mode (null: single-object encoding). */
  private final RegistrySerdes schemaRegistry;
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final PipelineMetrics metrics;
  /** Failures of enrich stream threads: /health/ready is DOWN while they keep dying. */
  private final StreamThreadHealth enrichThreads = new StreamThreadHealth();
  /** What this process started, most recent first: stopped in this order. */
  private final Deque<Service> started = new ArrayDeque<>();
  private final LiveSourcesService live;
  private EnrichService enrich;
  private SinkRunner sink;
  private HttpService http;
  private ClaimStore store;
  private volatile Throwable sinkFailure;

  public Pipeline(PipelineSettings settings) {
    this.settings = settings;
    this.schemaRegistry = settings.schemaRegistry() == null ? null
        : new RegistrySerdes(settings.schemaRegistry(), settings.registrySettings());
    if (schemaRegistry != null) {
      started(Service.closing("schema registry client", schemaRegistry::close));
    }
    this.topics = new Topics(schemaRegistry == null ? SerdeFactory.singleObject() : schemaRegistry,
        settings.topicSettings());
    this.live = new LiveSourcesService(settings, topics);
    this.metrics = new PipelineMetrics(registry, live::publisherIfAny);
  }

  /** Notes a service as started (once), to be stopped before everything started earlier. */
  private <S extends Service> S started(S service) {
    if (!started.contains(service)) {
      started.push(service);
    }
    return service;
  }

  public Topics topics() {
    return topics;
  }

  public PipelineSettings settings() {
    return settings;
  }

  public Properties clientProps() {
    return settings.clientProps();
  }

  public Properties producerProps() {
    return settings.producerProps();
  }

  /** The process's meters (what /metrics serves). */
  public MeterRegistry meters() {
    return registry;
  }

  /**
   * Starts the embedded broker when nothing listens at the embedded address, then creates the topics. When a broker
   * already listens there, it must be this data directory's own (see {@link BrokerOwner}).
   */
  public Pipeline connect() {
    return connect(false, true);
  }

  /**
   * As {@link #connect()}, for a command that only reads ({@code tail}, {@code dlq list}): a broker of another
   * data directory is used, and said, unless {@code dataDirGiven}.
   */
  public Pipeline connect(boolean readOnly, boolean dataDirGiven) {
    if (!settings.bootstrapGiven() && !Kafka.reachable(settings.bootstrapServers())) {
      String[] hp = settings.bootstrapServers().split(":");
      LOG.info("starting embedded Kafka on {} (data in {})", settings.bootstrapServers(), settings.kafkaDir());
      started(new EmbeddedKafka(settings.kafkaDir(), Integer.parseInt(hp[1]), settings.controllerPort()).start());
    } else if (!settings.bootstrapGiven()) {
      BrokerOwner.check(settings, readOnly && !dataDirGiven);
    }
    List<String> created = TopicAdmin.ensureTopics(clientProps(), topics, Optional.empty()); // the broker's default replication
    if (!created.isEmpty()) {
      LOG.info("created topics {}", created);
    }
    registerSchemas();
    return this;
  }

  /** In registry mode: every topic's schema under its subject, with its compatibility rule (fails when refused). */
  public Map<String, Long> registerSchemas() {
    if (schemaRegistry == null) {
      return Map.of();
    }
    Map<String, Long> ids = schemaRegistry.register(topics);
    LOG.info("schemas registered at {}: {}", schemaRegistry.url(), ids);
    return ids;
  }

  public synchronized ClaimStore store() {
    if (store == null) {
      store = new JdbcClaimStore(settings.storeConfig());
      started(Service.closing("store", store::close)); // after what uses it, before the broker
    }
    return store;
  }

  public Pipeline startEnrich() {
    enrich = started(new EnrichService(newEnrichInstance(settings.enrichStateDir()), enrichThreads, registry));
    return this;
  }

  /**
   * Another enrich instance in the same application (same group), with its own state directory: what a second
   * process would be. The caller starts and closes it.
   */
  KafkaStreams newEnrichInstance(Path stateDir) {
    return EnrichService.newInstance(settings, topics, stateDir, enrichThreads);
  }

  public Pipeline startSink() {
    return startSink(false);
  }

  /** Starts the sink; with {@code fromEarliest} it reads its topics again from the earliest offsets (see {@code SinkService}). */
  public Pipeline startSink(boolean fromEarliest) {
    sink = started(SinkRunner.start(settings, topics, store(), fromEarliest, registry, t -> sinkFailure = t));
    return this;
  }

  /** Stops the sink, finishing or rolling back its current batch; it can be started again. */
  public void stopSink() {
    if (sink != null) {
      sink.stop(Duration.ofSeconds(10));
      started.remove(sink);
      sink = null;
    }
  }

  /** Records the sink has read since it started (0 when it does not run here). */
  long sinkConsumed() {
    return sink == null ? 0 : sink.consumed();
  }

  /** The sink's failure, if it failed since this process started it (it stays failed). */
  Throwable sinkFailure() {
    return sinkFailure;
  }

  /**
   * Serves the API and the page over the store on the port (0: any free port), with health for the broker and, when
   * this process runs them, enrich and the sink; with a token, every API route but the page's files, health and
   * metrics asks for it.
   */
  public Pipeline startApi(String host, int port, String apiToken) {
    http = started(HttpService.api(store(), host, port, apiToken, this::health, registry));
    return this;
  }

  public Pipeline startApi(String host, int port) {
    return startApi(host, port, null);
  }

  /** Serves only health and metrics (services without a store: ingest, enrich) on the port (0: any free port). */
  public Pipeline startOps(String host, int port) {
    http = started(HttpService.ops(host, port, this::health, registry));
    return this;
  }

  /** The bound port of the API or the health-and-metrics server, or -1 when neither runs. */
  public int apiPort() {
    return http == null ? -1 : http.port();
  }

  /** Enrich stream threads of this process that died (and were replaced) since it started. */
  long enrichThreadFailures() {
    return enrichThreads.failures();
  }

  /** Health of what this process runs, by component: the broker, and enrich and the sink when they run here. */
  Map<String, Boolean> health() {
    Map<String, Boolean> h = new LinkedHashMap<>();
    h.put("broker", Kafka.reachable(settings.bootstrapServers()));
    for (Service s : new Service[] {enrich, sink}) {
      if (s != null) {
        h.put(s.name(), s.ready());
      }
    }
    return h;
  }

  /** Starts polling the feeds, each on its own schedule, watching the directories and the push endpoint, as configured. */
  public Pipeline startLiveSources(LiveSources sources) {
    live.start(sources);
    started(live);
    return this;
  }

  /** The push endpoint's bound port, or -1 when it is off. */
  public int pushPort() {
    return live.pushPort();
  }

  /**
   * Polls every feed once, in order, and returns the record ids sent (for {@code run --once}); a feed that fails
   * is logged and dead-lettered when retrying cannot help, and the others still polled.
   */
  public Set<String> pollFeedsOnce(LiveSources sources) {
    Set<String> ids = ConcurrentHashMap.newKeySet();
    started(live);
    live.pollFeedsOnce(sources, publisher -> RawIngest.tracking(publisher, ids));
    return ids;
  }

  /** Reads the inputs in order into the raw topic; returns the record ids sent. */
  public Set<String> ingest(List<Path> inputs) throws IOException {
    return RawIngest.files(settings, topics, metrics, inputs);
  }

  /** The record ids of everything in the raw topic now (for {@code run --once} with no input). */
  public Set<String> rawRecordIds() {
    return RawIngest.recordIds(settings, topics);
  }

  /**
   * Waits until every given record is decided: a verdict stored or an enrich dead letter naming it, and for every
   * ORIGINAL or UPDATE verdict a claim set stored or an enrich dead letter naming it (the accounting rule).
   */
  public void awaitStored(Set<String> recordIds, Duration timeout) throws InterruptedException {
    new Completion(this).awaitStored(recordIds, timeout);
  }

  /** Waits until enrich and the sink have caught up with everything (see {@link Completion#settled}). */
  public void awaitSettled(Duration timeout) throws InterruptedException {
    new Completion(this).awaitSettled(timeout);
  }

  /** True when enrich and the sink have read to the end of what they consume and no summary is pending. */
  boolean caughtUpNow() {
    boolean enrichDone = enrich == null || (enrich.caughtUp() && !enrich.summariesPending());
    return enrichDone && sink != null && sink.caughtUp();
  }

  @Override
  public void close() {
    close(SHUTDOWN_TIMEOUT);
  }

  /**
   * Stops every service this process runs, in reverse order of starting, within the timeout as a whole: each gets
   * what is left of it (producers flush, enrich commits and leaves its group, the sink finishes or rolls back its
   * batch, the store closes after what used it, the broker goes last).
   */
  public void close(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!started.isEmpty()) {
      started.pop().stop(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }
  }
}
