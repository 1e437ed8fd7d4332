package io.claimwire.enrich.topology;

import io.claimwire.schemas.AvroSerde;
import io.claimwire.schemas.RecordSerde;
import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.ArticleVerdict;
import io.claimwire.schemas.avro.ClaimSet;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.StoryState;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import io.claimwire.schemas.avro.TopicContribution;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
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
  static final String REPROCESS_SOURCE = "reprocess-source";
  static final String RESTORY_SOURCE = "restory-source";
  static final String REPROCESS_SINK = "reprocess-sink";
  static final String EXTRACTION = "claim-extraction";
  static final String CLAIM_SETS_SINK = "claim-sets-sink";
  static final String CLAIMS_SINK = "claims-sink";
  static final String DLQ_SINK = "dlq-sink";
  public static final String VERDICT_STORE = "dedup-verdicts";
  public static final String CONTENT_STORE = "dedup-content";
  public static final String ARTICLE_STORE = "dedup-articles";
  public static final String SIGNATURE_STORE = "dedup-signatures";
  /** (record time, record id) to the record's content fingerprint: what the retention purge reads. */
  public static final String EXPIRY_STORE = "dedup-expiry";
  public static final String CLAIM_SET_STORE = "claims-latest-set";
  /** Open stories (their strongest features), by story id: what the story index is rebuilt from. */
  public static final String STORY_STORE = "story-open";
  static final String SUMMARY_VERDICTS_SOURCE = "summary-verdicts-source";
  static final String COPY_NOTICES = "copy-notices";
  static final String SUMMARY_SETS_SOURCE = "summary-claim-sets-source";
  static final String CONTRIBUTIONS = "summary-contributions";
  static final String SUMMARIZER = "claim-summarizer";
  /** Internal topics (prefixed with the application id, created by Kafka Streams). */
  static final String COPIES_REPARTITION = "summary-copies-by-article";
  static final String CONTRIBUTIONS_REPARTITION = "summary-contributions-by-topic";
  public static final String SUMMARY_SETS_STORE = "summary-article-sets";
  public static final String SUMMARY_COPIES_STORE = "summary-article-copies";
  /** Per article, the topic keys it last contributed to: a change of topic rules retracts the old keys. */
  public static final String SUMMARY_ARTICLE_TOPICS_STORE = "summary-article-topics";
  public static final String SUMMARY_TOPIC_STORE = "summary-topic-contributions";
  /** Topics changed since their last summary, with their newest contribution's time. */
  public static final String SUMMARY_CHANGED_STORE = "summary-changed-topics";
  /** When each topic last took a contribution, by topic and in time order: what forgetting quiet topics reads. */
  public static final String SUMMARY_TIMES_STORE = "summary-topic-times";
  public static final String SUMMARY_EXPIRY_STORE = "summary-topic-expiry";
  /** Per topic of a linked group, the group as last summarised, its name first. */
  public static final String SUMMARY_GROUPS_STORE = "summary-topic-groups";

  /** A figure topic with no contribution for this many story windows is forgotten by the summarizer. */
  static final int SUMMARY_HORIZON_WINDOWS = 4;

  private EnrichTopology() {}

  public static Topology build(EnrichConfig config) {
    Topology topology = summaries(config);
    addSequencer(topology, config);
    addExtraction(topology, config);
    return topology;
  }

  @SuppressWarnings("unchecked")
  private static void addSequencer(Topology topology, EnrichConfig config) {
    Topics t = config.topics();
    ByteArrayDeserializer bytes = new ByteArrayDeserializer();
    StringSerializer strings = new StringSerializer();
    topology.addSource(RAW_SOURCE, bytes, bytes, t.raw.name());
    // stored articles sent again by `claimwire reprocess`: one partition like the raw topic, so the same task (and
    // story index) sees them
    topology.addSource(RESTORY_SOURCE, bytes, bytes, t.articlesRestory.name());
    topology.addProcessor(SEQUENCER,
        () -> new ArticleSequencer(t.raw.name(), decoding(t.raw.valueSerde()), config.dedupRetention(),
            config.storyWindow(), t.articlesRestory.name(), decoding(t.articlesRestory.valueSerde())),
        RAW_SOURCE, RESTORY_SOURCE);
    Serde<ArticleVerdict> verdictSerde = t.verdicts.valueSerde();
    topology.addStateStore(store(VERDICT_STORE, t.verdicts.keySerde(), verdictSerde), SEQUENCER);
    topology.addStateStore(store(CONTENT_STORE, Serdes.String(), StateSerde.firstCopies()), SEQUENCER);
    topology.addStateStore(store(ARTICLE_STORE, Serdes.String(), StateSerde.latestVersions()), SEQUENCER);
    topology.addStateStore(store(SIGNATURE_STORE, Serdes.String(), Serdes.ByteArray()), SEQUENCER);
    topology.addStateStore(store(EXPIRY_STORE, Serdes.Bytes(), Serdes.String()), SEQUENCER);
    topology.addStateStore(store(STORY_STORE, Serdes.String(), new AvroSerde<>(StoryState.class)), SEQUENCER);
    topology.addSink(VERDICTS_SINK, t.verdicts.name(), strings, cast(verdictSerde.serializer()), SEQUENCER);
    topology.addSink(ARTICLES_SINK, t.articles.name(), strings, cast(t.articles.valueSerde().serializer()), SEQUENCER);
    topology.addSink(REPROCESS_SINK, t.articlesReprocess.name(), strings,
        cast(t.articlesReprocess.valueSerde().serializer()), SEQUENCER);
  }

  @SuppressWarnings("unchecked")
  private static void addExtraction(Topology topology, EnrichConfig config) {
    Topics t = config.topics();
    ByteArrayDeserializer bytes = new ByteArrayDeserializer();
    StringSerializer strings = new StringSerializer();
    topology.addSource(ARTICLES_SOURCE, bytes, bytes, t.articles.name());
    // Articles sent again by `claimwire reprocess`: co-partitioned with news.articles, so the same task extracts them
    topology.addSource(REPROCESS_SOURCE, bytes, bytes, t.articlesReprocess.name());
    topology.addProcessor(EXTRACTION,
        () -> new ClaimExtraction(t.articles.name(), decoding(t.articles.valueSerde()), t.claimSets.name(),
            t.claimSets.valueSerde().serializer(), config.maxFigures()),
        ARTICLES_SOURCE, REPROCESS_SOURCE);
    Serde<ClaimSet> setSerde = t.claimSets.valueSerde();
    topology.addStateStore(store(CLAIM_SET_STORE, t.claimSets.keySerde(), setSerde), EXTRACTION);
    // claim sets leave extraction encoded: their size is checked before they are sent
    topology.addSink(CLAIM_SETS_SINK, t.claimSets.name(), strings, cast(new ByteArraySerializer()), EXTRACTION);
    topology.addSink(CLAIMS_SINK, t.claims.name(), strings, cast(t.claims.valueSerde().serializer()), EXTRACTION);

    ByteArraySerializer raw = new ByteArraySerializer();
    topology.addSink(DLQ_SINK, t.dlqEnrich.name(), cast(raw), cast(raw), SEQUENCER, EXTRACTION);
  }

  /**
   * The summary side, in the DSL for its named repartition topics: copies (duplicate verdicts re-keyed by the
   * article they copy) and claim sets meet by article in {@code summary-contributions}, whose per-topic
   * contributions are re-keyed by figure topic into {@code claim-summarizer}.
   */
  private static Topology summaries(EnrichConfig config) {
    Topics t = config.topics();
    int partitions = t.claimSummaries.spec().partitions();
    StreamsBuilder b = new StreamsBuilder();
    Serde<String> strings = Serdes.String();
    AvroSerde<TopicContribution> contributionSerde = new AvroSerde<>(TopicContribution.class);

    b.addStateStore(store(SUMMARY_SETS_STORE, strings, t.claimSets.valueSerde()));
    b.addStateStore(store(SUMMARY_COPIES_STORE, strings, StateSerde.articleCopies()));
    b.addStateStore(store(SUMMARY_ARTICLE_TOPICS_STORE, strings, strings));
    b.addStateStore(store(SUMMARY_TOPIC_STORE, strings, contributionSerde));
    b.addStateStore(store(SUMMARY_CHANGED_STORE, strings, Serdes.Long()));
    b.addStateStore(store(SUMMARY_TIMES_STORE, strings, Serdes.Long()));
    b.addStateStore(store(SUMMARY_EXPIRY_STORE, Serdes.Bytes(), strings));
    b.addStateStore(store(SUMMARY_GROUPS_STORE, strings, strings));

    KStream<String, Outcome<String>> notices = b.stream(t.verdicts.name(),
            Consumed.with(strings, Serdes.ByteArray()).withName(SUMMARY_VERDICTS_SOURCE))
        .process(() -> new CopyNotices(t.verdicts.name(), decoding(t.verdicts.valueSerde())),
            Named.as(COPY_NOTICES));
    KStream<String, SummaryInput> copies = withDeadLetters(notices, COPY_NOTICES, t)
        .repartition(Repartitioned.with(strings, strings).withName(COPIES_REPARTITION)
            .withNumberOfPartitions(partitions))
        .mapValues(SummaryInput::copy, Named.as("summary-copy-inputs"));
    KStream<String, SummaryInput> sets = b.stream(t.claimSets.name(),
            Consumed.with(strings, Serdes.ByteArray()).withName(SUMMARY_SETS_SOURCE))
        .mapValues(SummaryInput::claimSet, Named.as("summary-set-inputs"));
    KStream<String, Outcome<TopicContribution>> contributions = sets.merge(copies, Named.as("summary-inputs"))
        .process(() -> new SummaryContributions(t.claimSets.name(), decoding(t.claimSets.valueSerde())),
            Named.as(CONTRIBUTIONS), SUMMARY_SETS_STORE, SUMMARY_COPIES_STORE, SUMMARY_ARTICLE_TOPICS_STORE);
    KStream<String, Outcome<ClaimSummary>> summaries = withDeadLetters(contributions, CONTRIBUTIONS, t)
        .repartition(Repartitioned.<String, TopicContribution>with(strings, contributionSerde)
            .withName(CONTRIBUTIONS_REPARTITION).withNumberOfPartitions(partitions)
            .withStreamPartitioner(EnrichTopology::byStory))
        .process(() -> new ClaimSummarizer(config.disputeTolerance(), contributionSerde,
                config.storyWindow().multipliedBy(SUMMARY_HORIZON_WINDOWS)), Named.as(SUMMARIZER),
            SUMMARY_TOPIC_STORE, SUMMARY_CHANGED_STORE, SUMMARY_TIMES_STORE, SUMMARY_EXPIRY_STORE,
            SUMMARY_GROUPS_STORE);
    withDeadLetters(summaries, SUMMARIZER, t).to(t.claimSummaries.name(),
        Produced.with(strings, t.claimSummaries.valueSerde()).withName("summaries-sink"));
    return b.build();
  }

  /**
   * The partition of a topic's contributions: by its story (the key's part before the first {@code |}), so that one
   * task holds every topic of a story and can link them ({@link StoryLinks}).
   */
  static Optional<Set<Integer>> byStory(String topic, String key, Object value, int partitions) {
    String story = key == null ? "" : key.substring(0, Math.max(0, key.indexOf('|')));
    byte[] bytes = story.getBytes(StandardCharsets.UTF_8);
    return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(bytes)) % partitions));
  }

  /** A persistent (RocksDB, changelogged and so compacted) key-value store. */
  private static <K, V> StoreBuilder<KeyValueStore<K, V>> store(String name, Serde<K> keys, Serde<V> values) {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keys, values);
  }

  /**
   * Sends a stage's dead letters (their bytes, the reason in headers) to the enrich dead-letter topic; returns the
   * stage's values.
   */
  private static <V> KStream<String, V> withDeadLetters(KStream<String, Outcome<V>> stream, String stage, Topics t) {
    var branches = stream.split(Named.as(stage + "-"))
        .branch((k, o) -> o.isDead(), Branched.<String, Outcome<V>>withConsumer(dead -> dead
            .map((k, o) -> KeyValue.pair(o.deadKey(), o.deadValue()), Named.as(stage + "-dead-letter-bytes"))
            .to(t.dlqEnrich.name(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(stage + "-dlq-sink")))
            .withName("dead-letters"))
        .defaultBranch(Branched.as("ok"));
    return branches.get(stage + "-ok").mapValues(Outcome::value, Named.as(stage + "-values"));
  }

  /** The serde a processor decodes its topic's bytes with (and dead-letters what it cannot decode). */
  private static <T extends org.apache.avro.specific.SpecificRecord> RecordSerde<T> decoding(Serde<T> serde) {
    if (serde instanceof RecordSerde<T> a) {
      return a;
    }
    throw new IllegalArgumentException("enrich decodes Avro topics with a RecordSerde; got " + serde.getClass());
  }

  @SuppressWarnings("unchecked")
  private static <T> Serializer<Object> cast(Serializer<T> s) {
    return (Serializer<Object>) s;
  }
}
