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

  @Test
  void aTopicKeepsItsMostRecentlyPublishedArticlesAndForgetsTheOlder() {
    MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    KeyValueStore<String, TopicContribution> contributions = Stores.keyValueStoreBuilder(
        Stores.inMemoryKeyValueStore(EnrichTopology.SUMMARY_TOPIC_STORE), Serdes.String(), serde)
        .withLoggingDisabled().build();
    KeyValueStore<String, Long> changed = Stores.keyValueStoreBuilder(
        Stores.inMemoryKeyValueStore(EnrichTopology.SUMMARY_CHANGED_STORE), Serdes.String(), Serdes.Long())
        .withLoggingDisabled().build();
    contributions.init(context.getStateStoreContext(), contributions);
    changed.init(context.getStateStoreContext(), changed);
    context.addStateStore(contributions);
    context.addStateStore(changed);
    ClaimSummarizer summarizer = new ClaimSummarizer(0.2, serde, 5);
    summarizer.init(context);

    Instant t = Instant.parse("2026-06-01T00:00:00Z");
    for (int i = 0; i < 9; i++) { // articles 0..8, published an hour apart; the old ones count far fewer dead
      Instant at = t.plusSeconds(3_600L * i);
      summarizer.process(new Record<>(TOPIC, TopicContribution.newBuilder().setTopicKey(TOPIC).setArticleId("a" + i)
          .setArticleVersion(1).setClaims(List.of(claim(i, i < 4 ? 10 : 50, at))).build(), at.toEpochMilli()));
    }
    context.scheduledPunctuators().get(0).getPunctuator().punctuate(0);

    List<ClaimSummary> out = context.forwarded().stream().map(f -> (ClaimSummary) f.record().value()).toList();
    assertThat(out).hasSize(1);
    assertThat(out.get(0).getFigures()).flatExtracting(f -> f.getClaimIds())
        .containsExactlyInAnyOrder("c4", "c5", "c6", "c7", "c8");
    assertThat(out.get(0).getStatus().name()).as("the forgotten older figure disputes nothing").isNotEqualTo("DISPUTED");
    assertThat(contributions.approximateNumEntries()).isEqualTo(5);
  }
}
