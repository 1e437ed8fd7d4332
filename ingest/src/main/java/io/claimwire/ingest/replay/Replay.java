package io.claimwire.ingest.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwire.ingest.ArticleFiles;
import io.claimwire.schemas.ContentFingerprint;
import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Replays NDJSON archives ({@code .ndjson}, {@code .jsonl}, gzipped or not, and directories of them, in name order)
 * into the raw topic, in line order, optionally filtered by {@code publishedAt} and paced.
 *
 * <p>Each batch of records is sent in one Kafka transaction together with a checkpoint (the file and line reached)
 * in a compacted topic, so what the broker committed and the checkpoint always agree: {@code --resume} after a kill
 * continues after the last committed record, and every record reaches the raw topic exactly once (consumers read
 * committed records only, as enrich does). Unreadable lines go to the ingest dead-letter topic in the same
 * transactions. The replay's identity is its list of files: resume with the same files.
 */
public final class Replay {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int BATCH = 500;
  static final long BATCH_NANOS = Duration.ofMillis(500).toNanos();

  /** What to replay and how. {@code from} inclusive, {@code to} exclusive, both on publishedAt; null: open. */
  public record Options(List<Path> inputs, Instant from, Instant to, Double rate, Double speed, boolean resume) {}

  /** What a replay did. */
  public record Outcome(long sent, long filtered, long deadLettered, long skippedByResume) {}

  private final Properties clientProps;
  private final Topics topics;
  private final ArticleFiles files;

  public Replay(Properties clientProps, Topics topics, ArticleFiles files) {
    this.clientProps = clientProps;
    this.topics = topics;
    this.files = files;
  }

  /** The archive files under the inputs, in the order they are replayed. */
  public static List<Path> archives(List<Path> inputs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : ArticleFiles.expand(inputs)) {
      if (isArchive(p)) {
        out.add(p);
      } else {
        throw new IOException(p + " is not an NDJSON archive (.ndjson, .jsonl, optionally .gz)");
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no NDJSON archives under " + inputs);
    }
    return out;
  }

  static boolean isArchive(Path p) {
    String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".ndjson") || n.endsWith(".jsonl") || n.endsWith(".ndjson.gz") || n.endsWith(".jsonl.gz");
  }

  /** Identity of a replay: its files, by absolute path. */
  public static String replayId(List<Path> archives) {
    StringBuilder sb = new StringBuilder();
    for (Path p : archives) {
      sb.append(p.toAbsolutePath().normalize()).append('\n');
    }
    return "replay-" + ContentFingerprint.sha256(sb.toString()).substring(0, 24);
  }

  /** Lines in the archives (for a progress bar's total). */
  public static long countLines(List<Path> archives) throws IOException {
    long n = 0;
    for (Path p : archives) {
      InputStream in = Files.newInputStream(p);
      try (InputStream lines = p.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in) {
        n += io.claimwire.ingest.BoundedLines.count(lines);
      }
    }
    return n;
  }

  /** The last committed position of this replay: [file index, line number], or null. */
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
          found[0] = new long[] {j.get("file").asLong(), j.get("line").asLong()};
        } catch (IOException | RuntimeException unreadable) {
          // an unreadable checkpoint: start from the beginning (records are idempotent downstream)
        }
      }
    });
    return found[0];
  }

  /**
   * Runs the replay.
   *
   * @param progress called with the number of lines handled since the last call (sent, filtered or dead)
   */
  public Outcome run(Options options, Pacer pacer, LongConsumer progress) throws IOException, InterruptedException {
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
    Serializer<RawArticle> values = topics.raw.valueSerde().serializer();
    long sent = 0;
    long filtered = 0;
    long dead = 0;
    long skipped = 0;
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.initTransactions(); // fences a killed earlier run of this replay and aborts what it left open
      long[] resumeAt = null;
      if (options.resume()) {
        io.claimwire.ingest.CommittedReads.awaitSettled(clientProps, topics.replayCheckpoints.name(), Duration.ofSeconds(30));
        resumeAt = checkpoint(id);
      }
      Batch batch = new Batch(producer, id);
      for (int f = 0; f < archives.size(); f++) {
        Path file = archives.get(f);
        try (io.claimwire.ingest.BoundedLines lines = files.lines(file)) {
          io.claimwire.ingest.BoundedLines.Line line;
          while ((line = lines.next()) != null) {
            long n = line.number();
            if (resumeAt != null && (f < resumeAt[0] || f == resumeAt[0] && n <= resumeAt[1])) {
              skipped++;
              progress.accept(1);
              continue;
            }
            if (line.blank()) {
              batch.position(f, n);
              progress.accept(1);
              continue;
            }
            String origin = file + ":" + n;
            RawArticle a;
            try {
              a = files.fromLine(file, origin, line);
            } catch (io.claimwire.ingest.ArticleFiles.Refused e) {
              batch.open();
              producer.send(io.claimwire.ingest.RawPublisher.deadLetter(topics, e.unreadable()));
              batch.position(f, n);
              dead++;
              progress.accept(1);
              batch.maybeCommit();
              continue;
            }
            Instant published = a.getPublishedAt();
            if (published != null && (options.from() != null && published.isBefore(options.from())
                || options.to() != null && !published.isBefore(options.to()))) {
              filtered++;
              batch.position(f, n);
              progress.accept(1);
              continue;
            }
            long wait = pacer.delayNanos(published);
            if (wait > BATCH_NANOS) {
              batch.commit(); // do not hold a transaction open across a long pause
            }
            pacer.await(published);
            batch.open();
            String key = io.claimwire.ingest.RawPublisher.keyOf(a);
            producer.send(new ProducerRecord<>(topics.raw.name(), key.getBytes(StandardCharsets.UTF_8),
                values.serialize(topics.raw.name(), a)));
            batch.position(f, n);
            sent++;
            progress.accept(1);
            batch.maybeCommit();
          }
        }
      }
      batch.commit();
    }
    return new Outcome(sent, filtered, dead, skipped);
  }

  /** The open transaction: records since the last commit and the position they reach. */
  private final class Batch {
    private final KafkaProducer<byte[], byte[]> producer;
    private final String id;
    private boolean open;
    private int records;
    private long openedAt;
    private long file = -1;
    private long line;
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

    void position(long f, long n) {
      file = f;
      line = n;
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
      String value = "{\"file\":" + file + ",\"line\":" + line + ",\"at\":\"" + Instant.now() + "\"}";
      producer.send(new ProducerRecord<>(topics.replayCheckpoints.name(), id.getBytes(StandardCharsets.UTF_8),
          value.getBytes(StandardCharsets.UTF_8)));
      producer.commitTransaction();
      open = false;
      moved = false;
    }
  }
}
