package io.claimwire.enrich.topology;

import static io.claimwire.enrich.topology.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.Article;
import io.claimwire.schemas.avro.ClaimSet;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction runs for the languages it reads; an article in another gets its verdict and an empty set that says why. */
class LanguageRuleTest {
  @TempDir Path state;
  private final Topics topics = Topics.defaults();

  @Test
  void anArticleInALanguageExtractionDoesNotReadGetsAnEmptyClaimSetWithTheReason() {
    EnrichConfig config = new EnrichConfig("language-test", "unused:9092", state, topics, new Properties());
    try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(config), config.streamsProperties())) {
      var raw = driver.createInputTopic(topics.raw.name(), new StringSerializer(), topics.raw.valueSerde().serializer());
      var sets = driver.createOutputTopic(topics.claimSets.name(), new StringDeserializer(),
          topics.claimSets.valueSerde().deserializer());
      var articles = driver.createOutputTopic(topics.articles.name(), new StringDeserializer(),
          topics.articles.valueSerde().deserializer());
      var verdicts = driver.createOutputTopic(topics.verdicts.name(), new StringDeserializer(),
          topics.verdicts.valueSerde().deserializer());

      raw.pipeInput("de", article("de-1", "https://blatt.example/wohnungen",
          "Die Stadt teilte mit, dass 1200 Wohnungen gebaut wurden.").setLanguage("de").build());
      ClaimSet german = sets.readValue();
      assertThat(german.getClaims()).isEmpty();
      assertThat(german.getReason()).isEqualTo("language de: extraction supports [en]");
      assertThat(((Article) articles.readValue()).getLanguage()).isEqualTo("de");
      assertThat(verdicts.readValuesToList()).hasSize(1);

      raw.pipeInput("en", article("en-1", "https://post.example/homes",
          "The council said 1200 homes were built.").setLanguage("en").build());
      ClaimSet english = sets.readValue();
      assertThat(english.getClaims()).hasSize(1);
      assertThat(english.getReason()).isNull();

      raw.pipeInput("old", article("old-1", "https://post.example/flood",
          "The council said 40 homes were flooded.").build()); // written before languages: read as before
      assertThat(sets.readValue().getClaims()).as("no language: extracted").hasSize(1);

      raw.pipeInput("short", article("und-1", "https://post.example/score", "Final score: 2-1.").setLanguage("und")
          .build());
      assertThat(sets.readValue().getReason()).as("too short to tell: read as English").isNull();
    }
  }
}
