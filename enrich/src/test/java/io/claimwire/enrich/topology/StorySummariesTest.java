package io.claimwire.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.ArticleVerdict;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.RawArticle;
import io.claimwire.schemas.avro.SummaryFigure;
import io.claimwire.schemas.avro.SummaryStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twelve unrelated stories of our own that count the same things (people killed, residents evacuated, arrests),
 * each told by three outlets in their own words, interleaved as a feed brings them, through the whole topology:
 * no story and no summary mixes two of them, no summary disputes where the sources agree, and every dispute we
 * planted (a second source giving a toll far from the first) is found.
 */
class StorySummariesTest {
  private static final String[] PLACES = {"Marrow County", "Kestrel Bay", "Hollin Ridge", "Saltmarsh", "Pellam",
      "Ferriby Cross", "Upper Wick", "Calder Fen", "Brackwater", "Thornleigh", "Gansey Point", "Ludmere"};
  private static final String[] EVENTS = {"flood", "wildfire", "storm", "landslide", "factory fire", "earthquake",
      "rail crash", "building collapse", "ferry accident", "chemical spill", "dam failure", "mine collapse"};
  private static final String[] PEOPLE = {"Ana Ruiz", "Tomas Hale", "Ida Brandt", "Olu Achebe", "Mara Quist",
      "Ben Oyelaran", "Lena Vos", "Pavel Novak", "Ruth Kagame", "Emil Sato", "Nora Linde", "Kofi Mensah"};
  private static final String[] OUTLETS = {"Harbour Post", "Valley Herald", "North Courier"};
  private static final int STORIES = PLACES.length;

  @TempDir Path state;
  private final Topics topics = Topics.defaults();
  private TopologyTestDriver driver;
  private TestInputTopic<String, RawArticle> raw;
  private TestOutputTopic<String, ArticleVerdict> verdicts;
  private TestOutputTopic<String, Claim> claims;
  private TestOutputTopic<String, ClaimSummary> summaries;

  @BeforeEach
  void start() {
    open();
  }

