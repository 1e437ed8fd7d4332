package io.claimwire.ingest.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwire.ingest.ArticleFiles;
import io.claimwire.ingest.HtmlTextExtractor;
import io.claimwire.ingest.Languages;
import io.claimwire.ingest.ReadabilityExtractor;
import io.claimwire.ingest.warc.WarcPages;
import io.claimwire.schemas.Limits;
import io.claimwire.schemas.ContentFingerprint;
import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Replays archives into the raw topic, in file order and within a file in record order: NDJSON ({@code .ndjson},
 * {@code .jsonl}, gzipped or not) line by line, and WARC ({@code .warc}, {@code .warc.gz}: see {@link WarcPages}
 * for which records become articles), directories of them in name order; optionally filtered by time and by
 * language, and paced. The replay time of a record is its {@code publishedAt} in NDJSON and its {@code WARC-Date} in
 * WARC: {@code --from}/{@code --to} and {@code --speed} go by it.
 *
 * <p>Each batch of records is sent in one Kafka transaction together with a checkpoint (the file, and the line or
 * the WARC record offset reached) in a compacted topic, so what the broker committed and the checkpoint always agree:
 * {@code --resume} after a kill continues after the last committed record, and every record reaches the raw topic
 * exactly once (consumers read committed records only, as enrich does). Unreadable lines and records go to the
 * ingest dead-letter topic in the same transactions. The replay's identity is its list of files: resume with the
 * same files.
 */
public final class Replay {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int BATCH = 500;
  static final long BATCH_NANOS = Duration.ofMillis(500).toNanos();

  /**
   * What to replay and how. {@code from} inclusive, {@code to} exclusive, both on the replay time; null: open.
   * {@code languages}: keep only articles in these (codes as {@link Languages#detect} gives); empty: all.
   */
  public record Options(List<Path> inputs, Instant from, Instant to, Double rate, Double speed, boolean resume,
      Set<String> languages) {
    public Options(List<Path> inputs, Instant from, Instant to, Double rate, Double speed, boolean resume) {
      this(inputs, from, to, rate, speed, resume, Set.of());
    }
  }

  /**
   * What a replay did: records sent, left out by time and by language, dead-lettered, skipped as already sent before
   * a resume, and WARC records skipped by kind ({@code request}, {@code not-html}, {@code revisit}...).
   */
  public record Outcome(long sent, long filtered, long deadLettered, long skippedByResume, long otherLanguage,
      Map<String, Long> skipped) {}

  /** Hears how far a replay is: records handled (sent, filtered, skipped or dead) and archive bytes read. */
  public interface Progress {
    void step(long records, long bytes);
  }

  private final Properties clientProps;
  private final Topics topics;
  private final ArticleFiles files;
  private final HtmlTextExtractor html;
  private final Limits limits;

  public Replay(Properties clientProps, Topics topics, ArticleFiles files) {
    this(clientProps, topics, files, new ReadabilityExtractor(), Limits.defaults());
  }

  public Replay(Properties clientProps, Topics topics, ArticleFiles files, HtmlTextExtractor html, Limits limits) {
    this.clientProps = clientProps;
    this.topics = topics;
    this.files = files;
    this.html = html;
    this.limits = limits;
  }

  /** The archive files under the inputs, in the order they are replayed. */
  public static List<Path> archives(List<Path> inputs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : ArticleFiles.expand(inputs, Replay::isArchive)) {
      if (isArchive(p)) {
        out.add(p);
      } else {
        throw new IOException(p + " is not an archive (NDJSON: .ndjson, .jsonl; WARC: .warc; optionally .gz)");
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no archives (.ndjson, .jsonl, .warc, optionally .gz) under " + inputs);
    }
    return out;
  }

