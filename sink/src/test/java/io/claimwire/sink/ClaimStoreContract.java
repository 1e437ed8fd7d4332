package io.claimwire.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwire.schemas.avro.ArticleVerdict;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSet;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.SummaryFigure;
import io.claimwire.schemas.avro.SummaryStatus;
import io.claimwire.schemas.avro.ClaimSource;
import io.claimwire.schemas.avro.DedupMethod;
import io.claimwire.schemas.avro.Evidence;
import io.claimwire.schemas.avro.Qualifier;
import io.claimwire.schemas.avro.SourceKind;
import io.claimwire.schemas.avro.VerdictKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ClaimStore} database must do; subclasses say which database. */
abstract class ClaimStoreContract {
  static final String GROUP = "sink-test";
  static final TopicPartition SETS = new TopicPartition("news.claim-sets", 0);
  static final TopicPartition VERDICTS = new TopicPartition("news.article-verdicts", 0);
  static final TopicPartition SUMMARIES = new TopicPartition("news.claim-summaries", 0);
  static final ClaimStore.Origin ORIGIN = new ClaimStore.Origin(GROUP, "cluster-A", Map.of(
      SETS.topic(), "sets-1", VERDICTS.topic(), "verdicts-1", SUMMARIES.topic(), "summaries-1"));
  ClaimStore store;

  abstract ClaimStore open() throws Exception;

  @BeforeEach
  void start() throws Exception {
    store = open();
  }

  @AfterEach
  void stop() {
    store.close();
  }

