package io.claimwire.sink;

import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSet;
import io.claimwire.schemas.avro.ClaimSource;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.Evidence;
import io.claimwire.schemas.avro.Qualifier;
import io.claimwire.schemas.avro.SourceKind;
import io.claimwire.schemas.avro.SummaryFigure;
import io.claimwire.schemas.avro.SummaryStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** A small store of our own for the API and page tests: two articles, four claims by three sources, a dispute. */
final class ApiFixtures {
  private ApiFixtures() {}

  static Claim claim(String articleId, int ordinal, double value, String source, String outlet, String measure,
      String location, String published) {
    String sentence = source + " said " + (long) value + " people were " + measure + " in " + location + ".";
    return Claim.newBuilder().setClaimId(articleId + "-c" + ordinal).setArticleId(articleId).setArticleVersion(1)
        .setOutlet(outlet).setUrl("https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + articleId)
        .setPublishedAt(Instant.parse(published)).setValue(value).setQualifier(Qualifier.EXACT).setMeasure(measure)
        .setSubject("people").setLocation(location)
        .setSource(ClaimSource.newBuilder().setName(source).setKind(SourceKind.PERSON).build())
        .setEvidence(Evidence.newBuilder().setSentence(sentence).setStart(10).setEnd(10 + sentence.length()).build())
        .setExtractor("test").build();
  }

  static ClaimSet set(String articleId, Claim... claims) {
    return ClaimSet.newBuilder().setArticleId(articleId).setArticleVersion(1).setRecordId("r-" + articleId)
        .setExtractor("test").setClaims(List.of(claims)).setExtractedAt(Instant.parse("2026-11-20T10:00:01Z")).build();
  }

  /** Fills the store: a1 (Dana Reyes, 40 injured in Port Vell; Ola Berg, 12 evacuated), a2 (Sam Ito, 65 injured). */
  static void fill(ClaimStore store) {
    TopicPartition sets = new TopicPartition("news.claim-sets", 0);
    TopicPartition summaries = new TopicPartition("news.claim-summaries", 0);
    ClaimSet a1 = set("a1", claim("a1", 0, 40, "Dana Reyes", "Harbour Post", "injured", "Port Vell", "2026-11-20T08:00:00Z"),
        claim("a1", 1, 12, "Ola Berg", "Harbour Post", "evacuated", "Port Vell", "2026-11-20T08:00:00Z"));
    ClaimSet a2 = set("a2", claim("a2", 0, 65, "Sam Ito", "Valley Herald", "injured", "Port Vell", "2026-11-21T08:00:00Z"));
    SummaryFigure f40 = figure(40, "Dana Reyes", "a1-c0");
    SummaryFigure f65 = figure(65, "Sam Ito", "a2-c0");
    ClaimSummary dispute = ClaimSummary.newBuilder().setTopicKey("injured|people|count").setSubject("people")
        .setMeasure("injured").setLocation("Port Vell").setFigures(List.of(f40, f65)).setStatus(SummaryStatus.DISPUTED)
        .setNote("40 (Dana Reyes) vs 65 (Sam Ito)").setUpdatedAt(Instant.parse("2026-11-21T09:00:00Z")).build();
    store.apply(origin("api-test"), new ClaimStore.Batch(List.of(ClaimStoreContract.verdict("r-a1", "a1", 1),
        ClaimStoreContract.verdict("r-a2", "a2", 1)), List.of(a1, a2),
        List.of(new ClaimStore.SummaryChange(dispute.getTopicKey(), dispute)), Map.of(sets, 2L, summaries, 1L)));
  }

  /** Positions of a test group on a made-up cluster; ids as the sink reads them from the broker. */
  static ClaimStore.Origin origin(String group) {
    return new ClaimStore.Origin(group, "test-cluster", Map.of("news.claim-sets", "sets", "news.claim-summaries",
        "summaries", "news.article-verdicts", "verdicts"));
  }

  static SummaryFigure figure(double v, String source, String claimId) {
    return SummaryFigure.newBuilder().setValue(v).setQualifier(Qualifier.EXACT).setSources(List.of(source))
        .setOutlets(List.of("Post")).setIndependentOutlets(1).setClaimIds(List.of(claimId))
        .setFirstSeen(Instant.parse("2026-11-20T08:00:00Z")).setLastSeen(Instant.parse("2026-11-21T08:00:00Z")).build();
  }
}
