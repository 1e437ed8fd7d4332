package io.claimwire.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwire.ingest.ArticleFiles;
import io.claimwire.ingest.ReadabilityExtractor;
import io.claimwire.schemas.DeadLetterHeaders;
import io.claimwire.schemas.Topic;
import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.IngestMethod;
import io.claimwire.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code claimwire dlq}: lists dead letters of every stage and sends chosen ones back to their stage's input once
 * the cause is fixed. A dead letter is named {@code STAGE:OFFSET}. Each resend is one Kafka transaction holding the
 * resent record and a marker in a compacted topic, so a dead letter is resent at most once however often the
 * command runs.
 *
 * <ul>
 *   <li>ingest: an NDJSON line or pushed JSON article is parsed again into the raw topic; a file is read again from
 *       its path (fix the file, then resend); a feed's failure needs no resend (the feed is polled again).</li>
 *   <li>enrich and sink: the original record goes back to the topic it was read from, with its key.</li>
 * </ul>
 */
public final class DeadLetterTool {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One dead letter as listed. */
  public record Letter(String id, String stage, long offset, String time, String reason, String origin, String sourceTopic,
      byte[] key, byte[] value, boolean resent, long size, String sha256, boolean resendable) {
    public Map<String, Object> describe() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("stage", stage);
      m.put("time", time);
      m.put("reason", reason);
      m.put("origin", origin);
      m.put("sourceTopic", sourceTopic);
      m.put("bytes", size);
      m.put("sha256", sha256);
      m.put("resendable", resendable);
      m.put("resent", resent);
      return m;
    }
  }

  private final Properties clientProps;
  private final Topics topics;

  private final io.claimwire.schemas.Limits limits;

  public DeadLetterTool(Properties clientProps, Topics topics) {
    this(clientProps, topics, io.claimwire.schemas.Limits.defaults());
  }

  /** With the limits of the door that a resent ingest dead letter passes again. */
  public DeadLetterTool(Properties clientProps, Topics topics, io.claimwire.schemas.Limits limits) {
    this.clientProps = clientProps;
    this.topics = topics;
    this.limits = limits;
  }

  private Map<String, Topic<byte[], byte[]>> stages() {
    Map<String, Topic<byte[], byte[]>> m = new LinkedHashMap<>();
    m.put("ingest", topics.dlqIngest);
    m.put("enrich", topics.dlqEnrich);
    m.put("sink", topics.dlqSink);
    return m;
  }

  /** Every dead letter of the given stages (all when empty), oldest first per stage. */
  public List<Letter> list(Set<String> onlyStages) {
    Set<String> resent = resentIds();
    List<Letter> out = new ArrayList<>();
    for (var e : stages().entrySet()) {
      if (!onlyStages.isEmpty() && !onlyStages.contains(e.getKey())) {
        continue;
      }
      for (ConsumerRecord<byte[], byte[]> r : readAll(e.getValue().name())) {
        String id = e.getKey() + ":" + r.offset();
        out.add(new Letter(id, e.getKey(), r.offset(), header(r, DeadLetterHeaders.TIME), header(r, DeadLetterHeaders.REASON),
            header(r, DeadLetterHeaders.ORIGIN), header(r, DeadLetterHeaders.SOURCE_TOPIC), r.key(), r.value(),
            resent.contains(id), size(r), header(r, DeadLetterHeaders.SHA256),
            io.claimwire.schemas.DeadLetterPayload.resendable(r.headers())));
      }
    }
    return out;
  }

  /** What a resend did to one dead letter. */
  public record Outcome(String id, boolean sent, String message) {}

  /** Sends the named dead letters back, each at most once. */
  public List<Outcome> resend(List<String> ids) throws Exception {
    Set<String> stagesNeeded = new HashSet<>();
    for (String id : ids) {
      String stage = id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
      if (!stages().containsKey(stage)) {
        throw new IllegalArgumentException("'" + id + "' is not a dead letter id (STAGE:OFFSET, as `claimwire dlq list` shows)");
      }
      stagesNeeded.add(stage);
    }
    Map<String, Letter> byId = new LinkedHashMap<>();
    list(stagesNeeded).forEach(l -> byId.put(l.id(), l));
    Properties p = new Properties();
    p.putAll(clientProps);
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "claimwire-dlq-resend");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, io.claimwire.schemas.Limits.MAX_RECORD_BYTES);
    List<Outcome> out = new ArrayList<>();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.initTransactions();
      for (String id : ids) {
        Letter l = byId.get(id);
        if (l == null) {
          out.add(new Outcome(id, false, "no such dead letter"));
          continue;
        }
        if (l.resent()) {
          out.add(new Outcome(id, false, "already resent"));
          continue;
        }
        if (!l.resendable()) {
          out.add(new Outcome(id, false, "not resendable: the dead letter holds only an excerpt of the " + l.size()
              + " bytes that came (sha256 " + l.sha256() + "); fix the input at its source and send it again"));
          continue;
        }
        List<ProducerRecord<byte[], byte[]>> records;
        try {
          records = l.stage().equals("ingest") ? ingestRecords(l) : List.of(original(l));
        } catch (IllegalArgumentException | IllegalStateException e) {
          out.add(new Outcome(id, false, e.getMessage()));
          continue;
        }
        producer.beginTransaction();
        records.forEach(producer::send);
        producer.send(new ProducerRecord<>(topics.dlqResent.name(), id.getBytes(StandardCharsets.UTF_8),
            java.time.Instant.now().toString().getBytes(StandardCharsets.UTF_8)));
        producer.commitTransaction();
        byId.put(id, new Letter(l.id(), l.stage(), l.offset(), l.time(), l.reason(), l.origin(), l.sourceTopic(),
            l.key(), l.value(), true, l.size(), l.sha256(), true)); // named twice in one call: still once
        out.add(new Outcome(id, true, "sent " + records.size() + " record(s) to "
            + records.stream().map(ProducerRecord::topic).distinct().toList()));
      }
    }
    return out;
  }

  private ProducerRecord<byte[], byte[]> original(Letter l) {
    if (l.sourceTopic() == null || l.sourceTopic().isBlank()) {
      throw new IllegalArgumentException("the dead letter does not say which topic it came from");
    }
    return new ProducerRecord<>(l.sourceTopic(), l.key(), l.value());
  }

  /** Raw articles parsed again from an ingest dead letter's content, or read again from its file. */
  private List<ProducerRecord<byte[], byte[]>> ingestRecords(Letter l) {
    ArticleFiles files = new ArticleFiles(new ReadabilityExtractor(), limits);
    List<RawArticle> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    JsonNode j = null;
    try {
      j = l.value() == null || l.value().length == 0 ? null : JSON.readTree(l.value());
    } catch (Exception notJson) {
      // a text or HTML file, or a feed body: handled below
    }
    String origin = l.origin() == null ? "" : l.origin();
    if (j != null && j.isObject()) {
      IngestMethod method = origin.startsWith("push ") ? IngestMethod.PUSH : IngestMethod.ARCHIVE;
      String seed = new String(l.value(), StandardCharsets.UTF_8);
      articles.add(files.fromJson(j, method, origin, method == IngestMethod.PUSH ? "push:" : "archive:",
          method == IngestMethod.PUSH ? j.toString() : seed));
    } else {
      Path file = Path.of(origin.replaceFirst(":\\d+$", ""));
      if (origin.isEmpty() || !Files.isRegularFile(file)) {
        throw new IllegalArgumentException(origin.startsWith("http")
            ? "a feed's failure: the feed is polled again on its own, nothing to resend"
            : "neither a JSON article nor a readable file at '" + origin + "'");
      }
      io.claimwire.ingest.CollectingOutput read = new io.claimwire.ingest.CollectingOutput();
      files.read(file, read);
      articles.addAll(read.articles);
      read.unreadable.forEach(u -> problems.add(u.substring(u.indexOf(" | ") + 3)));
    }
    if (!problems.isEmpty() || articles.isEmpty()) {
      throw new IllegalStateException("still unreadable: " + String.join("; ", problems));
    }
    List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
    for (RawArticle a : articles) {
      String key = io.claimwire.ingest.RawPublisher.keyOf(a);
      out.add(new ProducerRecord<>(topics.raw.name(), key.getBytes(StandardCharsets.UTF_8),
          topics.raw.valueSerde().serializer().serialize(topics.raw.name(), a)));
    }
    return out;
  }

  private Set<String> resentIds() {
    io.claimwire.ingest.CommittedReads.awaitSettled(clientProps, topics.dlqResent.name(), Duration.ofSeconds(15));
    Set<String> ids = new HashSet<>();
    for (ConsumerRecord<byte[], byte[]> r : readAll(topics.dlqResent.name())) {
      if (r.key() != null) {
        ids.add(new String(r.key(), StandardCharsets.UTF_8));
      }
    }
    return ids;
  }

  private List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    io.claimwire.ingest.CommittedReads.readToEnd(clientProps, topic, out::add);
    return out;
  }

  /** The size of what came, from the header, else of what the dead letter holds (older dead letters). */
  private static long size(ConsumerRecord<byte[], byte[]> r) {
    String s = header(r, DeadLetterHeaders.SIZE);
    try {
      return s != null ? Long.parseLong(s) : r.value() == null ? 0 : r.value().length;
    } catch (NumberFormatException e) {
      return r.value() == null ? 0 : r.value().length;
    }
  }

  private static String header(ConsumerRecord<?, ?> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
