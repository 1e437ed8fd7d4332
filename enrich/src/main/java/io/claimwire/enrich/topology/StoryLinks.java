package io.claimwire.enrich.topology;

import io.claimwire.enrich.summary.TopicLinks;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.TopicContribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The figure topics of a story that are one question in two wordings ({@link TopicLinks}), for the summarizer, which
 * sees every topic of a story (contributions are partitioned by story). Two stores: an index of the figures each
 * topic holds (story, unit, figure, topic, article), kept with the contributions, so that the topics sharing a
 * figure are one prefix read; and, for each topic of a linked group, the group as last summarised (its key first),
 * so that a change to one member summarises the others again.
 *
 * <p>A group is every topic reached through shared figures, if no two of them are different questions and there
 * are at most {@link #MAX_GROUP}; otherwise each topic stays alone. It is named by its first member: a measure the
 * lists know before a wording, then the smaller key. Both decisions depend on the stored figures only, not on the
 * topic a pass starts from.
 */
final class StoryLinks {
  /** Topics one group may hold: a bound on the reads a summary makes, whatever the story's size. */
  static final int MAX_GROUP = 8;
  private static final String SEP = "\u0000";
  private static final Comparator<String> NAMING = Comparator.comparing((String t) -> !TopicLinks.knownMeasure(t))
      .thenComparing(Comparator.naturalOrder());
  private final KeyValueStore<String, String> figures;
  private final KeyValueStore<String, String> groups;
  private final StringSerializer keys = new StringSerializer();

  StoryLinks(KeyValueStore<String, String> figures, KeyValueStore<String, String> groups) {
    this.figures = figures;
    this.groups = groups;
  }

  /** Keeps the index in step with one article's contribution to a topic, from {@code before} to {@code after}. */
  void contributed(String topic, String articleId, TopicContribution before, TopicContribution after) {
    Set<String> old = anchors(topic, before);
    Set<String> now = anchors(topic, after);
    for (String a : old) {
      if (!now.contains(a)) {
        figures.delete(a + topic + SEP + articleId);
      }
    }
    for (String a : now) {
      if (!old.contains(a)) {
        figures.put(a + topic + SEP + articleId, "");
      }
    }
  }

  /** The members of the group the topic was in when last summarised (none when it was alone). */
  List<String> lastGroup(String topic) {
    String g = groups.get(topic);
    return g == null ? List.of() : List.of(g.split("\n"));
  }

  /**
   * The topic's group now, its name first ({@code [topic]} when it is alone), reading each member's contributions
   * through {@code contributions}.
   */
  List<String> group(String topic, Function<String, List<TopicContribution>> contributions) {
    if (topic.split("\\|", -1).length != 4) {
      return List.of(topic); // a key made before stories: no story to link within
    }
    Set<String> members = new TreeSet<>(NAMING);
    List<String> queue = new ArrayList<>(List.of(topic));
    members.add(topic);
    for (int i = 0; i < queue.size(); i++) {
      String m = queue.get(i);
      for (TopicContribution c : contributions.apply(m)) {
        for (String a : anchors(m, c)) {
          for (String other : topicsHolding(a)) {
            if (TopicLinks.mayLink(m, other) && members.add(other)) {
              queue.add(other);
              if (members.size() > MAX_GROUP) {
                return List.of(topic);
              }
            }
          }
        }
      }
    }
    for (String a : members) {
      for (String b : members) {
        if (!a.equals(b) && !TopicLinks.mayLink(a, b)) {
          return List.of(topic); // "14 killed" and "14 missing" both meet an unknown wording of 14: no group
        }
      }
    }
    return List.copyOf(members);
  }

  /** Records the group as summarised: each member knows it, or forgets any group when it is alone. */
  void summarised(List<String> group) {
    if (group.size() == 1) {
      if (groups.get(group.get(0)) != null) {
        groups.delete(group.get(0));
      }
      return;
    }
    String joined = String.join("\n", group);
    group.forEach(m -> groups.put(m, joined));
  }

  /** Forgets a topic that left the summarizer: its figures in the index and its group. */
  void forget(String topic, List<TopicContribution> contributions) {
    for (TopicContribution c : contributions) {
      contributed(topic, c.getArticleId(), c, null);
    }
    groups.delete(topic);
  }

  /** The topics other than those of the prefix's own article that hold a figure ({@code story, unit, figure}). */
  private List<String> topicsHolding(String anchorPrefix) {
    Set<String> out = new TreeSet<>();
    try (var it = figures.prefixScan(anchorPrefix, keys)) {
      it.forEachRemaining(kv -> {
        String rest = kv.key.substring(anchorPrefix.length());
        out.add(rest.substring(0, rest.lastIndexOf(SEP)));
      });
    }
    return new ArrayList<>(out);
  }

  /** The index prefixes ({@code story SEP unit SEP figure SEP}) of the figures a contribution anchors. */
  private static Set<String> anchors(String topic, TopicContribution c) {
    if (c == null || c.getClaims().isEmpty()) {
      return Set.of();
    }
    String[] parts = topic.split("\\|", -1);
    if (parts.length != 4) {
      return Set.of();
    }
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (Claim claim : c.getClaims()) {
      String a = TopicLinks.anchor(claim);
      if (a != null) {
        out.put(parts[0] + SEP + parts[3] + SEP + a + SEP, true);
      }
    }
    return out.keySet();
  }
}