  private void open() {
    EnrichConfig config = new EnrichConfig("story-test", "unused:9092", state, topics, new Properties());
    driver = new TopologyTestDriver(EnrichTopology.build(config), config.streamsProperties());
    raw = driver.createInputTopic(topics.raw.name(), new StringSerializer(), topics.raw.valueSerde().serializer());
    verdicts = driver.createOutputTopic(topics.verdicts.name(), new StringDeserializer(),
        topics.verdicts.valueSerde().deserializer());
    claims = driver.createOutputTopic(topics.claims.name(), new StringDeserializer(),
        topics.claims.valueSerde().deserializer());
    summaries = driver.createOutputTopic(topics.claimSummaries.name(), new StringDeserializer(),
        topics.claimSummaries.valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  /** Stories whose second source gives a toll three times the first's. */
  private static boolean planted(int story) {
    return story % 3 == 0;
  }

  private record Item(int story, RawArticle article) {}

  private static List<Item> feed(long seed) {
    Random r = new Random(seed);
    Instant start = Instant.parse("2026-04-06T06:00:00Z");
    List<Item> items = new ArrayList<>();
    for (int s = 0; s < STORIES; s++) {
      String place = PLACES[s];
      String event = EVENTS[s];
      int toll = 12 + 5 * s;
      int evacuated = 300 + 40 * s;
      Instant begins = start.plus(Duration.ofMinutes(r.nextInt(36 * 60)));
      for (int o = 0; o < OUTLETS.length; o++) {
        Instant at = begins.plus(Duration.ofMinutes(30L * o + r.nextInt(20)));
        String mayor = "Mayor " + PEOPLE[s];
        String text = switch (o) {
          case 0 -> "Rescue teams searched through the night after the " + event + " in " + place + ". " + mayor
              + " said " + toll + " people were killed. About " + evacuated + " residents were evacuated from "
              + place + ", officials said.";
          case 1 -> "The " + event + " that struck " + place + " on Monday killed " + toll + " people, according to "
              + mayor + ". Police said " + (3 + s) + " people had been arrested over the " + event + ".";
          default -> planted(s)
              ? "Hospitals in " + place + " were overwhelmed after the " + event + ". The regional health agency said "
                  + (toll * 3) + " people were killed in " + place + ", far more than the mayor's count."
              : "Mourners gathered in " + place + " after the " + event + ". " + mayor + " said " + toll
                  + " people were killed and " + evacuated + " residents were evacuated.";
        };
        String title = place + " " + event + (o == 2 ? ": mourning and questions" : ": what we know");
        RawArticle a = Articles.article("s" + s + "-o" + o, "https://" + o + ".example/" + s, text)
            .setOutlet(OUTLETS[o]).setTitle(title).setPublishedAt(at).setFetchedAt(at).build();
        items.add(new Item(s, a));
      }
    }
    items.sort((a, b) -> a.article().getPublishedAt().compareTo(b.article().getPublishedAt()));
    return items;
  }

  @Test
  void unrelatedStoriesNeverMeetAndEveryPlantedDisputeIsFound() {
    Map<String, Integer> truthOfRecord = new HashMap<>();
    for (Item it : feed(20261206L)) {
      truthOfRecord.put(it.article().getRecordId(), it.story());
      raw.pipeInput(it.article().getRecordId(), it.article(), it.article().getPublishedAt());
    }
    driver.advanceWallClockTime(Duration.ofSeconds(5));

    Map<String, Integer> truthOfArticle = new HashMap<>();
    Map<String, Set<Integer>> truthsOfStory = new HashMap<>();
    for (ArticleVerdict v : verdicts.readValuesToList()) {
      int truth = truthOfRecord.get(v.getRecordId());
      truthOfArticle.put(v.getArticleId(), truth);
      assertThat(v.getStoryId()).as("every article is in a story").isNotNull();
      truthsOfStory.computeIfAbsent(v.getStoryId(), k -> new HashSet<>()).add(truth);
    }
    assertThat(truthsOfStory.values()).as("no story mixes two").allSatisfy(t -> assertThat(t).hasSize(1));
    assertThat(truthsOfStory).as("each told story is one story").hasSize(STORIES);

    Map<String, Integer> truthOfClaim = new HashMap<>();
    for (Claim c : claims.readValuesToList()) {
      truthOfClaim.put(c.getClaimId(), truthOfArticle.get(c.getArticleId()));
    }
    Map<String, ClaimSummary> latest = new HashMap<>(summaries.readKeyValuesToMap());
    latest.values().removeIf(s -> s == null);
    Set<Integer> disputedStories = new HashSet<>();
    for (ClaimSummary s : latest.values()) {
      Set<Integer> truths = new HashSet<>();
      for (SummaryFigure f : s.getFigures()) {
        f.getClaimIds().forEach(id -> truths.add(truthOfClaim.get(id)));
      }
      assertThat(truths).as("summary %s mixes stories", s.getTopicKey()).hasSize(1);
      int truth = truths.iterator().next();
      if (s.getStatus() == SummaryStatus.DISPUTED) {
        assertThat(planted(truth)).as("false dispute %s: %s", s.getTopicKey(), s.getNote()).isTrue();
        assertThat(s.getMeasure()).isEqualTo("killed");
        disputedStories.add(truth);
      }
    }
    Set<Integer> plantedStories = new HashSet<>();
    for (int s = 0; s < STORIES; s++) {
      if (planted(s)) {
        plantedStories.add(s);
      }
    }
    assertThat(disputedStories).as("every planted dispute found").isEqualTo(plantedStories);
    long corroborated = latest.values().stream().filter(s -> s.getStatus() == SummaryStatus.CORROBORATED).count();
    assertThat(corroborated).as("the stories' agreed tolls are corroborated").isGreaterThanOrEqualTo(STORIES - plantedStories.size());
  }

  @Test
  void aTopicIsSummarisedOncePerPassHoweverManyArticlesChangedItAndAChangeSurvivesARestart() {
    List<Item> items = feed(7L);
    for (Item it : items) {
      raw.pipeInput(it.article().getRecordId(), it.article(), it.article().getPublishedAt());
    }
    assertThat(summaries.isEmpty()).as("nothing before the pass").isTrue();
    driver.advanceWallClockTime(ClaimSummarizer.EVERY);
    var keys = summaries.readKeyValuesToList().stream().map(kv -> kv.key).toList();
    assertThat(keys).as("one summary per topic").doesNotHaveDuplicates().isNotEmpty();

    // one more article on one story: until the next pass its topics are marked in a persistent (changelogged) store,
    // which a restarted task reads back, so a crash before the pass loses no summary
    RawArticle later = Articles.article("late", "https://late.example/0", "Two days on, Marrow County is "
            + "counting the cost of the flood: 12 people were killed, Mayor Ana Ruiz told a briefing on Wednesday.")
        .setOutlet("Late Gazette").setTitle("Marrow County flood: what we know")
        .setPublishedAt(Instant.parse("2026-04-08T06:00:00Z")).build();
    raw.pipeInput("late", later, later.getPublishedAt());
    var changed = driver.<String, Long>getKeyValueStore(EnrichTopology.SUMMARY_CHANGED_STORE);
    assertThat(changed.approximateNumEntries()).as("marked, not yet summarised").isPositive();
    assertThat(summaries.isEmpty()).isTrue();
    driver.advanceWallClockTime(ClaimSummarizer.EVERY);
    List<ClaimSummary> after = summaries.readValuesToList();
    assertThat(after).as("the late article's topics").isNotEmpty()
        .allSatisfy(s -> assertThat(s.getFigures().stream().flatMap(f -> f.getOutlets().stream()))
            .contains("Late Gazette"));
    try (var left = changed.all()) {
      assertThat(left.hasNext()).as("marks cleared by the pass").isFalse();
    }
  }

  /** The first report of a flood story, published at {@code at}. */
  private static RawArticle marrowFlood(String recordId, Instant at) {
    return Articles.article(recordId, "https://post.example/marrow", "Floodwater swept through Marrow County "
            + "overnight. Mayor Ana Ruiz said 14 people were killed and 600 residents were evacuated.")
        .setOutlet("Harbour Post").setTitle("Marrow County flood kills 14").setPublishedAt(at).build();
  }

  private Map<String, ArticleVerdict> verdictsByRecord() {
    Map<String, ArticleVerdict> byRecord = new HashMap<>();
    verdicts.readValuesToList().forEach(v -> byRecord.put(v.getRecordId(), v));
    return byRecord;
  }

  @Test
  void anUpdateKeepsItsStoryAndAStoryClosesAfterItsWindow() {
    Instant t = Instant.parse("2026-05-04T08:00:00Z");
    RawArticle first = marrowFlood("w1", t);
    RawArticle update = Articles.article("w2", "https://post.example/marrow", "Floodwater swept through Marrow "
        + "County overnight. Mayor Ana Ruiz said 17 people were killed; 650 residents were evacuated by noon.")
        .setOutlet("Harbour Post").setTitle("Marrow County flood: toll rises to 17").setPublishedAt(t.plusSeconds(7_200))
        .build();
    RawArticle elsewhere = Articles.article("w3", "https://herald.example/kestrel", "A storm tore roofs off in Kestrel "
        + "Bay, Governor Lena Vos said, and 40 people were hurt.").setOutlet("Valley Herald")
        .setTitle("Kestrel Bay storm").setPublishedAt(t.plus(Duration.ofDays(9))).build();
    RawArticle later = Articles.article("w4", "https://courier.example/marrow-inquiry", "Nine days after the flood, "
        + "Marrow County opened an inquiry; Mayor Ana Ruiz said 17 people were killed.").setOutlet("North Courier")
        .setTitle("Marrow County flood inquiry").setPublishedAt(t.plus(Duration.ofDays(9))).build();
    for (RawArticle a : List.of(first, update, elsewhere, later)) {
      raw.pipeInput(a.getRecordId(), a, a.getPublishedAt());
    }
    Map<String, ArticleVerdict> byRecord = verdictsByRecord();
    assertThat(byRecord.get("w2").getVerdict().name()).isEqualTo("UPDATE");
    assertThat(byRecord.get("w2").getStoryId()).as("an update stays in its article's story")
        .isEqualTo(byRecord.get("w1").getStoryId());
    assertThat(byRecord.get("w3").getStoryId()).isNotEqualTo(byRecord.get("w1").getStoryId());
    assertThat(byRecord.get("w4").getStoryId()).as("the story closed after 7 days without an article: a new one")
        .isNotEqualTo(byRecord.get("w1").getStoryId());
  }

  @Test
  void anArticleLeavesTheTopicsItWasKeyedToByEarlierRules() {
    Instant t = Instant.parse("2026-05-04T08:00:00Z");
    RawArticle first = marrowFlood("k1", t);
    raw.pipeInput("k1", first, t);
    driver.advanceWallClockTime(ClaimSummarizer.EVERY);
    String articleId = verdictsByRecord().get("k1").getArticleId();
    var remembered = driver.<String, String>getKeyValueStore(EnrichTopology.SUMMARY_ARTICLE_TOPICS_STORE);
    String keys = remembered.get(articleId);
    assertThat(keys).as("the keys the article contributed to").contains("|killed|people|count");
    // as if an earlier build's rules had keyed one of its figures differently: that topic is the article's too
    String story = keys.substring(0, keys.indexOf('|'));
    String oldKey = story + "|dead|person|count";
    remembered.put(articleId, keys + "\n" + oldKey);
    summaries.readKeyValuesToList();

    RawArticle update = Articles.article("k2", "https://post.example/marrow", "Floodwater swept through Marrow "
        + "County overnight. Mayor Ana Ruiz said 16 people were killed and 600 residents were evacuated.")
        .setOutlet("Harbour Post").setTitle("Marrow County flood kills 16").setPublishedAt(t.plusSeconds(3_600))
        .build();
    raw.pipeInput("k2", update, t.plusSeconds(3_600));
    driver.advanceWallClockTime(ClaimSummarizer.EVERY);
    Map<String, ClaimSummary> out = new HashMap<>();
    summaries.readKeyValuesToList().forEach(kv -> out.put(kv.key, kv.value));
    assertThat(out).as("the old-keyed topic is retracted: a tombstone").containsKey(oldKey);
    assertThat(out.get(oldKey)).isNull();
    assertThat(remembered.get(articleId)).doesNotContain(oldKey);
  }

  @Test
  void anUndatedArticleDoesNotMoveTheStoryClock() {
    Instant t = Instant.parse("2026-05-04T08:00:00Z");
    RawArticle first = marrowFlood("u1", t);
    // no published time; it reaches the raw topic now, months after the others were published (a replay)
    RawArticle undated = Articles.article("u2", "https://herald.example/buses", "The city will add 120 buses to its "
        + "fleet by December, Transport Commissioner Lena Vos announced.").setOutlet("Valley Herald")
        .setTitle("More buses for the city").build();
    RawArticle followUp = Articles.article("u3", "https://courier.example/marrow-count", "Marrow County's sheriff "
        + "said 600 residents were evacuated as floodwater swept through, and Mayor Ana Ruiz said 14 people were killed.")
        .setOutlet("North Courier").setTitle("Marrow County flood: the count").setPublishedAt(t.plusSeconds(86_400))
        .build();
    raw.pipeInput("u1", first, t);
    raw.pipeInput("u2", undated, Instant.parse("2026-12-01T00:00:00Z"));
    raw.pipeInput("u3", followUp, t.plusSeconds(86_400));
    Map<String, ArticleVerdict> byRecord = verdictsByRecord();
    assertThat(byRecord.get("u3").getStoryId()).as("the follow-up a day later joins; the undated article closed nothing")
        .isEqualTo(byRecord.get("u1").getStoryId());
  }
}
