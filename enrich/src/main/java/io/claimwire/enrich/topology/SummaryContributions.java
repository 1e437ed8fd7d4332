package io.claimwire.enrich.topology;

import io.claimwire.enrich.summary.FigureTopics;
import io.claimwire.enrich.summary.TopicLinks;
import io.claimwire.schemas.RecordSerde;
import io.claimwire.schemas.avro.ArticleCopies;
import io.claimwire.schemas.avro.ArticleCopy;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSet;
import io.claimwire.schemas.avro.TopicContribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by article: keeps each article's newest claim set and the outlets that carried syndicated copies of each
 * of its versions (a copy counts as evidence for the figures of the version it copied),
 * and tells every figure topic the article touches what it now contributes there, re-keyed by topic. A topic the
 * newer set no longer touches gets an empty contribution (the article left it). An older (version, extractor)
 * arriving late changes nothing. The topic keys an article last contributed to are kept as they were made, so that
 * after a change of the topic rules ({@link FigureTopics}) its old topics are left too, not only those the new rules
 * would have made of its old claims.
 */
final class SummaryContributions implements Processor<String, SummaryInput, String, Outcome<TopicContribution>> {
  private final String claimSetsTopic;
  private final RecordSerde<ClaimSet> setSerde;
  private ProcessorContext<String, Outcome<TopicContribution>> context;
  private KeyValueStore<String, ClaimSet> sets;
  private KeyValueStore<String, ArticleCopies> copies;
  private KeyValueStore<String, String> topicsOf;

  SummaryContributions(String claimSetsTopic, RecordSerde<ClaimSet> setSerde) {
    this.claimSetsTopic = claimSetsTopic;
    this.setSerde = setSerde;
  }

  @Override
  public void init(ProcessorContext<String, Outcome<TopicContribution>> context) {
    this.context = context;
    this.sets = context.getStateStore(EnrichTopology.SUMMARY_SETS_STORE);
    this.copies = context.getStateStore(EnrichTopology.SUMMARY_COPIES_STORE);
    this.topicsOf = context.getStateStore(EnrichTopology.SUMMARY_ARTICLE_TOPICS_STORE);
  }

  @Override
  public void process(Record<String, SummaryInput> record) {
    if (record.key() == null || record.value() == null) {
      return;
    }
    String articleId = record.key();
    if (record.value().copyNotice() != null) {
      copyOf(articleId, record.value().copyNotice(), record.timestamp());
      return;
    }
    byte[] bytes = record.value().claimSet();
    if (bytes == null) {
      return; // a tombstone on the claim sets topic
    }
    ClaimSet set;
    try {
      set = setSerde.decode(claimSetsTopic, bytes);
    } catch (SerializationException e) { // a registry that cannot be asked is not bad data: that propagates, and is retried
      context.forward(DeadLetters.outcome(context, articleId, DeadLetters.utf8(articleId), bytes, claimSetsTopic,
          articleId, null, "undecodable claim set: " + e.getMessage(), e, record.timestamp()));
      return;
    }
    ClaimSet previous = sets.get(set.getArticleId());
    if (previous != null && newer(previous, set)) {
      return;
    }
    sets.put(set.getArticleId(), set);
    Map<String, List<Claim>> now = byTopic(set);
    Set<String> touched = new TreeSet<>(now.keySet());
    String remembered = topicsOf.get(set.getArticleId());
    if (remembered != null) {
      touched.addAll(List.of(remembered.split("\n")));
      touched.remove("");
    } else if (previous != null) { // a set stored before the keys were kept
      touched.addAll(byTopic(previous).keySet());
    }
    topicsOf.put(set.getArticleId(), String.join("\n", now.keySet()));
    List<String> syndicated = syndicated(set.getArticleId(), set.getArticleVersion());
    for (String topic : touched) {
      emit(topic, set, now.getOrDefault(topic, List.of()), syndicated, record.timestamp());
    }
  }

  /** Remembers a copy (a notice "version TAB outlet"); a copy of the version whose claims are current changes its summaries. */
  private void copyOf(String articleId, String notice, long timestamp) {
    int tab = notice.indexOf('\t');
    if (tab <= 0) {
      return;
    }
    ArticleCopy copy = new ArticleCopy(Integer.parseInt(notice.substring(0, tab)), notice.substring(tab + 1));
    List<ArticleCopy> known = copies(articleId);
    if (known.contains(copy)) {
      return;
    }
    known.add(copy);
    known.sort(Comparator.comparingInt(ArticleCopy::getArticleVersion).thenComparing(ArticleCopy::getOutlet));
    copies.put(articleId, new ArticleCopies(known));
    ClaimSet set = sets.get(articleId);
    if (set != null && copy.getArticleVersion() == set.getArticleVersion()) {
      List<String> syndicated = syndicated(articleId, set.getArticleVersion());
      byTopic(set).forEach((topic, claims) -> emit(topic, set, claims, syndicated, timestamp));
    }
  }

  private void emit(String topic, ClaimSet set, List<Claim> claims, List<String> syndicated, long timestamp) {
    TopicContribution c = TopicContribution.newBuilder().setTopicKey(topic).setArticleId(set.getArticleId())
        .setArticleVersion(set.getArticleVersion()).setClaims(claims).setSyndicatedBy(syndicated).build();
    context.forward(new Record<>(topic, Outcome.ok(c), timestamp));
  }

  private List<ArticleCopy> copies(String articleId) {
    ArticleCopies stored = copies.get(articleId);
    return stored == null ? new ArrayList<>() : new ArrayList<>(stored.getCopies());
  }

  /** Outlets that carried a copy of this version of the article. */
  private List<String> syndicated(String articleId, int version) {
    List<String> out = new ArrayList<>();
    for (ArticleCopy copy : copies(articleId)) {
      if (copy.getArticleVersion() == version) {
        out.add(copy.getOutlet());
      }
    }
    return out;
  }

  /** True when {@code a} is newer than {@code b} by (article version, extractor version). */
  static boolean newer(ClaimSet a, ClaimSet b) {
    if (a.getArticleVersion() != b.getArticleVersion()) {
      return a.getArticleVersion() > b.getArticleVersion();
    }
    return a.getExtractor().compareTo(b.getExtractor()) > 0;
  }

  static Map<String, List<Claim>> byTopic(ClaimSet set) {
    Map<String, List<Claim>> out = new TreeMap<>();
    for (Claim c : set.getClaims()) {
      String key = FigureTopics.topicKey(c.getStoryId(), c.getSubject(), c.getMeasure(), c.getUnit())
          .orElseGet(() -> TopicLinks.looseKey(c)); // too little for a topic: it waits for one holding its figure
      if (key != null) {
        out.computeIfAbsent(key, x -> new ArrayList<>()).add(c);
      }
    }
    return out;
  }
}
