package io.claimwire.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft broker (broker and controller in one process) whose data survives restarts. Takes a
 * lock on its directory first: a second process on the same directory would corrupt the metadata log before
 * Kafka's own lock check fires.
 */
public final class EmbeddedKafka implements AutoCloseable, Service {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
  private final Path dir;
  private final int port;
  private final int controllerPort;
  private FileChannel lockChannel;
  private FileLock lock;
  private KafkaRaftServer server;

  public EmbeddedKafka(Path dir, int port, int controllerPort) {
    this.dir = dir.toAbsolutePath();
    this.port = port;
    this.controllerPort = controllerPort;
  }

  @Override
  public String name() {
    return "broker";
  }

  /** True once started and until stopped. */
  @Override
  public boolean ready() {
    return server != null;
  }

  @Override
  public void stop(Duration grace) {
    close(grace.plusSeconds(1)); // the broker goes last: a second past the budget to release its lock
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public EmbeddedKafka start() {
    try {
      Files.createDirectories(dir);
      lockChannel = FileChannel.open(dir.resolve(".claimwire.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        lock = lockChannel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        lockChannel.close();
        throw new IllegalStateException("the data directory " + dir + " is in use by another claimwire process; "
            + "stop it, or choose another --data-dir");
      }
      Path logDir = dir.resolve("logs");
      Properties props = serverProperties(logDir);
      KafkaConfig config = KafkaConfig.fromProps(props, false);
      if (!Files.exists(logDir.resolve("meta.properties"))) {
        format(logDir);
      }
      // Kafka halts the JVM on a log-dir failure; report it instead of vanishing.
      Exit.setHaltProcedure((code, message) -> {
        throw new IllegalStateException("embedded Kafka asked to halt (" + code + "): " + message);
      });
      server = new KafkaRaftServer(config, Time.SYSTEM);
      try {
        server.startup();
        awaitReady();
      } catch (RuntimeException e) {
        close(); // a failed start leaves non-daemon threads behind
        throw e;
      }
      return this;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start embedded Kafka in " + dir + ": " + e.getMessage(), e);
    }
  }

  private Properties serverProperties(Path logDir) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    // Topics are created explicitly, with their specs from the registry.
    p.put("auto.create.topics.enable", "false");
    // One node: every internal topic has one replica, or consumers never join their group.
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "5");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "5");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("default.replication.factor", "1");
    p.put("min.insync.replicas", "1");
    // Nothing to wait for on one node; a delay only slows every start.
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("controlled.shutdown.enable", "false");
    // A restarted node re-registers only once its previous session has expired: keep that wait short on loopback.
    p.put("broker.session.timeout.ms", "2000");
    p.put("broker.heartbeat.interval.ms", "500");
    p.put("log.flush.interval.messages", "10000");
    return p;
  }

  private void format(Path logDir) {
    try {
      Files.createDirectories(logDir);
      new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream())).setNodeId(1)
          .setClusterId(Uuid.randomUuid().toString()).addDirectory(logDir.toString())
          .setMetadataLogDirectory(logDir.toString()).setControllerListenerName("CONTROLLER")
          .setReleaseVersion(MetadataVersion.latestProduction()).setSupportedFeatures(Feature.PRODUCTION_FEATURES)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("cannot format Kafka storage in " + logDir + ": " + e.getMessage(), e);
    }
  }

  /** Whose broker answers at an address: its cluster id and the data directory it keeps its logs in (or null). */
  record Owner(String clusterId, Path dataDir) {}

  /** Asks the broker at the address for its cluster id and its log directory (within 10 s each). */
  static Owner ownerAt(String bootstrapServers) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(p)) {
      var cluster = admin.describeCluster();
      String id = cluster.clusterId().get(10, TimeUnit.SECONDS);
      String node = cluster.nodes().get(10, TimeUnit.SECONDS).iterator().next().idString();
      var resource = new org.apache.kafka.common.config.ConfigResource(
          org.apache.kafka.common.config.ConfigResource.Type.BROKER, node);
      var entry = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource)
          .get("log.dirs");
      Path dataDir = null;
      if (entry != null && entry.value() != null && !entry.value().isBlank()) {
        Path logs = Path.of(entry.value().split(",")[0].strip());
        // an embedded broker keeps its logs in DATA_DIR/kafka/logs
        dataDir = logs.getParent() != null && logs.getParent().getParent() != null ? logs.getParent().getParent() : logs;
      }
      return new Owner(id, dataDir);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("something listens at " + bootstrapServers + " but does not answer as a Kafka "
          + "broker: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking the broker at " + bootstrapServers, e);
    }
  }

  /** The cluster id this data directory's embedded broker was formatted with; null when it never ran. */
  static String clusterIdOf(Path kafkaDir) {
    Path meta = kafkaDir.resolve("logs").resolve("meta.properties");
    if (!Files.exists(meta)) {
      return null;
    }
    Properties p = new Properties();
    try (var in = Files.newInputStream(meta)) {
      p.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + meta + ": " + e.getMessage(), e);
    }
    return p.getProperty("cluster.id");
  }

  private void awaitReady() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    try (Admin admin = Admin.create(p)) {
      while (true) {
        try {
          admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
          return;
        } catch (Exception e) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("embedded Kafka did not become ready in 60 s", e);
          }
        }
      }
    }
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }

  /** Stops the broker, waiting at most the timeout for Kafka's own shutdown; the data directory's lock is released. */
  public void close(Duration timeout) {
    KafkaRaftServer s = server;
    server = null;
    if (s != null) {
      // Kafka's own shutdown may wait minutes; bound it.
      Thread t = new Thread(() -> {
        s.shutdown();
        s.awaitShutdown();
      }, "embedded-kafka-shutdown");
      t.setDaemon(true);
      t.start();
      try {
        t.join(Math.max(1, timeout.toMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (t.isAlive()) {
        LOG.warn("embedded Kafka did not stop within {} ms", timeout.toMillis());
      }
    }
    try {
      if (lock != null) {
        lock.release();
        lock = null;
      }
      if (lockChannel != null) {
        lockChannel.close();
        lockChannel = null;
      }
    } catch (IOException e) {
      LOG.warn("cannot release lock on {}: {}", dir, e.getMessage());
    }
  }
}
