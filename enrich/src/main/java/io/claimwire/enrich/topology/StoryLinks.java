package io.claimwire.enrich.topology;

import io.claimwire.enrich.summary.TopicLinks;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.TopicContribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The figure topics of a story that are one question in two wordings ({@link TopicLinks}), for the summarizer, which
 * sees every topic of a story (contributions are partitioned by story). An index of the figures each topic holds
 * (story, unit and figure, to each topic and article holding it), in memory, kept with the contributions and rebuilt
 * from their store when the task starts (so it is what the store holds, after a restore too, and costs no
 * changelog), so that the topics sharing a figure are one lookup; and a store that keeps, for each topic of a
 * linked group, the group as last summarised (its key first), so that a change to one member summarises the others
 * again.
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
  /** By figure ({@code story SEP unit SEP figure SEP}): each topic holding it, with the articles that give it there. */
  private final Map<String, Map<String, List<String>>> figures = new HashMap<>();
  /** By topic: the figures its contributions hold, each with how many articles give it. */
  private final Map<String, Map<String, Integer>> heldBy = new HashMap<>();
  private int indexed;
  private final KeyValueStore<String, String> groups;

  /** A topic's group now: its members, its name first, and the figures each member holds. */
  record Group(List<String> members, Map<String, Set<String>> figures) {
    String name() {
      return members.get(0);
    }
  }

  /** Links over the group store, with the index built from every contribution stored. */
  StoryLinks(KeyValueStore<String, TopicContribution> contributions, KeyValueStore<String, String> groups) {
    this.groups = groups;
    try (var all = contributions.all()) {
      all.forEachRemaining(kv -> {
        int sep = kv.key.lastIndexOf(SEP);
        contributed(kv.key.substring(0, sep), kv.key.substring(sep + 1), null, kv.value);
      });
    }
  }

  /** Keeps the index in step with one article's contribution to a topic, from {@code before} to {@code after}. */
  void contributed(String topic, String articleId, TopicContribution before, TopicContribution after) {
    Set<String> old = anchors(topic, before);
    Set<String> now = anchors(topic, after);
    for (String a : old) {
      Map<String, List<String>> holders = now.contains(a) ? null : figures.get(a);
      List<String> articles = holders == null ? null : holders.get(topic);
      if (articles != null && articles.remove(articleId)) {
        indexed--;
        if (articles.isEmpty()) {
          holders.remove(topic);
          if (holders.isEmpty()) {
            figures.remove(a);
          }
        }
        Map<String, Integer> held = heldBy.get(topic);
        if (held.merge(a, -1, Integer::sum) == 0) {
          held.remove(a);
          if (held.isEmpty()) {
            heldBy.remove(topic);
          }
        }
      }
    }
    for (String a : now) {
      if (!old.contains(a)) {
        figures.computeIfAbsent(a, x -> new HashMap<>(2)).computeIfAbsent(topic, x -> new ArrayList<>(2))
            .add(articleId);
        heldBy.computeIfAbsent(topic, x -> new HashMap<>(4)).merge(a, 1, Integer::sum);
        indexed++;
      }
    }
  }

  /** The figures a topic's stored contributions hold. */
  private Set<String> held(String topic) {
    Map<String, Integer> held = heldBy.get(topic);
    return held == null ? Set.of() : held.keySet();
  }

  /** How many (figure, topic, article) entries the index holds. */
  int indexed() {
    return indexed;
  }

  /** The members of the group the topic was in when last summarised (none when it was alone). */
  List<String> lastGroup(String topic) {
    String g = groups.get(topic);
    return g == null ? List.of() : List.of(g.split("\n"));
  }

  /**
   * The topic's group now ({@code [topic]} when it is alone), from the index alone: call it after the members'
   * contributions were read (a read may drop the oldest beyond the cap).
   */
  Group group(String topic) {
    Map<String, Set<String>> held = new HashMap<>();
    held.put(topic, Set.copyOf(held(topic)));
    Group alone = new Group(List.of(topic), held);
    if (topic.split("\\|", -1).length != 4) {
      return alone; // a key made before stories: no story to link within
    }
    Set<String> members = new TreeSet<>(NAMING);
    List<String> queue = new ArrayList<>(List.of(topic));
    members.add(topic);
    Set<String> seen = new HashSet<>(); // a figure many articles give is read once
    for (int i = 0; i < queue.size(); i++) {
      String m = queue.get(i);
      for (String a : held.computeIfAbsent(m, t -> Set.copyOf(held(t)))) {
        for (String other : seen.add(a) ? topicsHolding(a) : Set.<String>of()) {
          if (!other.equals(m) && !TopicLinks.isLoose(other) && TopicLinks.mayLink(m, other) && members.add(other)) {
            queue.add(other);
            if (members.size() > MAX_GROUP) {
              return alone;
            }
          }
        }
      }
    }
    for (String a : members) {
      for (String b : members) {
        if (!a.equals(b) && !TopicLinks.mayLink(a, b)) {
          return alone; // "14 killed" and "14 missing" both meet an unknown wording of 14: no group
        }
      }
    }
    return new Group(List.copyOf(members), held);
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

  /** The topics that hold a figure ({@code story, unit, figure}). */
  private Set<String> topicsHolding(String anchorPrefix) {
    return figures.getOrDefault(anchorPrefix, Map.of()).keySet();
  }

  /**
   * The topics (not loose) holding a figure that a loose contribution held before or holds now: their summaries may
   * change.
   */
  Set<String> topicsSharing(String looseTopic, TopicContribution before, TopicContribution after) {
    Set<String> out = new TreeSet<>();
    Set<String> anchors = new TreeSet<>(anchors(looseTopic, before));
    anchors.addAll(anchors(looseTopic, after));
    for (String a : anchors) {
      topicsHolding(a).stream().filter(t -> !TopicLinks.isLoose(t)).forEach(out::add);
    }
    return out;
  }

  /**
   * The loose claims that join a group: those whose figure the group holds and no topic outside it does, and whose
   * own measure agrees with the group's ({@link TopicLinks#looseAgrees}), as contributions of their articles.
   */
  List<TopicContribution> looseFor(Group group, Function<String, TopicContribution> stored) {
    Set<String> members = Set.copyOf(group.members());
    Set<String> seen = new HashSet<>();
    Map<String, TopicContribution> out = new LinkedHashMap<>();
    for (String m : group.members()) {
      for (String a : group.figures().get(m)) {
        Map<String, List<String>> holders = seen.add(a) ? figures.getOrDefault(a, Map.of()) : Map.of();
        if (!holders.keySet().stream().anyMatch(TopicLinks::isLoose)
            || !holders.keySet().stream().allMatch(t -> TopicLinks.isLoose(t) || members.contains(t))) {
          continue; // no loose claim, or another question of the story holds the figure too: whose it is, is unclear
        }
        holders.forEach((t, articles) -> {
          for (String article : TopicLinks.isLoose(t) ? articles : List.<String>of()) {
            TopicContribution loose = stored.apply(t + SEP + article);
            if (loose != null) {
              join(out, loose, a, t, group.name());
            }
          }
        });
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Adds a loose contribution's claims of one figure to what joins the group, one contribution per article. */
  private static void join(Map<String, TopicContribution> out, TopicContribution loose, String anchor,
      String looseTopic, String groupName) {
    List<Claim> claims = new ArrayList<>();
    String[] parts = looseTopic.split("\\|", -1);
    for (Claim claim : loose.getClaims()) {
      if (anchor.equals(anchorOf(parts, claim))
          && TopicLinks.looseAgrees(claim.getMeasure(), groupName)) {
        claims.add(claim);
      }
    }
    if (claims.isEmpty()) {
      return;
    }
    TopicContribution had = out.get(loose.getArticleId());
    if (had != null) {
      claims.addAll(0, had.getClaims());
    }
    out.put(loose.getArticleId(), TopicContribution.newBuilder(loose).setClaims(claims).build());
  }

  /** The index prefixes ({@code story SEP unit SEP figure SEP}) of the figures a contribution anchors. */
  private static Set<String> anchors(String topic, TopicContribution c) {
    String[] parts = c == null || c.getClaims().isEmpty() ? null : topic.split("\\|", -1);
    if (parts == null || parts.length != 4) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (Claim claim : c.getClaims()) {
      String a = anchorOf(parts, claim);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  /** The index prefix of a claim's figure in the topic whose key parts are given, or null when it anchors none. */
  private static String anchorOf(String[] topicParts, Claim claim) {
    String a = TopicLinks.anchor(claim);
    return a == null ? null : topicParts[0] + SEP + topicParts[3] + SEP + a + SEP;
  }
}
