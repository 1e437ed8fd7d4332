package io.claimwire.enrich.topology;

import io.claimwire.enrich.text.Figure;
import io.claimwire.enrich.text.FigureExtractor;
import io.claimwire.schemas.Limits;
import io.claimwire.schemas.RecordSerde;
import io.claimwire.schemas.avro.Article;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Extracts the claim set of each unique article version: one claim set per version, one claim event per figure,
 * and a tombstone for each claim of an older version that the newer one no longer has.
 *
 * <p>Every article version ends in exactly one claim set or one dead letter. The set holds at most
 * {@link Limits#maxFigures()} claims (flagged {@code truncated} when it cut), and it is encoded here, before
 * anything is sent: one over {@link Limits#MAX_CLAIM_SET_BYTES} goes to the dead letters instead. Under
 * exactly-once a send the producer refuses aborts the whole transaction, so the check cannot wait for it.
 */
final class ClaimExtraction implements Processor<byte[], byte[], Object, Object> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ClaimExtraction.class);
  private final String articlesTopic;
  private final String claimSetsTopic;
  private final RecordSerde<Article> articleSerde;
  private final Serializer<ClaimSet> setSerializer;
  private final int maxFigures;
  private final FigureExtractor extractor = new FigureExtractor();
  private ProcessorContext<Object, Object> context;
  private KeyValueStore<String, ClaimSet> latestSets;
  private org.apache.kafka.common.metrics.Sensor claimsOut;
  private org.apache.kafka.common.metrics.Sensor sentenceFailures;

  ClaimExtraction(String articlesTopic, RecordSerde<Article> articleSerde, String claimSetsTopic,
      Serializer<ClaimSet> setSerializer, int maxFigures) {
    this.articlesTopic = articlesTopic;
    this.articleSerde = articleSerde;
    this.claimSetsTopic = claimSetsTopic;
    this.setSerializer = setSerializer;
    this.maxFigures = maxFigures;
  }

  @Override
  public void init(ProcessorContext<Object, Object> context) {
    this.context = context;
    this.latestSets = context.getStateStore(EnrichTopology.CLAIM_SET_STORE);
    this.claimsOut = PipelineSensors.claims(context);
    this.sentenceFailures = PipelineSensors.sentenceFailures(context);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    Article article;
    try {
      article = articleSerde.decode(articlesTopic, record.value());
    } catch (SerializationException e) { // a registry that cannot be asked is not bad data: that propagates, and is retried
      deadLetter(record, null, "undecodable article: " + e.getMessage(), e);
      return;
    }
    ClaimSet set;
    try {
      set = extract(article, record.timestamp());
    } catch (RuntimeException | StackOverflowError e) { // a pathological text must not stop the stream thread
      deadLetter(record, article.getRecordId(), "extraction failed: " + e, e);
      return;
    }
    byte[] encoded = setSerializer.serialize(claimSetsTopic, set);
    if (encoded.length > Limits.MAX_CLAIM_SET_BYTES) {
      deadLetter(record, article.getRecordId(), "claim set of " + encoded.length + " bytes is over the limit of "
          + Limits.MAX_CLAIM_SET_BYTES + " (" + set.getClaims().size() + " claims)", null);
      return;
    }
    emit(set, encoded, record.timestamp());
  }

  private ClaimSet extract(Article article, long timestamp) {
    String language = article.getLanguage();
    if (language != null && !FigureExtractor.supports(language)) {
      return ClaimSet.newBuilder().setArticleId(article.getArticleId()).setArticleVersion(article.getArticleVersion())
          .setRecordId(article.getRecordId()).setExtractor(FigureExtractor.VERSION).setClaims(List.of())
          .setExtractedAt(Instant.ofEpochMilli(timestamp)).setTruncated(false).setStoryId(article.getStoryId())
          .setReason("language " + language + ": extraction supports " + FigureExtractor.LANGUAGES).build();
    }
    FigureExtractor.Result result = extractor.extractAll(article.getText(), article.getTitle());
    for (FigureExtractor.Failure f : result.failures()) {
      LOG.warn("article {} (record {}): the sentence at {}..{} failed and its figures are left out: {}",
          article.getArticleId(), article.getRecordId(), f.start(), f.end(), f.reason());
      sentenceFailures.record(1);
    }
    List<Figure> figures = result.figures();
    boolean truncated = figures.size() > maxFigures;
    List<Claim> claims = ClaimMapper.claims(article, truncated ? figures.subList(0, maxFigures) : figures,
        FigureExtractor.VERSION);
    return ClaimSet.newBuilder().setArticleId(article.getArticleId()).setArticleVersion(article.getArticleVersion())
        .setRecordId(article.getRecordId()).setExtractor(FigureExtractor.VERSION).setClaims(claims)
        .setExtractedAt(Instant.ofEpochMilli(timestamp)).setTruncated(truncated).setStoryId(article.getStoryId()).build();
  }

  private void emit(ClaimSet set, byte[] encoded, long ts) {
    context.forward(new Record<>(set.getArticleId(), encoded, ts), EnrichTopology.CLAIM_SETS_SINK);
    ClaimSet previous = latestSets.get(set.getArticleId());
    boolean newest = previous == null || previous.getArticleVersion() <= set.getArticleVersion();
    if (!newest) {
      return; // a late old version: its claim set is recorded, but the claim stream stays on the newest
    }
    Set<String> now = new HashSet<>();
    for (Claim c : set.getClaims()) {
      now.add(c.getClaimId());
      context.forward(new Record<>(c.getClaimId(), c, ts), EnrichTopology.CLAIMS_SINK);
    }
    claimsOut.record(set.getClaims().size());
    if (previous != null) {
      for (Claim old : previous.getClaims()) {
        if (!now.contains(old.getClaimId())) {
          context.forward(new Record<>(old.getClaimId(), null, ts), EnrichTopology.CLAIMS_SINK);
        }
      }
    }
    latestSets.put(set.getArticleId(), set);
  }

  private void deadLetter(Record<byte[], byte[]> record, String recordId, String reason, Throwable e) {
    context.forward(DeadLetters.of(context, record.key(), record.value(), articlesTopic, recordId, recordId, reason,
        e, record.timestamp()), EnrichTopology.DLQ_SINK);
  }
}
