package io.claimwire.enrich.topology;

import io.claimwire.enrich.summary.Summarizer;
import io.claimwire.enrich.summary.TopicLinks;
import io.claimwire.schemas.AvroSerde;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.TopicContribution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by figure topic and partitioned by story: keeps each article's contribution to the topic, marks the topic
 * changed, and every {@link #EVERY} (wall clock) emits the summary of each changed topic once (a tombstone when no
 * article is left on it), however many contributions it took in between: a burst of articles on one story costs one
 * summary per topic, not one per contribution. Topics of a story that hold one figure in two wordings are one group
 * ({@link StoryLinks}), summarised under the group's name; its other members' own summaries are retracted. The
 * changed-topic marks are a changelogged store, so a crash between a
 * contribution and its summary loses nothing. The summary is a pure function of the stored contributions, so
 * several instances decide exactly what one does.
 */
final class ClaimSummarizer implements Processor<String, TopicContribution, String, Outcome<ClaimSummary>> {
  /** How often changed topics are summarised: the commit interval (500 ms), so about once per topic per commit. */
  static final Duration EVERY = Duration.ofMillis(500);
  /**
   * Articles a topic keeps, the most recently published: a pass over a topic costs at most this many contributions
   * whatever the story's history. An older article's figures leave the summary (its claims stay in the store).
   */
  static final int MAX_ARTICLES = 256;
  private static final String SEP = "\u0000";
  private final Summarizer summarizer;
  private final StringSerializer keys = new StringSerializer();
  private ProcessorContext<String, Outcome<ClaimSummary>> context;
  private KeyValueStore<String, TopicContribution> contributions;
  private KeyValueStore<String, Long> changed;
  private final AvroSerde<TopicContribution> serde;

  private final int maxArticles;
  private final Duration horizon;
  private TopicExpiry expiry;
  private StoryLinks links;

  /**
   * @param horizon a topic with no contribution for this long (record time) is forgotten: its contributions leave
   *     the store, its last summary stays on the compacted topic and in the sink
   */
  ClaimSummarizer(double tolerance, AvroSerde<TopicContribution> serde, Duration horizon) {
    this(tolerance, serde, horizon, MAX_ARTICLES);
  }

  ClaimSummarizer(double tolerance, AvroSerde<TopicContribution> serde, Duration horizon, int maxArticles) {
    this.summarizer = new Summarizer(tolerance);
    this.serde = serde;
    this.horizon = horizon;
    this.maxArticles = maxArticles;
  }

  @Override
  public void init(ProcessorContext<String, Outcome<ClaimSummary>> context) {
    this.context = context;
    this.contributions = context.getStateStore(EnrichTopology.SUMMARY_TOPIC_STORE);
    this.changed = context.getStateStore(EnrichTopology.SUMMARY_CHANGED_STORE);
    this.expiry = new TopicExpiry(context.getStateStore(EnrichTopology.SUMMARY_TIMES_STORE),
        context.getStateStore(EnrichTopology.SUMMARY_EXPIRY_STORE));
    this.links = new StoryLinks(contributions, context.getStateStore(EnrichTopology.SUMMARY_GROUPS_STORE));
    context.schedule(EVERY, PunctuationType.WALL_CLOCK_TIME, now -> summarizeChanged());
    context.schedule(TopicExpiry.purgeInterval(horizon), PunctuationType.STREAM_TIME, this::forgetQuiet);
  }

  /** How many figures the story links index holds (a bound kept with the contributions). */
  int indexedFigures() {
    return links.indexed();
  }

  /** Forgets the contributions of every topic with none for the horizon (by stream time). */
  void forgetQuiet(long streamTime) {
    long cutoff = streamTime - horizon.toMillis();
    if (cutoff <= 0) {
      return;
    }
    for (String topic : expiry.expire(cutoff)) {
      List<TopicContribution> all = stored(topic);
      links.forget(topic, all);
      all.forEach(c -> contributions.delete(topic + SEP + c.getArticleId()));
    }
  }

