package io.claimwire.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.RawArticle;
import io.claimwire.schemas.avro.SummaryFigure;
import io.claimwire.schemas.avro.SummaryStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
 * Two outlets of one story that word one figure differently, through the whole topology: the figure's topics are one
 * group, summarised under one name, and a figure another outlet gives for a different question stays apart. An
 * update that no longer shares the figure splits the group again.
 */
class StoryLinksTest {
  @TempDir Path state;
  private final Topics topics = Topics.defaults();
  private TopologyTestDriver driver;
  private TestInputTopic<String, RawArticle> raw;
  private TestOutputTopic<String, ClaimSummary> summaries;
  /** Every summary key's latest value (null: retracted). */
  private final Map<String, ClaimSummary> latest = new HashMap<>();
  private static final Instant T = Instant.parse("2026-08-02T07:00:00Z");

  @BeforeEach
  void start() {
    EnrichConfig config = new EnrichConfig("links-test", "unused:9092", state, topics, new Properties());
    driver = new TopologyTestDriver(EnrichTopology.build(config), config.streamsProperties());
    raw = driver.createInputTopic(topics.raw.name(), new StringSerializer(), topics.raw.valueSerde().serializer());
    summaries = driver.createOutputTopic(topics.claimSummaries.name(), new StringDeserializer(),
        topics.claimSummaries.valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private void feed(String record, String url, String outlet, String title, String text, Instant at) {
    RawArticle a = Articles.article(record, url, text).setOutlet(outlet).setTitle(title).setPublishedAt(at).build();
    raw.pipeInput(record, a, at);
    driver.advanceWallClockTime(ClaimSummarizer.EVERY);
    summaries.readKeyValuesToList().forEach(kv -> latest.put(kv.key, kv.value));
  }

  /** The summaries now standing that hold a figure of this value, with the outlets of each such figure. */
  private Map<String, List<String>> holding(double value) {
    Map<String, List<String>> out = new HashMap<>();
    latest.forEach((key, s) -> {
      if (s != null) {
        for (SummaryFigure f : s.getFigures()) {
          if (f.getValue() == value) {
            out.put(key, f.getOutlets());
          }
        }
      }
    });
    return out;
  }

  private static final String HERALD_URL = "https://herald.example/carrow";

  private void bothOutlets(String heraldText) {
    feed("a1", "https://post.example/carrow", "Harbour Post", "Carrow Hills wildfire: thousands flee",
        "A wildfire raced through Carrow Hills on Sunday. The blaze forced 6,500 residents of Carrow Hills from their "
            + "homes, the fire service said. Firefighters said 14 people were killed in Carrow Hills.", T);
    feed("a2", HERALD_URL, "Valley Herald", "Carrow Hills wildfire: residents evacuated", heraldText,
        T.plus(Duration.ofHours(2)));
  }

  @Test
  void oneFigureInTwoWordingsIsOneSummaryAndAnotherQuestionStaysApart() {
    bothOutlets("The Carrow Hills wildfire burned through the night. Some 6,500 residents of Carrow Hills were "
        + "evacuated on Sunday, the county sheriff said, and 14 people were missing.");

    Map<String, List<String>> evacuated = holding(6500);
    assertThat(evacuated).as("one summary holds the figure, carried by both").hasSize(1);
    assertThat(evacuated.values().iterator().next()).containsExactlyInAnyOrder("Harbour Post", "Valley Herald");
    ClaimSummary group = latest.get(evacuated.keySet().iterator().next());
    assertThat(group.getStatus()).isEqualTo(SummaryStatus.CORROBORATED);
    assertThat(latest).as("the other wording's own summary is retracted")
        .containsEntry(group.getStoryId() + "|evacuated|people|count", null);
    Map<String, List<String>> fourteen = holding(14);
    assertThat(fourteen).as("killed and missing are two questions, whatever their figure").hasSize(2);
    assertThat(fourteen.values()).allSatisfy(outlets -> assertThat(outlets).hasSize(1));
  }

  @Test
  void aClaimTooBareForATopicJoinsTheOneQuestionOfItsStoryThatHoldsItsFigure() {
    feed("c1", "https://post.example/dalen", "Harbour Post", "Dalen airport thefts: workers charged",
        "Prosecutors in Dalen charged 11 airport workers with theft on Monday, the prosecutor's office said.", T);
    feed("c2", "https://herald.example/dalen", "Valley Herald", "Dalen airport thefts: staff face charges",
        "Eleven baggage handlers at Dalen airport face charges over the thefts, prosecutors said.",
        T.plus(Duration.ofHours(1)));

    Map<String, List<String>> eleven = holding(11);
    assertThat(eleven).hasSize(1);
    assertThat(eleven.keySet().iterator().next()).contains("|charged|");
    assertThat(eleven.values().iterator().next()).containsExactlyInAnyOrder("Harbour Post", "Valley Herald");
  }

  @Test
  void aBareClaimWhoseFigureTwoQuestionsHoldJoinsNeither() {
    bothOutlets("The Carrow Hills wildfire burned through the night. Some 6,500 residents of Carrow Hills were "
        + "evacuated on Sunday, the county sheriff said, and 14 people were missing.");
    feed("a4", "https://courier.example/carrow", "North Courier", "Carrow Hills wildfire: the victims",
        "Fourteen residents of Carrow Hills, the mayor said, were pensioners. The wildfire burned through the hills "
            + "on Sunday.", T.plus(Duration.ofHours(4)));

    Map<String, List<String>> fourteen = holding(14);
    assertThat(fourteen).hasSize(2);
    assertThat(fourteen.values()).allSatisfy(outlets -> assertThat(outlets).doesNotContain("North Courier"));
  }

  @Test
  void anUpdateThatNoLongerSharesTheFigureSplitsTheGroup() {
    bothOutlets("The Carrow Hills wildfire burned through the night. Some 6,500 residents of Carrow Hills were "
        + "evacuated on Sunday, the county sheriff said.");
    assertThat(holding(6500)).hasSize(1);

    feed("a3", HERALD_URL, "Valley Herald", "Carrow Hills wildfire: residents evacuated", "The Carrow Hills "
        + "wildfire burned through the night. Some 7,200 residents of Carrow Hills were evacuated on Sunday, the "
        + "county sheriff said.", T.plus(Duration.ofHours(5)));
    Map<String, List<String>> before = holding(6500);
    assertThat(before).hasSize(1);
    assertThat(before.values().iterator().next()).containsExactly("Harbour Post");
    Map<String, List<String>> after = holding(7200);
    assertThat(after).as("the updated wording stands on its own again").hasSize(1);
    assertThat(after.keySet().iterator().next()).endsWith("|evacuated|people|count");
    assertThat(after.values().iterator().next()).containsExactly("Valley Herald");
  }
}