  @Test
  void shouldStoreRowsAndPositionsTogether() {
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(verdict("r1", "a1", 1)), List.of(set("a1", 1, 40, 65)),
        Map.of(VERDICTS, 1L, SETS, 1L)));

    assertThat(store.positions(ORIGIN)).containsOnly(Map.entry(VERDICTS, 1L), Map.entry(SETS, 1L));
    assertThat(store.count("verdicts")).isEqualTo(1);
    assertThat(store.count("claims")).isEqualTo(2);
    List<Map<String, Object>> claims = new ArrayList<>();
    store.export("claims", claims::add);
    assertThat(claims).extracting(c -> ((Number) c.get("figure")).doubleValue()).containsExactly(40.0, 65.0);
    assertThat(claims.get(0)).containsEntry("qualifier", "AT_LEAST").containsEntry("source_name", "Dana Reyes")
        .containsEntry("source_kind", "PERSON");
  }

  @Test
  void shouldUsePositionsOnlyOfTheSameClusterAndTopicIncarnation() {
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(verdict("r1", "a1", 1)), List.of(set("a1", 1, 40)),
        Map.of(VERDICTS, 7L, SETS, 3L)));

    ClaimStore.Origin newCluster = new ClaimStore.Origin(GROUP, "cluster-B", ORIGIN.topicIds());
    assertThat(store.positions(newCluster)).as("a wiped cluster starts from the beginning").isEmpty();
    java.util.Map<String, String> recreated = new java.util.HashMap<>(ORIGIN.topicIds());
    recreated.put(SETS.topic(), "sets-2");
    ClaimStore.Origin newTopic = new ClaimStore.Origin(GROUP, "cluster-A", recreated);
    assertThat(store.positions(newTopic)).as("a re-created topic starts from the beginning, the others go on")
        .containsOnly(Map.entry(VERDICTS, 7L));
    assertThat(store.positions(new ClaimStore.Origin("other-group", "cluster-A", ORIGIN.topicIds()))).isEmpty();

    store.apply(newCluster, new ClaimStore.Batch(List.of(verdict("r1", "a1", 1)), List.of(), Map.of(VERDICTS, 1L)));
    assertThat(store.positions(newCluster)).containsOnly(Map.entry(VERDICTS, 1L));
    assertThat(store.positions(ORIGIN)).as("the position now belongs to the new cluster").containsOnly(Map.entry(SETS, 3L));
    assertThat(store.count("verdicts")).as("reading again replaced the row").isEqualTo(1);
    assertThatThrownBy(() -> store.apply(ORIGIN, new ClaimStore.Batch(List.of(), List.of(),
        Map.of(new TopicPartition("news.unknown", 0), 1L)))).hasMessageContaining("news.unknown");
  }

  @Test
  void shouldReplaceAnOlderClaimSetAndIgnoreALateOne() {
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(), List.of(set("a1", 1, 40, 65)), Map.of(SETS, 1L)));
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(), List.of(set("a1", 2, 70)), Map.of(SETS, 2L)));
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(), List.of(set("a1", 1, 40, 65)), Map.of(SETS, 3L)));

    List<Map<String, Object>> claims = new ArrayList<>();
    store.export("claims", claims::add);
    assertThat(claims).singleElement().satisfies(c -> assertThat(c).containsEntry("article_version", 2));
    assertThat(store.positions(ORIGIN)).containsEntry(SETS, 3L);
  }

  @Test
  void shouldOrderClaimSetsOfOneArticleVersionByExtractorVersion() {
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(), List.of(withExtractor(set("a1", 2, 40), "rules-0.9.0")), Map.of(SETS, 1L)));
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(), List.of(withExtractor(set("a1", 2, 41, 42), "rules-0.10.0")), Map.of(SETS, 2L)));
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(), List.of(withExtractor(set("a1", 2, 43), "rules-0.9.5")), Map.of(SETS, 3L)));
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(), List.of(withExtractor(set("a1", 1, 44), "rules-1.0.0")), Map.of(SETS, 4L)));

    List<Map<String, Object>> claims = new ArrayList<>();
    store.export("claims", claims::add);
    assertThat(claims).as("a newer extractor replaces; an older one, or an older article version, does not")
        .extracting(c -> ((Number) c.get("figure")).intValue()).containsExactly(41, 42);
  }

  private static ClaimSet withExtractor(ClaimSet set, String extractor) {
    set.setExtractor(extractor);
    set.getClaims().forEach(c -> c.setExtractor(extractor));
    return set;
  }

  @Test
  void shouldChangeNothingWhenTheSameBatchArrivesTwice() {
    ClaimStore.Batch batch = new ClaimStore.Batch(List.of(verdict("r1", "a1", 1), verdict("r2", "a1", 1)),
        List.of(set("a1", 1, 40, 65)), Map.of(VERDICTS, 2L, SETS, 1L));
    store.apply(ORIGIN, batch);
    long seq = store.lastClaimSeq();
    store.apply(ORIGIN, batch);

    assertThat(store.lastClaimSeq()).as("the claims were not rewritten: live clients see nothing new").isEqualTo(seq);
    assertThat(store.count("verdicts")).isEqualTo(2);
    assertThat(store.count("claim_sets")).isEqualTo(1);
    assertThat(store.count("claims")).isEqualTo(2);
  }

  @Test
  void shouldWriteNothingOfABatchThatFails() {
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(verdict("r1", "a1", 1)), List.of(), Map.of(VERDICTS, 1L)));
    ClaimSet broken = set("a2", 1, 5, 5); // two claims with one id: the claims table refuses the second
    broken.getClaims().get(1).setClaimId(broken.getClaims().get(0).getClaimId());

    assertThatThrownBy(() -> store.apply(ORIGIN, new ClaimStore.Batch(List.of(verdict("r2", "a2", 1)), List.of(broken),
        Map.of(VERDICTS, 2L, SETS, 1L)))).isInstanceOf(StoreException.class);

    assertThat(store.count("verdicts")).as("the failed batch's verdict is not there").isEqualTo(1);
    assertThat(store.count("claim_sets")).isZero();
    assertThat(store.positions(ORIGIN)).as("positions did not move: the batch will be read again")
        .containsOnly(Map.entry(VERDICTS, 1L));
  }

  @Test
  void shouldKeepTheLatestSummaryPerTopicAndDropATombstonedOne() {
    TopicPartition summaries = SUMMARIES;
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(), List.of(), List.of(
        new ClaimStore.SummaryChange("killed|residents|count", summary("killed|residents|count", SummaryStatus.SINGLE, 40)),
        new ClaimStore.SummaryChange("evacuated|residents|count", summary("evacuated|residents|count", SummaryStatus.SINGLE, 900)),
        new ClaimStore.SummaryChange("killed|residents|count", summary("killed|residents|count", SummaryStatus.DISPUTED, 40, 65))),
        Map.of(summaries, 3L)));
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(), List.of(), List.of(
        new ClaimStore.SummaryChange("evacuated|residents|count", null)), Map.of(summaries, 4L)));

    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    store.export("summaries", rows::add);
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r).containsEntry("topic_key", "killed|residents|count").containsEntry("status", "DISPUTED");
      assertThat((List<?>) r.get("figures")).as("figures come back as JSON, not a string").hasSize(2);
    });
    assertThat(store.positions(ORIGIN)).containsEntry(summaries, 4L);
  }

  @Test
  void shouldGroupArticlesIntoTheirStoriesWithTheStorysSummariesDisputesFirst() {
    Instant t = Instant.parse("2026-11-20T10:00:00Z");
    ArticleVerdict a1 = storied(verdict("r1", "a1", 1), "story-a1", t);
    ArticleVerdict a2 = storied(verdict("r2", "a2", 1), "story-a1", t.plusSeconds(60));
    ArticleVerdict a1v2 = storied(verdict("r3", "a1", 2), "story-a1", t.plusSeconds(120));
    ArticleVerdict b1 = storied(verdict("r4", "b1", 1), "story-b1", t.plusSeconds(30));
    b1.setTitle("Ferry strike");
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(a1, a2, a1v2, b1), List.of(), List.of(
        new ClaimStore.SummaryChange("story-a1|evacuated|residents|count",
            storied(summary("story-a1|evacuated|residents|count", SummaryStatus.CORROBORATED, 900), "story-a1")),
        new ClaimStore.SummaryChange("story-a1|killed|residents|count",
            storied(summary("story-a1|killed|residents|count", SummaryStatus.DISPUTED, 40, 65), "story-a1"))),
        Map.of(VERDICTS, 4L, SUMMARIES, 2L)));

    List<Map<String, Object>> exported = new java.util.ArrayList<>();
    store.export("stories", exported::add);
    assertThat(exported).extracting(r -> r.get("story_id")).containsExactly("story-a1", "story-b1");
    assertThat((List<?>) exported.get(0).get("articles")).as("each article once, at its latest version").hasSize(2);
    assertThat(exported.get(1)).containsEntry("title", "Ferry strike");

    assertThat(store.stories(10, 0)).extracting(r -> r.get("story_id")).containsExactly("story-a1", "story-b1");
    Map<String, Object> story = store.story("story-a1").orElseThrow();
    assertThat((List<?>) story.get("articles")).hasSize(2);
    assertThat((List<Map<String, Object>>) story.get("summaries")).extracting(r -> r.get("status"))
        .containsExactly("DISPUTED", "CORROBORATED");
    assertThat(store.story("story-none")).isEmpty();
  }

  @Test
  void shouldGiveAStoryToAnArticleAndClaimsStoredBeforeStoriesWhenTheirSetComesBackWithOne() {
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(verdict("r1", "a1", 1)), List.of(set("a1", 1, 40, 65)),
        Map.of(VERDICTS, 1L, SETS, 1L)));
    ClaimSet again = set("a1", 1, 40, 65);
    again.setStoryId("story-a1"); // reprocessed: the same version and extractor, now with its story
    store.apply(ORIGIN, new ClaimStore.Batch(List.of(), List.of(again), Map.of(SETS, 2L)));
    List<Map<String, Object>> claims = new java.util.ArrayList<>();
    store.export("claims", claims::add);
    assertThat(claims).hasSize(2).allSatisfy(r -> assertThat(r).containsEntry("story_id", "story-a1"));
    assertThat(store.story("story-a1")).isPresent();
  }

  private static ArticleVerdict storied(ArticleVerdict v, String storyId, Instant at) {
    v.setStoryId(storyId);
    v.setDecidedAt(at);
    return v;
  }

  private static ClaimSummary storied(ClaimSummary s, String storyId) {
    s.setStoryId(storyId);
    return s;
  }

  private static ClaimSummary summary(String topic, SummaryStatus status, double... values) {
    List<SummaryFigure> figures = new java.util.ArrayList<>();
    for (double v : values) {
      figures.add(SummaryFigure.newBuilder().setValue(v).setQualifier(Qualifier.EXACT).setSources(List.of("mayor"))
          .setOutlets(List.of("Post")).setIndependentOutlets(1).setClaimIds(List.of("c" + v))
          .setFirstSeen(java.time.Instant.EPOCH).setLastSeen(java.time.Instant.EPOCH).build());
    }
    return ClaimSummary.newBuilder().setTopicKey(topic).setMeasure("killed").setFigures(figures).setStatus(status)
        .setUpdatedAt(java.time.Instant.EPOCH).build();
  }

  @Test
  void shouldSearchClaimsByFiltersStatusWindowSortAndPage() {
    ApiFixtures.fill(store);
    java.util.function.Function<ClaimQuery, List<Object>> ids = q -> store.claims(q).stream().map(r -> r.get("claim_id")).toList();
    assertThat(ids.apply(new ClaimQuery(Map.of("source", "reyes"), null, null, null, "value", false, 50, 0)))
        .containsExactly("a1-c0");
    assertThat(ids.apply(new ClaimQuery(Map.of("measure", "INJ"), null, null, null, "value", true, 50, 0)))
        .containsExactly("a2-c0", "a1-c0");
    assertThat(ids.apply(new ClaimQuery(Map.of(), null, null, "disputed", "value", false, 50, 0)))
        .as("claims in a disputed summary").containsExactly("a1-c0", "a2-c0");
    assertThat(ids.apply(new ClaimQuery(Map.of(), Instant.parse("2026-11-21T00:00:00Z"), null, null, "published", false, 50, 0)))
        .containsExactly("a2-c0");
    assertThat(ids.apply(new ClaimQuery(Map.of("text", "100%_"), null, null, null, "value", false, 50, 0)))
        .as("LIKE wildcards in the text are literal").isEmpty();
    assertThat(ids.apply(new ClaimQuery(Map.of(), null, null, null, "value", false, 2, 1))).containsExactly("a1-c0", "a2-c0");
    assertThat(store.claim("a2-c0")).hasValueSatisfying(c -> assertThat(c).containsEntry("source_name", "Sam Ito")
        .containsEntry("sentence_start", 10));
    assertThat(store.claim("nope")).isEmpty();
    long last = store.lastClaimSeq();
    assertThat(store.claimsAfter(0, 10)).hasSize(3);
    assertThat(store.claimsAfter(last, 10)).isEmpty();
    assertThat(store.summaries("DISPUTED", 10, 0)).singleElement().satisfies(r -> assertThat(r).containsEntry("location", "Port Vell"));
    assertThat(store.article("a1")).hasValueSatisfying(a -> assertThat((List<?>) a.get("versions")).hasSize(1));
    assertThat(store.reachable()).isTrue();
    assertThatThrownBy(() -> new ClaimQuery(Map.of("password", "x"), null, null, null, "value", false, 10, 0))
        .hasMessageContaining("unknown filter");
    assertThatThrownBy(() -> new ClaimQuery(Map.of(), null, null, null, "value; DROP TABLE claims", false, 10, 0))
        .hasMessageContaining("unknown sort");
  }

  @Test
  void shouldRefuseToExportAnUnknownTable() {
    assertThatThrownBy(() -> store.export("secrets", row -> { })).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("claims");
  }

  static ArticleVerdict verdict(String recordId, String articleId, int version) {
    return ArticleVerdict.newBuilder().setRecordId(recordId).setArticleId(articleId).setArticleVersion(version)
        .setVerdict(version == 1 ? VerdictKind.ORIGINAL : VerdictKind.UPDATE).setMethod(DedupMethod.NONE)
        .setUrl("https://example.org/" + articleId).setOutlet("Example").setTitle("Flood report")
        .setDecidedAt(Instant.parse("2026-11-20T10:00:00Z")).build();
  }

  static ClaimSet set(String articleId, int version, double... values) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      String sentence = "At least " + (long) values[i] + " people were injured, Dana Reyes said.";
      claims.add(Claim.newBuilder().setClaimId(articleId + "-" + version + "-" + i).setArticleId(articleId)
          .setArticleVersion(version).setValue(values[i]).setQualifier(Qualifier.AT_LEAST).setMeasure("injured")
          .setSubject("people").setSource(ClaimSource.newBuilder().setName("Dana Reyes").setKind(SourceKind.PERSON).build())
          .setEvidence(Evidence.newBuilder().setSentence(sentence).setStart(0).setEnd(sentence.length()).build())
          .setExtractor("test").build());
    }
    return ClaimSet.newBuilder().setArticleId(articleId).setArticleVersion(version).setRecordId("r-" + articleId)
        .setExtractor("test").setClaims(claims).setExtractedAt(Instant.parse("2026-11-20T10:00:01Z")).build();
  }
}
