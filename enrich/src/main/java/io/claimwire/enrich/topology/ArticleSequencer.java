package io.claimwire.enrich.topology;

import io.claimwire.enrich.dedup.NearDuplicates;
import io.claimwire.enrich.text.TextCleaner;
import io.claimwire.enrich.dedup.TextFingerprints;
import io.claimwire.schemas.RecordSerde;
import io.claimwire.schemas.ContentFingerprint;
import io.claimwire.schemas.avro.Article;
import io.claimwire.schemas.avro.ArticleVerdict;
import io.claimwire.schemas.avro.DedupMethod;
import io.claimwire.schemas.avro.FirstCopy;
import io.claimwire.schemas.avro.LatestVersion;
import io.claimwire.schemas.avro.RawArticle;
import io.claimwire.schemas.avro.VerdictKind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Decides one verdict per raw record, in raw-topic order (the order of truth): exact duplicates by normalised
 * text, updates by the same URL with changed text, near-duplicates (syndicated copies) by MinHash similarity of the
 * text's shingles, and the same verdict again for a re-delivered record. Does only cheap work: cleaning, hashing,
 * store lookups. Unique article versions go on, keyed by article id. The near-duplicate index lives in memory and
 * is rebuilt from its store (and so from its changelog) when the task starts.
 */
