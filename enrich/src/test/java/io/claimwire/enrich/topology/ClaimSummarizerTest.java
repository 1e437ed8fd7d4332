package io.claimwire.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.schemas.AvroSerde;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSource;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.Evidence;
import io.claimwire.schemas.avro.Qualifier;
import io.claimwire.schemas.avro.SourceKind;
import io.claimwire.schemas.avro.TopicContribution;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** The summarizer's bound: a topic keeps its most recently published articles, and a pass reads no more. */
class ClaimSummarizerTest {
  private static final String TOPIC = "story-x|killed|people|count";
  private final AvroSerde<TopicContribution> serde = new AvroSerde<>(TopicContribution.class);

  private static Claim claim(int article, double value, Instant at) {
    return Claim.newBuilder().setClaimId("c" + article).setArticleId("a" + article).setArticleVersion(1)
        .setOutlet("Outlet " + article).setPublishedAt(at).setValue(value).setQualifier(Qualifier.EXACT)
        .setMeasure("killed").setSubject("people").setSource(ClaimSource.newBuilder().setName("Source " + article)
            .setKind(SourceKind.GOVERNMENT).build())
        .setEvidence(new Evidence(value + " people were killed.", 0, 10)).setExtractor("test").build();
  }

  private final MockProcessorContext<String, Outcome<ClaimSummary>> context = new MockProcessorContext<>();
  private final KeyValueStore<String, TopicContribution> contributions = store(EnrichTopology.SUMMARY_TOPIC_STORE,
      Serdes.String(), serde);

  private <K, V> KeyValueStore<K, V> store(String name, org.apache.kafka.common.serialization.Serde<K> keys,
      org.apache.kafka.common.serialization.Serde<V> values) {
    KeyValueStore<K, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), keys, values)
        .withLoggingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
    return store;
  }

  private ClaimSummarizer summarizer(Duration horizon, int maxArticles) {
    store(EnrichTopology.SUMMARY_CHANGED_STORE, Serdes.String(), Serdes.Long());
    store(EnrichTopology.SUMMARY_TIMES_STORE, Serdes.String(), Serdes.Long());
    store(EnrichTopology.SUMMARY_EXPIRY_STORE, Serdes.Bytes(), Serdes.String());
    store(EnrichTopology.SUMMARY_GROUPS_STORE, Serdes.String(), Serdes.String());
    ClaimSummarizer summarizer = new ClaimSummarizer(0.2, serde, horizon, maxArticles);
    summarizer.init(context);
    return summarizer;
  }

  private static Record<String, TopicContribution> contribution(String topic, int article, double value, Instant at) {
    return new Record<>(topic, TopicContribution.newBuilder().setTopicKey(topic).setArticleId("a" + article)
        .setArticleVersion(1).setClaims(List.of(claim(article, value, at))).build(), at.toEpochMilli());
  }

  @Test
  void aTopicKeepsItsMostRecentlyPublishedArticlesAndForgetsTheOlder() {
    ClaimSummarizer summarizer = summarizer(Duration.ofDays(28), 5);
    Instant t = Instant.parse("2026-06-01T00:00:00Z");
    for (int i = 0; i < 9; i++) { // articles 0..8, published an hour apart; the old ones count far fewer dead
      summarizer.process(contribution(TOPIC, i, i < 4 ? 12 : 52, t.plusSeconds(3_600L * i)));
    }
    context.scheduledPunctuators().get(0).getPunctuator().punctuate(0);

    List<ClaimSummary> out = context.forwarded().stream().map(f -> f.record().value().value()).toList();
    assertThat(out).hasSize(1);
    assertThat(out.get(0).getFigures()).flatExtracting(f -> f.getClaimIds())
        .containsExactlyInAnyOrder("c4", "c5", "c6", "c7", "c8");
    assertThat(out.get(0).getStatus().name()).as("the forgotten older figure disputes nothing").isNotEqualTo("DISPUTED");
    assertThat(contributions.approximateNumEntries()).isEqualTo(5);
    assertThat(summarizer.indexedFigures()).as("the forgotten articles leave the figure index").isEqualTo(5);
  }

  @Test
  void aRestartedSummarizerRebuildsItsFigureIndexFromTheStoredContributions() {
    ClaimSummarizer summarizer = summarizer(Duration.ofDays(28), 256);
    Instant t = Instant.parse("2026-06-01T00:00:00Z");
    for (int i = 0; i < 6; i++) {
      summarizer.process(contribution("story-" + (i % 2) + "|killed|people|count", i, 41 + i, t.plusSeconds(i)));
    }
    ClaimSummarizer restarted = new ClaimSummarizer(0.2, serde, Duration.ofDays(28), 256);
    restarted.init(context); // as after a restore: the stores hold what they held, the index is built from them
    assertThat(restarted.indexedFigures()).isEqualTo(6).isEqualTo(summarizer.indexedFigures());
  }

  @Test
  void aTopicQuietForTheHorizonIsForgottenAndStateStaysBoundedWhateverTheHistory() {
    ClaimSummarizer summarizer = summarizer(Duration.ofDays(2), 256);
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    long at10k = 0;
    long atEnd = 0;
    long figuresAt10k = 0;
    long figuresAtEnd = 0;
    int day = 1_440; // a contribution a minute; each day's 100 topics get no contribution after their day
    java.util.Random r = new java.util.Random(5);
    for (int i = 0; i < 70 * day; i++) {
      t = t.plusSeconds(60);
      int topic = r.nextInt(100) + (i / day) * 100;
      summarizer.process(contribution("story-" + topic + "|killed|people|count", i, 11 + topic % 7, t));
      if (i % 60 == 0) {
        summarizer.forgetQuiet(t.toEpochMilli()); // what the stream-time punctuation does
      }
      if (i == 7 * day) {
        at10k = contributions.approximateNumEntries();
        figuresAt10k = summarizer.indexedFigures();
      }
      if (i == 69 * day) {
        atEnd = contributions.approximateNumEntries();
        figuresAtEnd = summarizer.indexedFigures();
      }
    }
    assertThat(at10k).as("contributions of about three days").isBetween(2L * day, 4L * day);
    // after 99,360 contributions (the same time of day), within 15% of the count after 10,080
    assertThat((double) atEnd).isBetween(at10k * 0.85, at10k * 1.15);
    assertThat(figuresAt10k).as("the figure index follows the contributions").isEqualTo(at10k);
    assertThat((double) figuresAtEnd).isBetween(figuresAt10k * 0.85, figuresAt10k * 1.15);

    // a quiet topic leaves the store; its summary is not retracted (nothing is forwarded)
    int forwarded = context.forwarded().size();
    summarizer.forgetQuiet(t.plus(Duration.ofDays(3)).toEpochMilli());
    assertThat(contributions.approximateNumEntries()).isZero();
    assertThat(summarizer.indexedFigures()).isZero();
    assertThat(context.forwarded()).hasSize(forwarded);
  }
}