  @Override
  public void process(Record<String, TopicContribution> record) {
    TopicContribution c = record.value();
    if (c == null) {
      return;
    }
    String topic = c.getTopicKey();
    String key = topic + SEP + c.getArticleId();
    TopicContribution before = contributions.get(key);
    if (c.getClaims().isEmpty()) {
      if (before != null) {
        contributions.delete(key);
      }
    } else {
      contributions.put(key, c);
    }
    links.contributed(topic, c.getArticleId(), before, c);
    expiry.touched(topic, record.timestamp());
    if (TopicLinks.isLoose(topic)) { // never summarised itself: the topics holding its figures are
      links.topicsSharing(topic, before, c).forEach(t -> mark(t, record.timestamp()));
      return;
    }
    mark(topic, record.timestamp());
    for (String member : links.lastGroup(topic)) {
      if (!member.equals(topic)) {
        mark(member, record.timestamp()); // the group it was in may lose it
      }
    }
  }

  private void mark(String topic, long timestamp) {
    Long before = changed.get(topic);
    if (before == null) {
      PipelineSensors.topicsMarked(context).record(1);
    }
    if (before == null || before < timestamp) {
      changed.put(topic, timestamp);
    }
  }

  /** Summarises every topic changed since the last call, once each, stamped with its newest contribution's time. */
  void summarizeChanged() {
    List<KeyValue<String, Long>> due = new ArrayList<>();
    try (var it = changed.all()) {
      it.forEachRemaining(due::add);
    }
    Set<String> done = new HashSet<>();
    for (KeyValue<String, Long> topic : due) {
      changed.delete(topic.key);
      if (!done.contains(topic.key) && !TopicLinks.isLoose(topic.key)) {
        summarize(topic.key, topic.value, done);
      }
    }
    if (!due.isEmpty()) {
      PipelineSensors.topicsSummarised(context).record(due.size());
    }
  }

  /** Summarises the topic's group under its name, retracts its other members' own summaries. */
  private void summarize(String topic, long timestamp, Set<String> done) {
    Map<String, List<TopicContribution>> read = new HashMap<>();
    read.put(topic, kept(topic));
    StoryLinks.Group linked = links.group(topic);
    List<String> group = linked.members();
    done.addAll(group);
    List<TopicContribution> all = new ArrayList<>();
    group.forEach(t -> all.addAll(read.computeIfAbsent(t, this::kept)));
    all.addAll(links.looseFor(linked, contributions::get));
    String name = linked.name();
    for (String member : group.subList(1, group.size())) {
      List<String> was = links.lastGroup(member);
      if (was.isEmpty() || !was.get(0).equals(name)) {
        context.forward(new Record<>(member, Outcome.ok(null), timestamp)); // now shown under the group's name
      }
    }
    links.summarised(group);
    emit(name, all, timestamp);
  }

  /** A topic's contributions, its most recently published {@code maxArticles}: older ones leave the store. */
  private List<TopicContribution> kept(String topic) {
    List<TopicContribution> all = stored(topic);
    if (all.size() > maxArticles) {
      all.sort(Comparator.comparingLong(ClaimSummarizer::published).reversed()
          .thenComparing(TopicContribution::getArticleId));
      List<TopicContribution> older = all.subList(maxArticles, all.size());
      for (TopicContribution old : older) {
        contributions.delete(topic + SEP + old.getArticleId());
        links.contributed(topic, old.getArticleId(), old, null);
      }
      older.clear();
    }
    return all;
  }

  private List<TopicContribution> stored(String topic) {
    List<TopicContribution> all = new ArrayList<>();
    try (var it = contributions.prefixScan(topic + SEP, keys)) {
      it.forEachRemaining(kv -> all.add(kv.value));
    }
    return all;
  }

  private void emit(String topic, List<TopicContribution> all, long timestamp) {
    ClaimSummary summary;
    try {
      summary = summarizer.summarize(topic, all, timestamp);
    } catch (RuntimeException e) {
      byte[] evidence = all.isEmpty() ? null : serde.encode(all.get(0));
      context.forward(DeadLetters.outcome(context, topic, DeadLetters.utf8(topic), evidence,
          EnrichTopology.CONTRIBUTIONS_REPARTITION, topic, null, "summarising failed: " + e, e, timestamp));
      return;
    }
    context.forward(new Record<>(topic, Outcome.ok(summary), timestamp));
  }

  /** When the contribution's article was published (its newest claim's time; 0 when unknown). */
  private static long published(TopicContribution c) {
    long newest = 0;
    for (var claim : c.getClaims()) {
      if (claim.getPublishedAt() != null) {
        newest = Math.max(newest, claim.getPublishedAt().toEpochMilli());
      }
    }
    return newest;
  }
}
