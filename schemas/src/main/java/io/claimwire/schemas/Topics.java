package io.claimwire.schemas;

import io.claimwire.schemas.avro.Article;
import io.claimwire.schemas.avro.ArticleVerdict;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSet;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.RawArticle;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The one registry of claimwire's topics. No topic name appears as a literal anywhere else; each topic has
 * exactly one writing stage (named beside it). Immutable; serdes come from the {@link SerdeFactory}.
 */
public final class Topics {
  /** Written by ingest. One partition by default: its offset order is the order of truth for dedup. */
  public final Topic<String, RawArticle> raw;
  /** Written by enrich: one verdict per raw record, keyed by recordId. */
  public final Topic<String, ArticleVerdict> verdicts;
  /** Written by enrich: unique article versions, keyed by articleId. */
  public final Topic<String, Article> articles;
  /**
   * Written by {@code claimwire reprocess}: stored unique articles sent again for extraction with the current
   * extractor, keyed by articleId and partitioned like {@link #articles}. Kept a week.
   */
  public final Topic<String, Article> articlesReprocess;
  /**
   * Written by {@code claimwire reprocess}: the stored unique articles, to the sequencer first, which gives an
   * article that has no story yet its story (records written before stories) and sends it on to
   * {@link #articlesReprocess}. Partitioned like {@link #raw} (one story index); kept a week.
   */
  public final Topic<String, Article> articlesRestory;
  /** Written by enrich: one claim set per article version, keyed by articleId. */
  public final Topic<String, ClaimSet> claimSets;
  /** Written by enrich: one event per figure keyed by claimId, tombstone on retraction. */
  public final Topic<String, Claim> claims;
  /** Written by enrich: one summary per figure topic. */
  public final Topic<String, ClaimSummary> claimSummaries;
  /** Dead letters, one topic per stage; key and value are the original bytes, the reason is in headers. */
  public final Topic<byte[], byte[]> dlqIngest;
  public final Topic<byte[], byte[]> dlqEnrich;
  public final Topic<byte[], byte[]> dlqSink;
  /** Written by ingest: per feed URL, its conditional-GET validators and the items already sent (JSON). */
  public final Topic<String, String> feedState;
  /** Written by ingest: per watched file path, the content hash taken (JSON). */
  public final Topic<String, String> watchState;
  /** Written by replay, in the same transactions as the records: per replay, the file and line committed (JSON). */
  public final Topic<String, String> replayCheckpoints;
  /** Written by {@code claimwire dlq resend}, in the same transaction as each resend: the dead letters sent back. */
  public final Topic<String, String> dlqResent;

  public Topics(SerdeFactory serdes, Settings settings) {
    Serde<String> key = Serdes.String();
    raw = new Topic<>("news.articles.raw", key, serdes.forRecord(RawArticle.class),
        new TopicSpec(settings.rawPartitions(), TopicSpec.Cleanup.DELETE, settings.rawRetentionMs()));
    // Verdicts are looked up by recordId and only the latest matters: compact.
    verdicts = new Topic<>("news.article-verdicts", key, serdes.forRecord(ArticleVerdict.class),
        new TopicSpec(settings.partitions(), TopicSpec.Cleanup.COMPACT, -1));
    // Unique articles feed reprocessing, so the latest version per article is kept for good.
    articles = new Topic<>("news.articles", key, serdes.forRecord(Article.class),
        new TopicSpec(settings.partitions(), TopicSpec.Cleanup.COMPACT, -1));
    articlesReprocess = new Topic<>("news.articles.reprocess", key, serdes.forRecord(Article.class),
        new TopicSpec(settings.partitions(), TopicSpec.Cleanup.DELETE, Duration.ofDays(7).toMillis()));
    articlesRestory = new Topic<>("news.articles.restory", key, serdes.forRecord(Article.class),
        new TopicSpec(settings.rawPartitions(), TopicSpec.Cleanup.DELETE, Duration.ofDays(7).toMillis()));
    claimSets = new Topic<>("news.claim-sets", key, serdes.forRecord(ClaimSet.class),
        new TopicSpec(settings.partitions(), TopicSpec.Cleanup.COMPACT, -1));
    claims = new Topic<>("news.claims", key, serdes.forRecord(Claim.class),
        new TopicSpec(settings.partitions(), TopicSpec.Cleanup.COMPACT, -1));
    claimSummaries = new Topic<>("news.claim-summaries", key, serdes.forRecord(ClaimSummary.class),
        new TopicSpec(settings.partitions(), TopicSpec.Cleanup.COMPACT, -1));
    // Dead letters wait for a human: keep them four weeks.
    TopicSpec dlq = new TopicSpec(1, TopicSpec.Cleanup.DELETE, Duration.ofDays(28).toMillis());
    dlqIngest = new Topic<>("news.dlq.ingest", Serdes.ByteArray(), Serdes.ByteArray(), dlq);
    dlqEnrich = new Topic<>("news.dlq.enrich", Serdes.ByteArray(), Serdes.ByteArray(), dlq);
    dlqSink = new Topic<>("news.dlq.sink", Serdes.ByteArray(), Serdes.ByteArray(), dlq);
    feedState = new Topic<>("news.ingest.feed-state", key, Serdes.String(),
        new TopicSpec(1, TopicSpec.Cleanup.COMPACT, -1));
    watchState = new Topic<>("news.ingest.watch-state", key, Serdes.String(), new TopicSpec(1, TopicSpec.Cleanup.COMPACT, -1));
    replayCheckpoints = new Topic<>("news.ingest.replay-checkpoints", key, Serdes.String(),
        new TopicSpec(1, TopicSpec.Cleanup.COMPACT, -1));
    dlqResent = new Topic<>("news.dlq.resent", key, Serdes.String(), new TopicSpec(1, TopicSpec.Cleanup.COMPACT, -1));
  }

  public static Topics defaults() {
    return new Topics(SerdeFactory.singleObject(), Settings.defaults());
  }

  public List<Topic<?, ?>> all() {
    return List.of(raw, verdicts, articles, articlesReprocess, articlesRestory, claimSets, claims, claimSummaries, dlqIngest, dlqEnrich, dlqSink, feedState,
        watchState, replayCheckpoints, dlqResent);
  }

  /**
   * @param rawPartitions partitions of the raw topic; 1 keeps one total order for dedup
   * @param partitions partitions of every keyed downstream topic (extraction parallelism)
   * @param rawRetentionMs retention of the raw topic; -1 (default) keeps it for replay and reprocess
   */
  public record Settings(int rawPartitions, int partitions, long rawRetentionMs) {
    public static Settings defaults() {
      return new Settings(1, 4, -1);
    }
  }
}
