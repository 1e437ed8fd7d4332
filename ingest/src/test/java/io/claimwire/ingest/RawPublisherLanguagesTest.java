package io.claimwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.IngestMethod;
import io.claimwire.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.Set;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** What run and ingest send: every article with its language, and with --lang only the languages kept. */
class RawPublisherLanguagesTest {
  private final Topics topics = Topics.defaults();

  private static RawArticle article(String id, String text) {
    return RawArticle.newBuilder().setRecordId(id).setText(text).setFetchedAt(Instant.parse("2026-11-20T08:00:00Z"))
        .setIngestMethod(IngestMethod.FILE).build();
  }

  @Test
  void everyArticleGoesOutWithItsLanguageAndOnlyTheKeptOnesWhenAsked() {
    RawArticle english = article("en", "The council said on Monday that 300 homes would be built on the old "
        + "factory site by the end of next year.");
    RawArticle spanish = article("es", "El ayuntamiento anunció el lunes que se construirán 300 viviendas en el "
        + "antiguo terreno de la fábrica antes de finales del próximo año.");
    MockProducer<String, RawArticle> all = new MockProducer<>(true, null, new StringSerializer(),
        topics.raw.valueSerde().serializer());
    RawPublisher every = new RawPublisher(all, new MockProducer<>(true, null, new ByteArraySerializer(),
        new ByteArraySerializer()), topics);
    every.article(RawArticle.newBuilder(english).build());
    every.article(RawArticle.newBuilder(spanish).build());
    assertThat(all.history()).extracting(r -> r.value().getLanguage()).containsExactly("en", "es");

    MockProducer<String, RawArticle> kept = new MockProducer<>(true, null, new StringSerializer(),
        topics.raw.valueSerde().serializer());
    RawPublisher onlyEnglish = new RawPublisher(kept, new MockProducer<>(true, null, new ByteArraySerializer(),
        new ByteArraySerializer()), topics).keepLanguages(Set.of("en"));
    assertThat(onlyEnglish.article(RawArticle.newBuilder(spanish).build())).isCompleted();
    onlyEnglish.article(RawArticle.newBuilder(english).build());
    assertThat(kept.history()).extracting(r -> r.value().getRecordId()).containsExactly("en");
    assertThat(onlyEnglish.otherLanguage()).isEqualTo(1);
  }
}