final class ArticleSequencer implements Processor<byte[], byte[], Object, Object> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleSequencer.class);
  private final String rawTopic;
  private final RecordSerde<RawArticle> rawSerde;
  private final TextCleaner cleaner = new TextCleaner();
  private ProcessorContext<Object, Object> context;
  private KeyValueStore<String, ArticleVerdict> verdicts;
  private KeyValueStore<String, FirstCopy> firstByContent;
  private KeyValueStore<String, LatestVersion> latestByArticle;
  private KeyValueStore<String, byte[]> signatureStore;
  private KeyValueStore<Bytes, String> expiry;
  private final NearDuplicates nearDuplicates = new NearDuplicates(NEAR_DUPLICATE_THRESHOLD);
  /** Estimated shingle similarity from which a text is a copy; measured separation in {@link NearDuplicates}. */
  static final double NEAR_DUPLICATE_THRESHOLD = 0.4;

  private final Duration retention;
  private final Duration storyWindow;
  private StoryAssigner stories;

  private final String restoryTopic;
  private final RecordSerde<Article> restorySerde;

  ArticleSequencer(String rawTopic, RecordSerde<RawArticle> rawSerde, Duration retention, Duration storyWindow,
      String restoryTopic, RecordSerde<Article> restorySerde) {
    this.rawTopic = rawTopic;
    this.rawSerde = rawSerde;
    this.retention = retention;
    this.storyWindow = storyWindow;
    this.restoryTopic = restoryTopic;
    this.restorySerde = restorySerde;
  }

  @Override
  public void init(ProcessorContext<Object, Object> context) {
    this.context = context;
    this.verdicts = context.getStateStore(EnrichTopology.VERDICT_STORE);
    this.firstByContent = context.getStateStore(EnrichTopology.CONTENT_STORE);
    this.latestByArticle = context.getStateStore(EnrichTopology.ARTICLE_STORE);
    this.signatureStore = context.getStateStore(EnrichTopology.SIGNATURE_STORE);
    this.expiry = context.getStateStore(EnrichTopology.EXPIRY_STORE);
    this.stories = new StoryAssigner(storyWindow, context.getStateStore(EnrichTopology.STORY_STORE));
    // Rebuild the index in record-time order (the expiry store's order), so that the oldest leave it first;
    // then any signature without an expiry entry (state written before there was one).
    int[] unreadable = {0};
    try (var byTime = expiry.all()) {
      byTime.forEachRemaining(kv -> {
        String recordId = recordIdOf(kv.key);
        byte[] signature = signatureStore.get(recordId);
        if (signature != null && !nearDuplicates.add(recordId, signature)) {
          unreadable[0]++;
        }
      });
    }
    try (var all = signatureStore.all()) {
      all.forEachRemaining(kv -> {
        if (!nearDuplicates.contains(kv.key) && !nearDuplicates.add(kv.key, kv.value)) {
          unreadable[0]++;
        }
      });
    }
    if (unreadable[0] > 0) {
      LOG.warn("{} near-duplicate fingerprints in {} were written by another version and are not compared; "
          + "their articles still count as exact copies and updates", unreadable[0], EnrichTopology.SIGNATURE_STORE);
    }
    context.schedule(TopicExpiry.purgeInterval(retention), PunctuationType.STREAM_TIME, this::expire);
  }

  /**
   * Forgets what is older than the retention window (by record time): verdicts, signatures (and their place in
   * the near-duplicate index) and content fingerprints, found through the time-ordered {@code dedup-expiry} store,
   * so a purge reads only what expires (a replay at full speed passes many windows' worth of record time). Deletes
   * go to the compacted changelogs as tombstones. Article version counters (one short row per URL) are kept, so an
   * article's versions never restart at 1.
   */
  void expire(long streamTime) {
    long cutoff = streamTime - retention.toMillis();
    if (cutoff <= 0) {
      return;
    }
    List<KeyValue<Bytes, String>> due = new ArrayList<>();
    try (var it = expiry.range(expiryKey(0, ""), expiryKey(cutoff, ""))) {
      it.forEachRemaining(due::add);
    }
    for (KeyValue<Bytes, String> e : due) {
      String recordId = recordIdOf(e.key);
      verdicts.delete(recordId);
      if (signatureStore.delete(recordId) != null) {
        nearDuplicates.remove(recordId);
      }
      if (!e.value.isEmpty()) {
        FirstCopy first = firstByContent.get(e.value);
        if (first != null && first.getRecordId().equals(recordId)) {
          firstByContent.delete(e.value);
        }
      }
      expiry.delete(e.key);
    }
  }

  private static String recordIdOf(Bytes expiryKey) {
    return new String(expiryKey.get(), 8, expiryKey.get().length - 8, StandardCharsets.UTF_8);
  }

  /** Expiry index key: the record time, big-endian so keys sort by time, then the record id. */
  static Bytes expiryKey(long time, String recordId) {
    byte[] id = recordId.getBytes(StandardCharsets.UTF_8);
    return Bytes.wrap(ByteBuffer.allocate(8 + id.length).putLong(time).put(id).array());
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    if (context.recordMetadata().map(m -> m.topic().equals(restoryTopic)).orElse(false)) {
      restory(record);
      return;
    }
    RawArticle raw;
    try {
      raw = rawSerde.decode(rawTopic, record.value());
    } catch (SerializationException e) { // a registry that cannot be asked is not bad data: that propagates, and is retried
      deadLetter(record, null, null, "undecodable raw article: " + e.getMessage(), e);
      return;
    }
    try {
      sequence(raw, record.timestamp());
    } catch (RuntimeException e) {
      deadLetter(record, raw.getOrigin(), raw.getRecordId(), "sequencing failed: " + e, e);
    }
  }

  private void sequence(RawArticle raw, long timestamp) {
    ArticleVerdict known = verdicts.get(raw.getRecordId());
    if (known != null) {
      emitVerdict(known, timestamp); // re-delivery: the verdict it already had
      return;
    }
    String text = cleaner.clean(raw.getText());
    if (text.isBlank()) {
      throw new IllegalArgumentException("article " + raw.getRecordId() + " has no text after cleaning");
    }
    TextFingerprints fingerprints = TextFingerprints.of(text);
    String hash = fingerprints.exact();
    String articleId = articleIdOf(raw, hash);
    // What is older than the retention window does not count, whether or not it has been purged yet.
    long cutoff = Math.max(timestamp, context.currentStreamTimeMs()) - retention.toMillis();
    FirstCopy first = firstByContent.get(hash);
    if (first != null && first.getRecordTime() < cutoff) {
      first = null;
    }
    ArticleVerdict.Builder v = ArticleVerdict.newBuilder().setRecordId(raw.getRecordId()).setUrl(raw.getUrl())
        .setOutlet(raw.getOutlet()).setTitle(raw.getTitle()).setDecidedAt(Instant.ofEpochMilli(timestamp));
    if (first != null) {
      ArticleVerdict verdict = v.setArticleId(first.getArticleId()).setArticleVersion(first.getArticleVersion())
          .setStoryId(storyOf(latestByArticle.get(first.getArticleId()))).setVerdict(VerdictKind.DUPLICATE)
          .setDuplicateOf(first.getRecordId()).setSimilarity(1.0)
          .setMethod(first.getArticleId().equals(articleId) ? DedupMethod.SAME_URL : DedupMethod.EXACT_TEXT).build();
      remember(verdict, null, null, timestamp);
      emitVerdict(verdict, timestamp);
      return;
    }
    LatestVersion latest = latestByArticle.get(articleId);
    if (latest != null && latest.getContentHash().equals(hash)) {
      // the same URL and text as its latest version, whose content fingerprint has left the retention window
      ArticleVerdict verdict = v.setArticleId(articleId).setArticleVersion(latest.getArticleVersion())
          .setStoryId(latest.getStoryId()).setVerdict(VerdictKind.DUPLICATE).setDuplicateOf(latest.getRecordId())
          .setSimilarity(1.0)
          .setMethod(DedupMethod.SAME_URL).build();
      remember(verdict, null, null, timestamp);
      emitVerdict(verdict, timestamp);
      return;
    }
    byte[] signature = fingerprints.nearDuplicate();
    if (latest == null) {
      var match = nearDuplicates.find(signature).map(m -> java.util.Map.entry(m, verdicts.get(m.id())));
      if (match.isPresent() && match.get().getValue() != null
          && match.get().getValue().getDecidedAt().toEpochMilli() >= cutoff) {
        ArticleVerdict of = match.get().getValue(); // a syndicated copy of an earlier original or update
        ArticleVerdict verdict = v.setArticleId(of.getArticleId()).setArticleVersion(of.getArticleVersion())
            .setStoryId(of.getStoryId()).setVerdict(VerdictKind.DUPLICATE).setDuplicateOf(of.getRecordId())
            .setSimilarity(match.get().getKey().similarity()).setMethod(DedupMethod.NEAR_DUPLICATE).build();
        remember(verdict, null, null, timestamp);
        emitVerdict(verdict, timestamp);
        return;
      }
    }
    int version = latest == null ? 1 : latest.getArticleVersion() + 1;
    // an article with no published time does not move the story clock (its fetch time would close every story
    // of an archive being replayed)
    String storyId = stories.assign(articleId, storyOf(latest), raw.getTitle(), text, raw.getPublishedAt());
    ArticleVerdict verdict = v.setArticleId(articleId).setArticleVersion(version).setStoryId(storyId)
        .setVerdict(version == 1 ? VerdictKind.ORIGINAL : VerdictKind.UPDATE).setDuplicateOf(null)
        .setSimilarity(0.0).setMethod(version == 1 ? DedupMethod.NONE : DedupMethod.SAME_URL).build();
    remember(verdict, hash, articleId, timestamp);
    signatureStore.put(verdict.getRecordId(), signature);
    nearDuplicates.add(verdict.getRecordId(), signature);
    emitVerdict(verdict, timestamp);
    Article article = Article.newBuilder().setArticleId(articleId).setArticleVersion(version)
        .setRecordId(raw.getRecordId()).setUrl(raw.getUrl()).setOutlet(raw.getOutlet()).setTitle(raw.getTitle())
        .setText(text).setPublishedAt(raw.getPublishedAt()).setFetchedAt(raw.getFetchedAt()).setContentHash(hash)
        .setStoryId(storyId).setLanguage(raw.getLanguage()).build();
    context.forward(new Record<>(articleId, article, timestamp), EnrichTopology.ARTICLES_SINK);
  }

  /**
   * A stored article sent again by {@code claimwire reprocess}: it keeps the story it has (on the record or in its
   * article's row); one written before stories gets one now, remembered in its row. Sent on to extraction.
   */
  private void restory(Record<byte[], byte[]> record) {
    Article a;
    try {
      a = restorySerde.decode(restoryTopic, record.value());
    } catch (SerializationException e) {
      context.forward(DeadLetters.of(context, record.key(), record.value(), restoryTopic, null, null,
          "undecodable article to reprocess: " + e.getMessage(), e, record.timestamp()), EnrichTopology.DLQ_SINK);
      return;
    }
    LatestVersion latest = latestByArticle.get(a.getArticleId());
    String storyId = a.getStoryId() != null ? a.getStoryId() : storyOf(latest);
    if (storyId == null) {
      storyId = stories.assign(a.getArticleId(), null, a.getTitle(), a.getText(), a.getPublishedAt());
      if (latest != null) {
        latest.setStoryId(storyId);
        latestByArticle.put(a.getArticleId(), latest);
      }
    }
    a.setStoryId(storyId);
    context.forward(new Record<>(a.getArticleId(), a, record.timestamp()), EnrichTopology.REPROCESS_SINK);
  }

  /** The story of an article's latest version; null for none or before stories. */
  private static String storyOf(LatestVersion latest) {
    return latest == null ? null : latest.getStoryId();
  }

  static String articleIdOf(RawArticle raw, String contentHash) {
    return ContentFingerprint.articleId(raw.getUrl(), contentHash);
  }

  /** Stores the verdict; for a new version also its fingerprint and the article's latest version. */
  private void remember(ArticleVerdict verdict, String hash, String articleId, long timestamp) {
    verdicts.put(verdict.getRecordId(), verdict);
    expiry.put(expiryKey(timestamp, verdict.getRecordId()), hash == null ? "" : hash);
    if (hash != null) {
      firstByContent.put(hash, new FirstCopy(verdict.getRecordId(), articleId, verdict.getArticleVersion(), timestamp));
      latestByArticle.put(articleId, new LatestVersion(verdict.getArticleVersion(), hash, verdict.getRecordId(),
          verdict.getStoryId()));
    }
  }

  private void emitVerdict(ArticleVerdict verdict, long timestamp) {
    PipelineSensors.verdicts(context, verdict.getVerdict().name()).record(1);
    context.forward(new Record<>(verdict.getRecordId(), verdict, timestamp), EnrichTopology.VERDICTS_SINK);
  }

  private void deadLetter(Record<byte[], byte[]> record, String origin, String recordId, String reason, Throwable e) {
    context.forward(DeadLetters.of(context, record.key(), record.value(), rawTopic, origin, recordId, reason, e,
            record.timestamp()),
        EnrichTopology.DLQ_SINK);
  }
}
