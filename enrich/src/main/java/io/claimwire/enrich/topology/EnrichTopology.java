package io.claimwire.enrich.topology;

import io.claimwire.schemas.AvroSerde;
import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.Article;
import io.claimwire.schemas.avro.ArticleVerdict;
import io.claimwire.schemas.avro.ClaimSet;
import io.claimwire.schemas.avro.RawArticle;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology as a pure function of its config.
 *
 * <pre>
 * raw-source ─► article-sequencer ─► verdicts-sink (news.article-verdicts)
 *                  [dedup-*]        ├► articles-sink (news.articles, by articleId)
 *                                   └► dlq-sink (news.dlq.enrich)
 * articles-source ─► claim-extraction ─► claim-sets-sink, claims-sink, dlq-sink
 *                      [claims-latest-set]
 * </pre>
 * Sources read bytes so that a record which cannot be decoded is dead-lettered by our code, with the reason.
 */
public final class EnrichTopology {
  static final String RAW_SOURCE = "raw-source";
  static final String SEQUENCER = "article-sequencer";
  static final String VERDICTS_SINK = "verdicts-sink";
  static final String ARTICLES_SINK = "articles-sink";
  static final String ARTICLES_SOURCE = "articles-source";
  static final String EXTRACTION = "claim-extraction";
  static final String CLAIM_SETS_SINK = "claim-sets-sink";
  static final String CLAIMS_SINK = "claims-sink";
  static final String DLQ_SINK = "dlq-sink";
  public static final String VERDICT_STORE = "dedup-verdicts";
  public static final String CONTENT_STORE = "dedup-content";
  public static final String ARTICLE_STORE = "dedup-articles";
  public static final String SIGNATURE_STORE = "dedup-signatures";
  public static final String CLAIM_SET_STORE = "claims-latest-set";

  private EnrichTopology() {}

  public static Topology build(EnrichConfig config) {
    Topics t = config.topics();
    Topology topology = new Topology();
    ByteArrayDeserializer bytes = new ByteArrayDeserializer();
    StringSerializer strings = new StringSerializer();

    topology.addSource(RAW_SOURCE, bytes, bytes, t.raw.name());
    topology.addProcessor(SEQUENCER,
        () -> new ArticleSequencer(t.raw.name(), (AvroSerde<RawArticle>) avro(t.raw.valueSerde())), RAW_SOURCE);
    Serde<ArticleVerdict> verdictSerde = t.verdicts.valueSerde();
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VERDICT_STORE),
        t.verdicts.keySerde(), verdictSerde), SEQUENCER);
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONTENT_STORE),
        org.apache.kafka.common.serialization.Serdes.String(), org.apache.kafka.common.serialization.Serdes.String()),
        SEQUENCER);
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLE_STORE),
        org.apache.kafka.common.serialization.Serdes.String(), org.apache.kafka.common.serialization.Serdes.String()),
        SEQUENCER);
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SIGNATURE_STORE),
        org.apache.kafka.common.serialization.Serdes.String(), org.apache.kafka.common.serialization.Serdes.ByteArray()),
        SEQUENCER);
    topology.addSink(VERDICTS_SINK, t.verdicts.name(), strings, cast(verdictSerde.serializer()), SEQUENCER);
    topology.addSink(ARTICLES_SINK, t.articles.name(), strings, cast(t.articles.valueSerde().serializer()), SEQUENCER);

    topology.addSource(ARTICLES_SOURCE, bytes, bytes, t.articles.name());
    topology.addProcessor(EXTRACTION,
        () -> new ClaimExtraction(t.articles.name(), (AvroSerde<Article>) avro(t.articles.valueSerde())),
        ARTICLES_SOURCE);
    Serde<ClaimSet> setSerde = t.claimSets.valueSerde();
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CLAIM_SET_STORE),
        t.claimSets.keySerde(), setSerde), EXTRACTION);
    topology.addSink(CLAIM_SETS_SINK, t.claimSets.name(), strings, cast(setSerde.serializer()), EXTRACTION);
    topology.addSink(CLAIMS_SINK, t.claims.name(), strings, cast(t.claims.valueSerde().serializer()), EXTRACTION);

    ByteArraySerializer raw = new ByteArraySerializer();
    topology.addSink(DLQ_SINK, t.dlqEnrich.name(), cast(raw), cast(raw), SEQUENCER, EXTRACTION);
    return topology;
  }

  private static AvroSerde<?> avro(Serde<?> serde) {
    if (serde instanceof AvroSerde<?> a) {
      return a;
    }
    throw new IllegalArgumentException("enrich decodes with the single-object Avro serde; got " + serde.getClass());
  }

  @SuppressWarnings("unchecked")
  private static <T> Serializer<Object> cast(Serializer<T> s) {
    return (Serializer<Object>) s;
  }
}
