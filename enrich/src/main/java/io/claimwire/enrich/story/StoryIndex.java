package io.claimwire.enrich.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Online clustering of articles into stories, in the order they come (the raw order, the order of truth), by what
 * they are about: the names they give (people, places, organisations, weighted most), the salient words of title and
 * body, and the figures they report ({@link StoryFeatures}). An article joins the open story whose profile it is
 * most like, when that likeness reaches the threshold; otherwise it opens a story of its own.
 *
 * <p>Bounded, whatever the history: a story's profile keeps its {@value #PROFILE} strongest features; the index from
 * a feature to the stories that hold it keeps the {@value #POSTINGS} most recently joined; an article's lookup reads
 * at most one posting list per feature of its own ({@value StoryFeatures#MAX_FEATURES} at most), so its cost does
 * not grow with the number of stories or articles held. A story with no new article for the window (by published
 * time) closes: it is dropped from the index, and an article on its subject later opens a new story.
 */
public final class StoryIndex {
  /** Features a story's profile keeps. */
  static final int PROFILE = 64;
  /** Stories a feature's posting list keeps, most recently joined last. */
  static final int POSTINGS = 48;
  /** Stories whose exact likeness to an article is computed (the best by an estimate from the posting lists). */
  static final int SHORTLIST = 8;

  /** Where an article went: its story, and whether that story was opened by it. */
  public record Assignment(String storyId, boolean opened, double similarity) {}

  /**
   * What the index keeps of an open story, enough to rebuild it: kept in a changelogged store by the topology and
   * read back, oldest joined first, when a task starts ({@link #restore}).
   */
  public record Snapshot(String storyId, Instant firstSeen, Instant lastSeen, int articles, Map<String, Double> profile) {
    public Snapshot {
      profile = Map.copyOf(profile);
    }
  }

  private static final class Story {
    final String id;
    final Instant firstSeen;
    Instant lastSeen;
    int articles;
    Map<String, Double> profile = new HashMap<>();
    /** The profile's norm with the rarities of when it last changed: the shortlist's estimate divides by it. */
    double norm = 1;
    /** The lookup that last scored this story, and the dot product it estimated. */
    long scored;
    double estimate;

    Story(String id, Instant at) {
      this.id = id;
      this.firstSeen = at;
      this.lastSeen = at;
    }
  }

  private final Duration window;
  private final double threshold;
  private final int shortlist;
  private final Map<String, Story> open = new LinkedHashMap<>(); // by last article joined, oldest first
  /** Per feature, the stories holding it with its weight in their profile, in the order they last took it. */
  private final Map<String, LinkedHashMap<Story, Double>> postings = new HashMap<>();
  /** Marks which stories a shortlist has touched (see {@link Story#scored}). */
  private long lookups;
  private Instant watermark = Instant.EPOCH;
  private long opened;
  private final List<String> closed = new ArrayList<>();

  public StoryIndex(Duration window, double threshold) {
    this(window, threshold, SHORTLIST);
  }

  /** With a shortlist of another length: {@code Integer.MAX_VALUE} compares every candidate exactly (tests). */
  StoryIndex(Duration window, double threshold, int shortlist) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a story window must be positive, got " + window);
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("the joining threshold must be between 0 and 1, got " + threshold);
    }
    this.window = window;
    this.threshold = threshold;
    this.shortlist = shortlist;
  }

  /** Seven days, and a likeness of 0.25. */
  public static StoryIndex withDefaults() {
    return new StoryIndex(Duration.ofDays(7), 0.25);
  }

  /** Puts the article in a story and returns which; {@code articleId} names a story it opens. */
  public Assignment assign(String articleId, String title, String text, Instant publishedAt) {
    Objects.requireNonNull(articleId, "articleId");
    Instant at = advance(publishedAt);
    Map<String, Double> features = StoryFeatures.of(title, text);
    Query q = query(features);
    Story best = null;
    double bestScore = 0;
    for (Story s : shortlist(q)) {
      double score = likeness(q, s);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    boolean opens = best == null || bestScore < threshold;
    Story story = opens ? new Story("story-" + articleId, at) : best;
    if (opens) {
      opened++;
    }
    join(story, features, at);
    return new Assignment(story.id, opens, bestScore);
  }

  /**
   * Adds an article to a story it already belongs to (a new version of an article keeps its story). True when the
   * story is open and took the article's features; a closed story is not reopened.
   */
  public boolean rejoin(String storyId, String title, String text, Instant publishedAt) {
    Instant at = advance(publishedAt);
    Story s = open.get(storyId);
    if (s == null) {
      return false;
    }
    join(s, StoryFeatures.of(title, text), at);
    return true;
  }

  /**
   * The article's time: its published time, which moves the clock on (closing the stories idle for the window), or
   * for an undated article the clock as it is.
   */
  private Instant advance(Instant publishedAt) {
    Instant at = publishedAt == null ? watermark : publishedAt;
    if (at.isAfter(watermark)) {
      watermark = at;
      closeIdle();
    }
    return at;
  }

  /** The open story's state, or null when it is not open. */
  public Snapshot snapshot(String storyId) {
    Story s = open.get(storyId);
    return s == null ? null : new Snapshot(s.id, s.firstSeen, s.lastSeen, s.articles, s.profile);
  }

  /**
   * Puts back a story from its snapshot (a task starting): call in the order the stories were last joined, oldest
   * first, so that posting lists keep the most recent stories.
   */
  public void restore(Snapshot snapshot) {
    Story s = new Story(snapshot.storyId(), snapshot.firstSeen());
    s.lastSeen = snapshot.lastSeen();
    s.articles = snapshot.articles();
    if (s.lastSeen.isAfter(watermark)) {
      watermark = s.lastSeen;
    }
    open.remove(s.id);
    open.put(s.id, s);
    s.profile = new HashMap<>(snapshot.profile());
    for (String f : s.profile.keySet()) {
      post(f, s);
    }
    s.norm = Math.max(1e-9, norm(s.profile, this::rarity));
  }

  /** The stories closed since the last call (their state can be forgotten), in the order they closed. */
  public List<String> drainClosed() {
    List<String> out = List.copyOf(closed);
    closed.clear();
    return out;
  }

  /** Stories open now (not closed by the window). */
  public int openStories() {
    return open.size();
  }

  /** Feature entries held in all posting lists: what the index's memory grows with. */
  public long postingEntries() {
    long n = 0;
    for (LinkedHashMap<Story, Double> p : postings.values()) {
      n += p.size();
    }
    return n;
  }

  /** Stories opened since this index was made. */
  public long storiesOpened() {
    return opened;
  }

  /**
   * An article's features as the lookup reads them: each with its weight, its posting list and its rarity, found once
   * (the index does not change while an article is looked up), and the article's norm.
   */
  private record Query(String[] keys, double[] weights, LinkedHashMap<Story, Double>[] lists, double[] rarities,
      double norm) {}

  @SuppressWarnings("unchecked")
  private Query query(Map<String, Double> features) {
    int n = features.size();
    String[] keys = new String[n];
    double[] weights = new double[n];
    LinkedHashMap<Story, Double>[] lists = new LinkedHashMap[n];
    double[] rarities = new double[n];
    double sum = 0;
    int i = 0;
    for (Map.Entry<String, Double> e : features.entrySet()) {
      keys[i] = e.getKey();
      weights[i] = e.getValue();
      lists[i] = postings.get(keys[i]);
      rarities[i] = rarity(lists[i]);
      double w = weights[i] * rarities[i];
      sum += w * w;
      i++;
    }
    return new Query(keys, weights, lists, rarities, Math.sqrt(sum));
  }

  /**
   * The few open stories worth an exact likeness: every story that shares a feature with the article gets the dot
   * product of the two (read from the posting lists, one profile look-up per shared feature), divided by the norm
   * its profile had when it last took an article; the {@value #SHORTLIST} best go on, best first (in the order they
   * were first touched when two estimate alike). Reading at most {@value StoryFeatures#MAX_FEATURES} posting lists
   * of at most {@value #POSTINGS} stories each bounds the work.
   */
  private List<Story> shortlist(Query q) {
    long mark = ++lookups;
    List<Story> touched = new ArrayList<>();
    for (int i = 0; i < q.keys.length; i++) {
      if (q.lists[i] == null) {
        continue;
      }
      double weight = q.weights[i] * q.rarities[i] * q.rarities[i];
      for (Map.Entry<Story, Double> posting : q.lists[i].entrySet()) {
        Story s = posting.getKey();
        if (s.scored != mark) {
          s.scored = mark;
          s.estimate = 0;
          touched.add(s);
        }
        s.estimate += weight * posting.getValue();
      }
    }
    return best(touched, Math.min(shortlist, touched.size()));
  }

  /** The {@code n} stories of the best estimates, best first; of two alike, the one touched first. */
  private static List<Story> best(List<Story> touched, int n) {
    Story[] best = new Story[n];
    double[] keys = new double[n];
    int held = 0;
    for (Story s : touched) {
      double key = s.estimate / s.norm;
      if (held == n && Double.compare(key, keys[n - 1]) <= 0) {
        continue;
      }
      int j = Math.min(held, n - 1); // when full, the last one leaves
      if (held < n) {
        held++;
      }
      while (j > 0 && Double.compare(key, keys[j - 1]) > 0) {
        best[j] = best[j - 1];
        keys[j] = keys[j - 1];
        j--;
      }
      best[j] = s;
      keys[j] = key;
    }
    return Arrays.asList(best);
  }

  /**
   * How rare a feature is among the open stories: many stories holding it ("killed", "residents") say little about
   * which one an article belongs to. From the length of its posting list, itself bounded.
   */
  private double rarity(String feature) {
    return rarity(postings.get(feature));
  }

  private static double rarity(LinkedHashMap<Story, Double> postingList) {
    return Math.log(1 + (double) POSTINGS / (1 + (postingList == null ? 0 : postingList.size())));
  }

  /**
   * Cosine likeness of an article (its features with their rarities, and its norm) and a story, each feature's
   * weight times its rarity; the story's norm is the one its profile had when it last took an article (rarities
   * move slowly).
   */
  private static double likeness(Query q, Story s) {
    double dot = 0;
    for (int i = 0; i < q.keys.length; i++) {
      Double w = s.profile.get(q.keys[i]);
      if (w != null) {
        double r = q.rarities[i];
        dot += q.weights[i] * w * r * r;
      }
    }
    return dot == 0 ? 0 : dot / (q.norm * s.norm);
  }

  private static double norm(Map<String, Double> v, java.util.function.ToDoubleFunction<String> rarity) {
    double s = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      double w = e.getValue() * rarity.applyAsDouble(e.getKey());
      s += w * w;
    }
    return Math.sqrt(s);
  }

  private void join(Story s, Map<String, Double> features, Instant at) {
    open.remove(s.id);
    open.put(s.id, s); // now the most recently joined
    if (at.isAfter(s.lastSeen)) {
      s.lastSeen = at;
    }
    s.articles++;
    Map<String, Double> merged = new HashMap<>(s.profile);
    features.forEach((f, w) -> merged.merge(f, w, Double::sum));
    Map<String, Double> kept = StoryFeatures.strongest(merged, PROFILE);
    for (String f : s.profile.keySet()) {
      if (!kept.containsKey(f)) {
        unpost(f, s);
      }
    }
    s.profile = kept;
    for (String f : kept.keySet()) {
      post(f, s);
    }
    s.norm = Math.max(1e-9, norm(kept, this::rarity));
  }

  private void post(String feature, Story s) {
    LinkedHashMap<Story, Double> p = postings.computeIfAbsent(feature, k -> new LinkedHashMap<>());
    p.remove(s);
    p.put(s, s.profile.getOrDefault(feature, 0.0));
    if (p.size() > POSTINGS) {
      var eldest = p.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
  }

  private void unpost(String feature, Story s) {
    LinkedHashMap<Story, Double> p = postings.get(feature);
    if (p != null) {
      p.remove(s);
      if (p.isEmpty()) {
        postings.remove(feature);
      }
    }
  }

  /** Closes the stories whose last article is more than the window before the newest published time seen. */
  private void closeIdle() {
    Instant cutoff = watermark.minus(window);
    var it = open.values().iterator();
    while (it.hasNext()) {
      Story s = it.next();
      if (!s.lastSeen.isBefore(cutoff)) {
        return; // oldest joined first: the first story still open ends the walk, so closing costs per story closed
      }
      for (String f : s.profile.keySet()) {
        unpost(f, s);
      }
      it.remove();
      closed.add(s.id);
    }
  }
}