  static boolean isArchive(Path p) {
    String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".ndjson") || n.endsWith(".jsonl") || n.endsWith(".ndjson.gz") || n.endsWith(".jsonl.gz")
        || WarcPages.isWarc(p);
  }

  /** Identity of a replay: its files, by absolute path. */
  public static String replayId(List<Path> archives) {
    StringBuilder sb = new StringBuilder();
    for (Path p : archives) {
      sb.append(p.toAbsolutePath().normalize()).append('\n');
    }
    return "replay-" + ContentFingerprint.sha256(sb.toString()).substring(0, 24);
  }

  /** Bytes in the archives (a progress bar's total). */
  public static long totalBytes(List<Path> archives) throws IOException {
    long n = 0;
    for (Path p : archives) {
      n += Files.size(p);
    }
    return n;
  }

  /** The last committed position of this replay: [file index, line number or WARC record offset], or null. */
  long[] checkpoint(String replayId) {
    long[][] found = {null};
    io.claimwire.ingest.CommittedReads.readToEnd(clientProps, topics.replayCheckpoints.name(), r -> {
      if (r.key() == null || !replayId.equals(new String(r.key(), StandardCharsets.UTF_8))) {
        return;
      }
      found[0] = null;
      if (r.value() != null) {
        try {
          JsonNode j = JSON.readTree(r.value());
          JsonNode at = j.has("offset") ? j.get("offset") : j.get("line");
          found[0] = new long[] {j.get("file").asLong(), at.asLong()};
        } catch (IOException | RuntimeException unreadable) {
          // an unreadable checkpoint: start from the beginning (records are idempotent downstream)
        }
      }
    });
    return found[0];
  }

  /** Runs the replay; {@code progress} hears every record handled and the bytes read. */
  public Outcome run(Options options, Pacer pacer, Progress progress) throws IOException, InterruptedException {
    List<Path> archives = archives(options.inputs());
    String id = replayId(archives);
    Properties p = new Properties();
    p.putAll(clientProps);
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, id);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, io.claimwire.schemas.Limits.MAX_RECORD_BYTES);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.initTransactions(); // fences a killed earlier run of this replay and aborts what it left open
      long[] resumeAt = null;
      if (options.resume()) {
        io.claimwire.ingest.CommittedReads.awaitSettled(clientProps, topics.replayCheckpoints.name(), Duration.ofSeconds(30));
        resumeAt = checkpoint(id);
      }
      Run run = new Run(producer, id, options, pacer, progress);
      for (int f = 0; f < archives.size(); f++) {
        Path file = archives.get(f);
        if (resumeAt != null && f < resumeAt[0]) {
          progress.step(0, Files.size(file)); // replayed before
          continue;
        }
        long after = resumeAt != null && f == resumeAt[0] ? resumeAt[1] : -1;
        if (WarcPages.isWarc(file)) {
          run.warc(f, file, after);
        } else {
          run.ndjson(f, file, after);
        }
      }
      run.batch.commit();
      return run.outcome();
    }
  }

  /** One replay under way: its transaction, counts and the rules every record goes through. */
  private final class Run {
    final Batch batch;
    final KafkaProducer<byte[], byte[]> producer;
    final Options options;
    final Pacer pacer;
    final Progress progress;
    final Serializer<RawArticle> values = topics.raw.valueSerde().serializer();
    final Map<String, Long> skippedByKind = new TreeMap<>();
    long sent;
    long filtered;
    long otherLanguage;
    long dead;
    long skipped;

    Run(KafkaProducer<byte[], byte[]> producer, String id, Options options, Pacer pacer, Progress progress) {
      this.producer = producer;
      this.batch = new Batch(producer, id);
      this.options = options;
      this.pacer = pacer;
      this.progress = progress;
    }

    Outcome outcome() {
      return new Outcome(sent, filtered, dead, skipped, otherLanguage, Map.copyOf(skippedByKind));
    }

    void ndjson(int f, Path file, long afterLine) throws IOException, InterruptedException {
      try (io.claimwire.ingest.BoundedLines lines = files.lines(file)) {
        io.claimwire.ingest.BoundedLines.Line line;
        while ((line = lines.next()) != null) {
          long n = line.number();
          if (n <= afterLine) {
            skipped++;
            progress.step(1, 0);
            continue;
          }
          if (line.blank()) {
            batch.position(f, n, false);
            progress.step(1, 0);
            continue;
          }
          RawArticle a;
          try {
            a = files.fromLine(file, file + ":" + n, line);
          } catch (io.claimwire.ingest.ArticleFiles.Refused e) {
            deadLetter(e.unreadable());
            batch.position(f, n, false);
            progress.step(1, 0);
            batch.maybeCommit();
            continue;
          }
          article(a, a.getPublishedAt());
          batch.position(f, n, false);
          progress.step(1, 0);
          batch.maybeCommit();
        }
      }
      progress.step(0, Files.size(file));
    }

    void warc(int f, Path file, long afterOffset) throws IOException, InterruptedException {
      try (WarcPages pages = new WarcPages(file, afterOffset, html, limits)) {
        long read = 0;
        WarcPages.Item item;
        while ((item = pages.next()) != null) {
          switch (item.kind()) {
            case ARTICLE -> article(item.article(), item.warcDate());
            case REFUSED -> deadLetter(item.refused());
            default -> skippedByKind.merge(item.kind().label(), 1L, Long::sum);
          }
          batch.position(f, item.offset(), true);
          long now = pages.bytesRead();
          progress.step(1, Math.max(0, now - read));
          read = Math.max(read, now);
          batch.maybeCommit();
        }
        progress.step(0, Math.max(0, Files.size(file) - read));
      }
    }

    void deadLetter(io.claimwire.ingest.Unreadable u) {
      batch.open();
      producer.send(io.claimwire.ingest.RawPublisher.deadLetter(topics, u));
      dead++;
    }

    /** Sends the article unless its replay time or language is left out, paced by its replay time. */
    void article(RawArticle a, Instant replayTime) throws InterruptedException {
      if (replayTime != null && (options.from() != null && replayTime.isBefore(options.from())
          || options.to() != null && !replayTime.isBefore(options.to()))) {
        filtered++;
        return;
      }
      Languages.tag(a);
      if (!options.languages().isEmpty() && !options.languages().contains(a.getLanguage())) {
        otherLanguage++;
        return;
      }
      long wait = pacer.delayNanos(replayTime);
      if (wait > BATCH_NANOS) {
        batch.commit(); // do not hold a transaction open across a long pause
      }
      pacer.await(replayTime);
      batch.open();
      String key = io.claimwire.ingest.RawPublisher.keyOf(a);
      producer.send(new ProducerRecord<>(topics.raw.name(), key.getBytes(StandardCharsets.UTF_8),
          values.serialize(topics.raw.name(), a)));
      sent++;
    }
  }

  /** The open transaction: records since the last commit and the position they reach. */
  private final class Batch {
    private final KafkaProducer<byte[], byte[]> producer;
    private final String id;
    private boolean open;
    private int records;
    private long openedAt;
    private long file = -1;
    private long at;
    private boolean warc;
    private boolean moved;

    Batch(KafkaProducer<byte[], byte[]> producer, String id) {
      this.producer = producer;
      this.id = id;
    }

    void open() {
      if (!open) {
        producer.beginTransaction();
        open = true;
        records = 0;
        openedAt = System.nanoTime();
      }
      records++;
    }

    /** The last record handled: a line number, or a WARC record's offset. */
    void position(long f, long lineOrOffset, boolean warcOffset) {
      file = f;
      at = lineOrOffset;
      warc = warcOffset;
      moved = true;
    }

    void maybeCommit() {
      if (open && (records >= BATCH || System.nanoTime() - openedAt >= BATCH_NANOS)) {
        commit();
      }
    }

    /** Commits the records with the checkpoint of the position they reach. */
    void commit() {
      if (!moved) {
        return;
      }
      if (!open) {
        producer.beginTransaction();
      }
      String value = "{\"file\":" + file + ",\"" + (warc ? "offset" : "line") + "\":" + at + ",\"at\":\""
          + Instant.now() + "\"}";
      producer.send(new ProducerRecord<>(topics.replayCheckpoints.name(), id.getBytes(StandardCharsets.UTF_8),
          value.getBytes(StandardCharsets.UTF_8)));
      producer.commitTransaction();
      open = false;
      moved = false;
    }
  }
}
