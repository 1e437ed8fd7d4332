package io.claimwire.enrich.topology;

import static io.claimwire.enrich.topology.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.schemas.DeadLetterHeaders;
import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.ArticleVerdict;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSet;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.SummaryFigure;
import io.claimwire.schemas.avro.SummaryStatus;
import java.util.Map;
import io.claimwire.schemas.avro.DedupMethod;
import io.claimwire.schemas.avro.RawArticle;
import io.claimwire.schemas.avro.VerdictKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {
  private static final String STORY = "Rescuers said at least 120 people were evacuated from the valley.\n\n"
      + "The regional government said 14 bridges were closed.";

  @TempDir Path state;
  private final Topics topics = Topics.defaults();
  private TopologyTestDriver driver;
  private TestInputTopic<String, RawArticle> raw;
  private TestInputTopic<byte[], byte[]> rawBytes;
  private TestOutputTopic<String, ArticleVerdict> verdicts;
  private TestOutputTopic<String, ClaimSet> claimSets;
  private TestOutputTopic<String, Claim> claims;
  private TestOutputTopic<byte[], byte[]> dlq;
  private TestOutputTopic<String, ClaimSummary> summaries;

  @BeforeEach
  void start() {
    EnrichConfig config = new EnrichConfig("enrich-test", "unused:9092", state, topics, new Properties());
    driver = new TopologyTestDriver(EnrichTopology.build(config), config.streamsProperties());
    raw = driver.createInputTopic(topics.raw.name(), new StringSerializer(), topics.raw.valueSerde().serializer());
    rawBytes = driver.createInputTopic(topics.raw.name(), new ByteArraySerializer(), new ByteArraySerializer());
    verdicts = driver.createOutputTopic(topics.verdicts.name(), new StringDeserializer(),
        topics.verdicts.valueSerde().deserializer());
    claimSets = driver.createOutputTopic(topics.claimSets.name(), new StringDeserializer(),
        topics.claimSets.valueSerde().deserializer());
    claims = driver.createOutputTopic(topics.claims.name(), new StringDeserializer(),
        topics.claims.valueSerde().deserializer());
    dlq = driver.createOutputTopic(topics.dlqEnrich.name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    summaries = driver.createOutputTopic(topics.claimSummaries.name(), new StringDeserializer(),
        topics.claimSummaries.valueSerde().deserializer());
  }

  @Test
  void aReprocessedArticleGetsItsClaimSetAgainWithTheSameClaimIdsAndNoTombstones() {
    raw.pipeInput("k", article("r1", "https://post.example/valley", STORY).build());
    ClaimSet first = claimSets.readValue();
    List<org.apache.kafka.streams.test.TestRecord<String, Claim>> firstClaims = claims.readRecordsToList();
    assertThat(firstClaims).hasSize(first.getClaims().size()).isNotEmpty();
    var articles = driver.createOutputTopic(topics.articles.name(), new StringDeserializer(),
        topics.articles.valueSerde().deserializer());
    var stored = articles.readKeyValuesToList();
    assertThat(stored).hasSize(1);

    var reprocess = driver.createInputTopic(topics.articlesReprocess.name(), new StringSerializer(),
        topics.articlesReprocess.valueSerde().serializer());
    reprocess.pipeInput(stored.get(0).key, stored.get(0).value);
    ClaimSet again = claimSets.readValue();
    assertThat(again.getArticleVersion()).isEqualTo(first.getArticleVersion());
    assertThat(again.getExtractor()).isEqualTo(io.claimwire.enrich.text.FigureExtractor.VERSION);
    List<org.apache.kafka.streams.test.TestRecord<String, Claim>> againClaims = claims.readRecordsToList();
    assertThat(againClaims).as("no tombstones: nothing was retracted").allSatisfy(r -> assertThat(r.value()).isNotNull());
    assertThat(againClaims).extracting(org.apache.kafka.streams.test.TestRecord::key)
        .containsExactlyElementsOf(firstClaims.stream().map(org.apache.kafka.streams.test.TestRecord::key).toList());
    assertThat(verdicts.readValuesToList()).as("dedup state untouched: one verdict, from the first pass").hasSize(1);
  }

  @Test
  void anArticleWrittenBeforeStoriesGetsOneWhenReprocessedAndItsSummariesOfTheOldKeyingAreRetracted() {
    raw.pipeInput("k", article("r1", "https://post.example/dam", DAM).build());
    var articles = driver.createOutputTopic(topics.articles.name(), new StringDeserializer(),
        topics.articles.valueSerde().deserializer());
    var stored = articles.readKeyValuesToList().get(0);
    String articleId = stored.key;
    // as it was before stories: no story on the article nor in its dedup row, claims and summaries keyed without one
    io.claimwire.schemas.avro.Article legacy = io.claimwire.schemas.avro.Article.newBuilder(stored.value)
        .setStoryId(null).build();
    var row = driver.<String, io.claimwire.schemas.avro.LatestVersion>getKeyValueStore(EnrichTopology.ARTICLE_STORE);
    var pre = row.get(articleId);
    pre.setStoryId(null);
    row.put(articleId, pre);
    driver.createInputTopic(topics.articlesReprocess.name(), new StringSerializer(),
        topics.articlesReprocess.valueSerde().serializer()).pipeInput(articleId, legacy);
    Map<String, ClaimSummary> before = summaries();
    List<String> oldKeys = before.entrySet().stream().filter(e -> e.getValue() != null)
        .map(Map.Entry::getKey).filter(k -> k.split("\\|", -1).length == 3).toList();
    assertThat(oldKeys).as("summaries of the old keying").isNotEmpty();
    claimSets.readValuesToList();

    // claimwire reprocess: through the sequencer, which gives it a story, then extraction
    driver.createInputTopic(topics.articlesRestory.name(), new StringSerializer(),
        topics.articlesRestory.valueSerde().serializer()).pipeInput(articleId, legacy);
    ClaimSet again = claimSets.readValue();
    assertThat(again.getStoryId()).as("a story now").isNotNull();
    assertThat(again.getClaims()).allSatisfy(c -> assertThat(c.getStoryId()).isEqualTo(again.getStoryId()));
    assertThat(row.get(articleId).getStoryId()).as("remembered in the article's row").isEqualTo(again.getStoryId());
    Map<String, ClaimSummary> after = summaries();
    for (String old : oldKeys) {
      assertThat(after).as("old keying retracted: %s", old).containsEntry(old, null);
    }
    assertThat(after.values().stream().filter(java.util.Objects::nonNull))
        .as("rebuilt inside the story").isNotEmpty()
        .allSatisfy(sm -> assertThat(sm.getStoryId()).isEqualTo(again.getStoryId()));
  }

  private static final String DAM = "At least 2,400 residents were evacuated from the Dene valley on Sunday, Mayor Ana "
      + "Ruiz said.\n\nThe river was still rising at noon, and schools stayed closed across the district while "
      + "engineers inspected the old dam above the town.";

  @Test
  void shouldSummariseOneFigureAcrossOutletsCountingSyndicatedCopiesOnceAndFlagADispute() {
    RawArticle first = article("d1", "https://post.example/dam", DAM).setOutlet("Harbour Post").build();
    raw.pipeInput("k", first);
    raw.pipeInput("k", article("d2", "https://herald.example/dene", "More than 2,400 inhabitants were evacuated "
        + "from the Dene valley, Ruiz told reporters.\n\nShelters opened in two sports halls.")
        .setOutlet("Valley Herald").build());
    raw.pipeInput("k", Articles.duplicateOf(first, "d3", "https://copy.example/dam"));

    Map<String, ClaimSummary> latest = summaries();
    ClaimSummary evacuated = latest.values().stream().filter(s -> "evacuated".equals(s.getMeasure()))
        .findFirst().orElseThrow();
    assertThat(evacuated.getStatus()).isEqualTo(SummaryStatus.CORROBORATED);
    SummaryFigure figure = evacuated.getFigures().get(0);
    assertThat(figure.getValue()).isEqualTo(2400.0);
    assertThat(figure.getOutlets()).containsExactly("Harbour Post", "Valley Herald");
    assertThat(figure.getIndependentOutlets()).isEqualTo(2);
    assertThat(figure.getSyndicatedOutlets()).containsExactly("Copy Daily");
    assertThat(figure.getSources()).containsExactly("Ana Ruiz");

    raw.pipeInput("k", article("d4", "https://north.example/count", "The regional government said about 900 "
        + "residents were evacuated from the Dene valley.").setOutlet("North Post").build());
    ClaimSummary disputed = summaries().get(evacuated.getTopicKey());
    assertThat(disputed.getStatus()).isEqualTo(SummaryStatus.DISPUTED);
    assertThat(disputed.getFigures()).extracting(SummaryFigure::getValue).containsExactly(2400.0, 900.0);
  }

  @Test
  void shouldCountACopyAsEvidenceOnlyForTheVersionItCopied() {
    originalCopyAndUpdate("v");

    ClaimSummary latest = summaries().values().stream()
        .filter(s -> s != null && "evacuated".equals(s.getMeasure())).findFirst().orElseThrow();
    assertThat(latest.getFigures()).singleElement().satisfies(f -> {
      assertThat(f.getValue()).isEqualTo(2900.0);
      assertThat(f.getSyndicatedOutlets()).as("the copy carried 2,400, not 2,900").isEmpty();
    });
  }

  @Test
  void shouldMoveAnUpdatedArticlesFigureAndDropTheTopicItLeft() {
    RawArticle first = article("u1", "https://post.example/dam", DAM).setOutlet("Harbour Post").build();
    raw.pipeInput("k", first);
    String topic = summaries().keySet().iterator().next();
    raw.pipeInput("k", Articles.updateOf(first, "u2", "Engineers said 12 bridges were closed in the Dene valley."));

    Map<String, ClaimSummary> latest = summaries();
    assertThat(latest).containsKey(topic);
    assertThat(latest.get(topic)).as("the article left the evacuation topic: tombstone").isNull();
    assertThat(latest.values().stream().filter(java.util.Objects::nonNull))
        .anySatisfy(s -> assertThat(s.getFigures().get(0).getValue()).isEqualTo(12.0));
  }

  /** The pipeline's own counts, as the app reads them from the instance's metrics. */
  @Test
  void shouldCountVerdictsByKindClaimsAndDeadLetters() {
    originalCopyAndUpdate("m");
    rawBytes.pipeInput("x".getBytes(), "not avro".getBytes());

    assertThat(sensor(PipelineSensors.VERDICTS, Map.of("kind", "ORIGINAL"))).isEqualTo(1.0);
    assertThat(sensor(PipelineSensors.VERDICTS, Map.of("kind", "DUPLICATE"))).isEqualTo(1.0);
    assertThat(sensor(PipelineSensors.VERDICTS, Map.of("kind", "UPDATE"))).isEqualTo(1.0);
    long claimEvents = claims.readRecordsToList().stream().filter(r -> r.value() != null).count();
    assertThat(sensor(PipelineSensors.CLAIMS, Map.of())).isEqualTo((double) claimEvents).isPositive();
    assertThat(sensor(PipelineSensors.DEAD_LETTERS, Map.of())).isEqualTo((double) dlq.readRecordsToList().size())
        .isEqualTo(1.0);
  }

  /** The dam story (2,400 evacuated), a syndicated copy of it, then an update to 2,900: records p1, p2, p3. */
  private void originalCopyAndUpdate(String p) {
    RawArticle first = article(p + "1", "https://post.example/dam", DAM).setOutlet("Harbour Post").build();
    raw.pipeInput("k", first);
    raw.pipeInput("k", Articles.duplicateOf(first, p + "2", "https://copy.example/dam"));
    raw.pipeInput("k", Articles.updateOf(first, p + "3", DAM.replace("At least 2,400", "At least 2,900")));
  }

  private double sensor(String name, Map<String, String> tags) {
    return driver.metrics().entrySet().stream()
        .filter(e -> e.getKey().group().equals(PipelineSensors.GROUP) && e.getKey().name().equals(name)
            && e.getKey().tags().equals(tags))
        .mapToDouble(e -> (Double) e.getValue().metricValue()).sum();
  }

  /** The latest summary of every topic, after the summarizer's wall-clock punctuation has run. */
  private Map<String, ClaimSummary> summaries() {
    driver.advanceWallClockTime(ClaimSummarizer.EVERY);
    return summaries.readKeyValuesToMap();
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void shouldMarkFirstCopyOriginalAndEmitItsClaims() {
    raw.pipeInput("k", article("r1", "https://example.org/flood", STORY).build());

    ArticleVerdict v = verdicts.readValue();
    assertThat(v.getVerdict()).isEqualTo(VerdictKind.ORIGINAL);
    assertThat(v.getArticleVersion()).isEqualTo(1);
    ClaimSet set = claimSets.readValue();
    assertThat(set.getClaims()).extracting(Claim::getValue).containsExactly(120.0, 14.0);
    assertThat(claims.readValuesToList()).hasSize(2);
  }

  @Test
  void shouldMarkSyndicatedCopyAsDuplicate() {
    RawArticle original = article("r1", "https://example.org/flood", STORY).build();
    raw.pipeInput("k", original);
    raw.pipeInput("k", Articles.duplicateOf(original, "r2", "https://copy.example.net/story/99"));

    List<ArticleVerdict> vs = verdicts.readValuesToList();
    assertThat(vs).extracting(ArticleVerdict::getVerdict).containsExactly(VerdictKind.ORIGINAL, VerdictKind.DUPLICATE);
    assertThat(vs.get(1).getDuplicateOf()).isEqualTo("r1");
    assertThat(vs.get(1).getMethod()).isEqualTo(DedupMethod.EXACT_TEXT);
    assertThat(claimSets.readValuesToList()).hasSize(1);
  }

  private static final String LONG_STORY = "Flood waters rose through the night across the lower valley, forcing crews "
      + "to close the main bridge before dawn. At least 1,200 residents were evacuated from riverside homes in Marrow "
      + "County, the county emergency director said on Tuesday. \"We moved people early and that saved lives,\" she "
      + "told reporters at a shelter in the high school gym. Firefighters pulled 37 people from cars and rooftops over "
      + "the past 24 hours, the fire service said. Forecasters warned that up to 90 mm of rain could fall before the "
      + "weekend, and the river is expected to crest on Thursday afternoon.";

  @Test
  void shouldMarkAnEditedSyndicatedCopyAsNearDuplicateOfTheFirstCopy() {
    raw.pipeInput("k", article("r1", "https://valley.example/flood", LONG_STORY).build());
    String edited = "By Wire Staff\n\nEditor's note: this story was first published by the Valley Herald. "
        + LONG_STORY.replace("\"", "“").replace(" and the river is expected to crest on Thursday afternoon", "")
        + "\n\nShare this article.";
    raw.pipeInput("k", article("r2", "https://wire.example/story/7", edited).setOutlet("Coast Wire").build());

    List<ArticleVerdict> vs = verdicts.readValuesToList();
    assertThat(vs).extracting(ArticleVerdict::getVerdict).containsExactly(VerdictKind.ORIGINAL, VerdictKind.DUPLICATE);
    assertThat(vs.get(1).getMethod()).isEqualTo(DedupMethod.NEAR_DUPLICATE);
    assertThat(vs.get(1).getDuplicateOf()).isEqualTo("r1");
    assertThat(vs.get(1).getArticleId()).isEqualTo(vs.get(0).getArticleId());
    assertThat(vs.get(1).getSimilarity()).isBetween(0.5, 1.0);
    assertThat(claimSets.readValuesToList()).as("a copy brings no claims of its own").hasSize(1);
  }

  @Test
  void shouldKeepADistinctArticleOnTheSameStoryWithTheSameFiguresOriginal() {
    raw.pipeInput("k", article("r1", "https://valley.example/flood", LONG_STORY).build());
    String other = "Marrow County ordered at least 1,200 residents to leave as the river burst its banks on Tuesday. "
        + "Rescue teams pulled 37 people to safety in the past 24 hours, many stranded in cars on flooded roads. The "
        + "weather service expects up to 90 mm of further rain, and shop owners began stacking sandbags.";
    raw.pipeInput("k", article("r2", "https://other.example/news/1", other).setOutlet("Other Daily").build());

    assertThat(verdicts.readValuesToList()).extracting(ArticleVerdict::getVerdict)
        .containsExactly(VerdictKind.ORIGINAL, VerdictKind.ORIGINAL);
    assertThat(claimSets.readValuesToList()).hasSize(2);
  }

  @Test
  void shouldMarkChangedTextAtSameUrlAsUpdateAndRetractDroppedClaims() {
    RawArticle original = article("r1", "https://example.org/flood", STORY).build();
    raw.pipeInput("k", original);
    raw.pipeInput("k", Articles.updateOf(original, "r2",
        "Rescuers said at least 150 people were evacuated from the valley."));

    List<ArticleVerdict> vs = verdicts.readValuesToList();
    assertThat(vs.get(1).getVerdict()).isEqualTo(VerdictKind.UPDATE);
    assertThat(vs.get(1).getArticleVersion()).isEqualTo(2);
    assertThat(vs.get(1).getArticleId()).isEqualTo(vs.get(0).getArticleId());
    List<ClaimSet> sets = claimSets.readValuesToList();
    assertThat(sets).extracting(ClaimSet::getArticleVersion).containsExactly(1, 2);
    List<TestRecord<String, Claim>> events = claims.readRecordsToList();
    long tombstones = events.stream().filter(r -> r.value() == null).count();
    assertThat(tombstones).as("both version-1 claims are gone in version 2").isEqualTo(2);
  }

  @Test
  void shouldTreatARecrawlThatChangesOnlyACounterAsDuplicate() {
    RawArticle first = article("c1", "https://example.org/flood", STORY + "\n\n12 comments").build();
    raw.pipeInput("k", first);
    raw.pipeInput("k", Articles.updateOf(first, "c2", STORY + "\n\n31 comments · Viewed 2,204 times"));

    List<ArticleVerdict> vs = verdicts.readValuesToList();
    assertThat(vs).extracting(ArticleVerdict::getVerdict).containsExactly(VerdictKind.ORIGINAL, VerdictKind.DUPLICATE);
    assertThat(vs.get(1).getMethod()).isEqualTo(DedupMethod.SAME_URL);
    assertThat(vs.get(1).getDuplicateOf()).isEqualTo("c1");
  }

  @Test
  void shouldForgetDedupStateAfterTheRetentionWindowButKeepArticleVersions() {
    java.time.Instant t0 = java.time.Instant.parse("2026-03-01T00:00:00Z");
    RawArticle first = article("w1", "https://example.org/flood", LONG_STORY).build();
    raw.pipeInput("k", first, t0);
    raw.pipeInput("k", article("w2", "https://copy.example/a", LONG_STORY).setOutlet("Copy Daily").build(),
        t0.plus(java.time.Duration.ofDays(6)));
    // eight days on: the copy's original is forgotten, so the same text elsewhere is new again ...
    raw.pipeInput("k", article("w3", "https://late.example/b", LONG_STORY).setOutlet("Late Daily").build(),
        t0.plus(java.time.Duration.ofDays(8)));
    raw.pipeInput("k", article("w4", "https://later.example/c", LONG_STORY).setOutlet("Later Daily").build(),
        t0.plus(java.time.Duration.ofDays(15)).plusSeconds(1));
    // ... while the first URL's version counter is kept: its text again is a copy of its latest version
    raw.pipeInput("k", article("w5", "https://example.org/flood", LONG_STORY).build(),
        t0.plus(java.time.Duration.ofDays(30)));

    List<ArticleVerdict> vs = verdicts.readValuesToList();
    assertThat(vs).extracting(ArticleVerdict::getVerdict).containsExactly(VerdictKind.ORIGINAL,
        VerdictKind.DUPLICATE, VerdictKind.ORIGINAL, VerdictKind.ORIGINAL, VerdictKind.DUPLICATE);
    assertThat(vs.get(1).getDuplicateOf()).isEqualTo("w1");
    assertThat(vs.get(4).getMethod()).isEqualTo(DedupMethod.SAME_URL);
    assertThat(vs.get(4).getDuplicateOf()).isEqualTo("w1");
    var verdictStore = driver.<String, ArticleVerdict>getKeyValueStore(EnrichTopology.VERDICT_STORE);
    assertThat(verdictStore.get("w1")).as("purged by the retention punctuator").isNull();
    assertThat(verdictStore.get("w5")).isNotNull();
    assertThat(driver.<String, byte[]>getKeyValueStore(EnrichTopology.SIGNATURE_STORE).get("w3")).isNull();
  }

  @Test
  void shouldGiveRedeliveredRecordItsEarlierVerdict() {
    RawArticle original = article("r1", "https://example.org/flood", STORY).build();
    raw.pipeInput("k", original);
    raw.pipeInput("k", original);

    List<ArticleVerdict> vs = verdicts.readValuesToList();
    assertThat(vs).hasSize(2);
    assertThat(vs.get(1)).isEqualTo(vs.get(0));
    assertThat(claimSets.readValuesToList()).hasSize(1);
  }

  @Test
  void shouldSendUndecodableRecordToDeadLetterTopicAndCarryOn() {
    rawBytes.pipeInput("k".getBytes(), "{not avro".getBytes(StandardCharsets.UTF_8));
    raw.pipeInput("k", article("r1", "https://example.org/flood", STORY).build());

    TestRecord<byte[], byte[]> letter = dlq.readRecord();
    assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{not avro");
    assertThat(new String(letter.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
        .contains("undecodable raw article");
    assertThat(verdicts.readValuesToList()).hasSize(1);
  }

  @Test
  void shouldDeadLetterUndecodableRecordsOnTheSummarySideAndCarryOn() {
    TestInputTopic<String, byte[]> sets = driver.createInputTopic(topics.claimSets.name(), new StringSerializer(),
        new ByteArraySerializer());
    TestInputTopic<String, byte[]> verdictsIn = driver.createInputTopic(topics.verdicts.name(), new StringSerializer(),
        new ByteArraySerializer());
    sets.pipeInput("a-broken", "not a claim set".getBytes(StandardCharsets.UTF_8));
    verdictsIn.pipeInput("r-broken", "not a verdict".getBytes(StandardCharsets.UTF_8));
    raw.pipeInput("k", article("ok1", "https://post.example/dam", DAM).setOutlet("Harbour Post").build());

    List<String> reasons = dlq.readRecordsToList().stream()
        .map(r -> new String(r.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
        .toList();
    assertThat(reasons).anyMatch(r -> r.startsWith("undecodable claim set"))
        .anyMatch(r -> r.startsWith("undecodable verdict"));
    assertThat(summaries()).as("the pipeline carried on").isNotEmpty();
  }

  @Test
  void shouldSendArticleWithNoTextToDeadLetterTopic() {
    raw.pipeInput("k", article("r9", null, "Share This Article\n").build());

    assertThat(verdicts.isEmpty()).isTrue();
    assertThat(new String(dlq.readRecord().headers().lastHeader(DeadLetterHeaders.REASON).value(),
        StandardCharsets.UTF_8)).contains("no text");
  }

  @Test
  void shouldNameEveryProcessorAndStore() {
    Topology topology = EnrichTopology.build(
        new EnrichConfig("enrich-test", "unused:9092", state, topics, new Properties()));
    String described = topology.describe().toString();
    assertThat(described).contains(EnrichTopology.SEQUENCER, EnrichTopology.EXTRACTION, EnrichTopology.VERDICT_STORE,
        EnrichTopology.CONTENT_STORE, EnrichTopology.ARTICLE_STORE, EnrichTopology.SIGNATURE_STORE, EnrichTopology.EXPIRY_STORE,
        EnrichTopology.CLAIM_SET_STORE, EnrichTopology.COPY_NOTICES, EnrichTopology.CONTRIBUTIONS,
        EnrichTopology.SUMMARIZER, EnrichTopology.SUMMARY_SETS_STORE, EnrichTopology.SUMMARY_COPIES_STORE,
        EnrichTopology.SUMMARY_TOPIC_STORE, EnrichTopology.COPIES_REPARTITION, EnrichTopology.CONTRIBUTIONS_REPARTITION)
        .doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
  }
}
