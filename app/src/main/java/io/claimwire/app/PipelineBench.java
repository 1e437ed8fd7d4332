package io.claimwire.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The end-to-end benchmark ({@code claimwire bench --pipeline}): a generated news stream ({@link NewsStream}) written
 * as one NDJSON file, run through the embedded pipeline in this process (broker, enrich, sink: every verdict, claim
 * set and summary stored), then, on the same broker and the same raw records, a bare Kafka Streams exactly-once
 * pass-through, the ceiling a topology of one thread can reach here.
 */
public final class PipelineBench {
  /** What one run measured; {@link #line()} is the benchmark's last line. */
  public record Result(int articles, double perSecond, double secondTenth, double lastTenth, double claimsPerSecond,
      long peakRssMb, double bareRecordsPerSecond) {
    public String line() {
      return String.format(Locale.ROOT, "pipeline: %,.0f articles/s end to end (second tenth %,.0f/s, last tenth %,.0f/s), "
          + "claims %,.0f/s, peak RSS %,d MB; bare pass-through %,.0f records/s; ratio %.3f", perSecond, secondTenth,
          lastTenth, claimsPerSecond, peakRssMb, bareRecordsPerSecond, perSecond / bareRecordsPerSecond);
    }
  }

  private PipelineBench() {}

  public static Result run(int articles, long seed, Path dir, PrintStream progress) throws Exception {
    progress.println("generating " + articles + " articles (seed " + seed + ")…");
    Path input = dir.resolve("input").resolve("stream.ndjson");
    write(NewsStream.generate(seed, articles), input);
    int port = freePort();
    PipelineSettings settings = new PipelineSettings(dir.resolve("data"), "127.0.0.1:" + port, false, freePort(),
        new Properties());
    try (Pipeline p = new Pipeline(settings)) {
      p.connect().startEnrich().startSink();
      List<long[]> samples = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
      long start = System.nanoTime();
      Thread watch = watcher(p, samples, progress);
      watch.start();
      Set<String> ids = p.ingest(List.of(input));
      p.awaitStored(ids, Duration.ofHours(6));
      long end = System.nanoTime();
      watch.interrupt();
      watch.join();
      long claims = p.store().count("claims");
      long sets = p.store().count("claim_sets");
      samples.add(new long[] {end, sets});
      double seconds = (end - start) / 1e9;
      long[] tenths = tenths(samples, sets, start);
      double second = (articles / 10.0) / Math.max(1e-3, (tenths[2] - tenths[1]) / 1e9);
      double last = (articles / 10.0) / Math.max(1e-3, (tenths[10] - tenths[9]) / 1e9);
      progress.println("pipeline done in " + Math.round(seconds) + " s; bare pass-through of the same raw records…");
      double bare = passThrough(p, ids.size());
      return new Result(articles, articles / seconds, second, last, claims / seconds, peakRssMb(), bare);
    }
  }

  /** Samples how many claim sets are stored, four times a second, saying so at every thousand. */
  private static Thread watcher(Pipeline p, List<long[]> samples, PrintStream progress) {
    return new Thread(() -> {
      long said = 0;
      try {
        while (!Thread.currentThread().isInterrupted()) {
          long sets = p.store().count("claim_sets");
          samples.add(new long[] {System.nanoTime(), sets});
          if (sets >= said + 1_000) {
            said = sets - sets % 1_000;
            progress.println("  " + sets + " articles' claim sets stored");
          }
          TimeUnit.MILLISECONDS.sleep(250);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "bench-watch");
  }

  /**
   * When each tenth of the {@code total} claim sets was stored (index 0: the start), from the samples, interpolated
   * between the two samples around it: the sink stores in batches, so several tenths can land between two samples.
   */
  public static long[] tenths(List<long[]> samples, long total, long start) {
    long[] at = new long[11];
    at[0] = start;
    int k = 1;
    long prevTime = start;
    long prevCount = 0;
    synchronized (samples) {
      for (long[] sample : samples) {
        while (k <= 10 && sample[1] >= total * k / 10) {
          double target = total * k / 10.0;
          double share = sample[1] == prevCount ? 1 : (target - prevCount) / (double) (sample[1] - prevCount);
          at[k++] = prevTime + Math.round((sample[0] - prevTime) * Math.max(0, Math.min(1, share)));
        }
        prevTime = sample[0];
        prevCount = sample[1];
      }
    }
    for (; k <= 10; k++) {
      at[k] = at[k - 1];
    }
    return at;
  }

  /**
   * A Kafka Streams exactly-once copy of the raw topic to a new topic (default commit interval); raw records a second
   * from the moment it runs to the last record copied.
   */
  private static double passThrough(Pipeline p, int records) throws Exception {
    String raw = p.topics().raw.name();
    String out = "bench.passthrough";
    Properties client = p.clientProps();
    int partitions;
    try (Admin admin = Admin.create(client)) {
      partitions = admin.describeTopics(List.of(raw)).allTopicNames().get(30, TimeUnit.SECONDS).get(raw).partitions().size();
      admin.createTopics(List.of(new NewTopic(out, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
    Properties props = new Properties();
    props.putAll(client);
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "claimwire-bench-passthrough");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, p.settings().dataDir().resolve("bench-streams").toString());
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    StreamsBuilder b = new StreamsBuilder();
    b.stream(raw, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())).to(out, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
    try (KafkaStreams streams = new KafkaStreams(b.build(), props)) {
      long[] running = {0};
      streams.setStateListener((now, was) -> {
        if (now == KafkaStreams.State.RUNNING && running[0] == 0) {
          running[0] = System.nanoTime();
        }
      });
      streams.start();
      Properties c = new Properties();
      c.putAll(client);
      c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
        List<TopicPartition> tps = java.util.stream.IntStream.range(0, partitions).mapToObj(i -> new TopicPartition(out, i)).toList();
        consumer.assign(tps);
        consumer.seekToBeginning(tps);
        long seen = 0;
        long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(1);
        while (seen < records && System.nanoTime() < deadline) {
          seen += consumer.poll(Duration.ofMillis(100)).count();
        }
        if (seen < records) {
          throw new IllegalStateException("the pass-through copied " + seen + " of " + records + " records within an hour");
        }
        // the clock starts when the pass-through runs: its start-up and the group's join are not throughput
        return records / Math.max(1e-3, (System.nanoTime() - (running[0] > 0 ? running[0] : System.nanoTime())) / 1e9);
      }
    }
  }

  /** One line of the replay NDJSON format. */
  private record Line(String id, String url, String outlet, String title, String text, String publishedAt) {}

  private static void write(List<NewsStream.Article> stream, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (NewsStream.Article a : stream) {
        w.write(json.writeValueAsString(new Line(a.id(), a.url(), a.outlet(), a.title(), a.text(), a.publishedAt().toString())));
        w.newLine();
      }
    }
  }

  /** The largest resident set this process has had (Linux {@code VmHWM}), in MB; -1 where it cannot be read. */
  public static long peakRssMb() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) {
          return Long.parseLong(l.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  static int freePort() throws IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
