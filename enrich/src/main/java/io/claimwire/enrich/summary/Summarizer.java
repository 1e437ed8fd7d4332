package io.claimwire.enrich.summary;

import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.Qualifier;
import io.claimwire.schemas.avro.SummaryFigure;
import io.claimwire.schemas.avro.SummaryStatus;
import io.claimwire.schemas.avro.TopicContribution;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns everything reported on one figure topic into its summary. A pure function of the contributions (their
 * order does not matter), so any instance that owns a topic computes the same summary.
 *
 * <ul>
 *   <li>Claims whose values are within {@link #MERGE_TOLERANCE} of each other (and whose periods match) are one
 *       figure: "over 3,000", "at least 3,000" and "closer to 3,000" are one figure with all their sources.</li>
 *   <li>A figure's independent outlets are the distinct outlets of the articles that reported it; outlets that
 *       only carried a syndicated copy are listed as evidence and not counted.</li>
 *   <li>When one source gives different figures for the same period in articles published at different times,
 *       its earlier figures are superseded (kept, marked) by its latest.</li>
 *   <li>{@code DISPUTED}: two current figures from different sources, whose head nouns, periods and places
 *       match, more than the tolerance apart. A rate ("per year") does not match a figure with no period; a
 *       smaller figure that only one article gives, with a place, is that place's share of the article's larger
 *       figure with no place, not a dispute. "At least" does not excuse a difference; a vague figure
 *       ("thousands") disputes only a figure below its lower bound. A measure several holders each have (seats,
 *       votes) with no holder named never disputes. {@code CORROBORATED}: no dispute, and a
 *       current figure carried by two or more independent outlets. {@code SINGLE} otherwise.</li>
 * </ul>
 */
public final class Summarizer {
  /** Values this close (relative to the larger) are one figure. */
  public static final double MERGE_TOLERANCE = 0.05;
  /** Default relative difference above which figures dispute. */
  public static final double DEFAULT_TOLERANCE = 0.2;

  private final double tolerance;

  public Summarizer(double tolerance) {
    if (!(tolerance > 0 && tolerance < 1)) {
      throw new IllegalArgumentException("dispute tolerance must be in (0, 1), got " + tolerance);
    }
    this.tolerance = tolerance;
  }

  /** One claim with the evidence of where it was carried, and its source's name as used across the topic. */
  private record Carried(Claim claim, Set<String> syndicatedBy, String source) {

    String outlet() {
      return claim.getOutlet() != null ? claim.getOutlet() : claim.getArticleId();
    }

    long published(long fallback) {
      return claim.getPublishedAt() != null ? claim.getPublishedAt().toEpochMilli() : fallback;
    }
  }

  private static final class Figure {
    final List<Carried> claims = new ArrayList<>();
    final Set<String> supersededClaims = new TreeSet<>();
    String period;
    // computed once the figure's claims are all in (settle()), then read by every comparison
    Double high;
    boolean vague;
    Set<String> sources;
    Set<String> articles;
    String location;
    String head;

    double value() {
      return claims.get(0).claim().getValue();
    }

    boolean superseded() {
      return supersededClaims.size() == claims.size();
    }

    void settle() {
      high = mode(claims, c -> c.claim().getHigh());
      vague = claims.stream().allMatch(c -> c.claim().getVague());
      sources = new TreeSet<>();
      claims.forEach(c -> sources.add(c.source()));
      articles = new TreeSet<>();
      claims.forEach(c -> articles.add(c.claim().getArticleId()));
      location = mode(claims, c -> c.claim().getLocation());
      head = mode(claims, c -> c.claim().getSubject() == null ? null
          : FigureTopics.headClass(c.claim().getSubject(), c.claim().getMeasure())); // kept per wording there
    }
  }

  /** The summary of a topic from every article's contribution to it; null when nothing is left on it. */
  public ClaimSummary summarize(String topicKey, List<TopicContribution> contributions, long now) {
    List<Carried> all = new ArrayList<>();
    Map<String, String> names = sourceNames(contributions);
    for (TopicContribution c : contributions) {
      Set<String> syndicated = new TreeSet<>(c.getSyndicatedBy());
      c.getClaims().forEach(claim -> all.add(new Carried(claim, syndicated, names.get(rawSource(claim)))));
    }
    if (all.isEmpty()) {
      return null;
    }
    all.sort(Comparator.comparingDouble((Carried c) -> c.claim().getValue())
        .thenComparing(c -> c.claim().getClaimId()));
    List<Figure> figures = new ArrayList<>();
    for (Carried c : all) {
      Figure into = null;
      for (Figure f : figures) {
        if (close(f.value(), c.claim().getValue(), MERGE_TOLERANCE) && f.claims.get(0).claim().getVague() == c.claim().getVague()
            && TopicAttributes.periodsMatch(f.period, c.claim().getPeriod())) {
          into = f;
          break;
        }
      }
      if (into == null) {
        into = new Figure();
        figures.add(into);
      }
      into.claims.add(c);
      if (into.period == null) {
        into.period = c.claim().getPeriod();
      }
    }
    figures.forEach(Figure::settle);
    markSuperseded(figures, now);

    List<SummaryFigure> out = new ArrayList<>();
    for (Figure f : figures) {
      out.add(toFigure(f, now));
    }
    out.sort(Comparator.comparing(SummaryFigure::getSuperseded)
        .thenComparing(Comparator.comparingInt(SummaryFigure::getIndependentOutlets).reversed())
        .thenComparingDouble(SummaryFigure::getValue));

    String note = TopicAttributes.heldWithoutHolder(topicKey) ? null : dispute(figures); // two parties' seats: none
    SummaryStatus status = note != null ? SummaryStatus.DISPUTED : SummaryStatus.SINGLE;
    if (status != SummaryStatus.DISPUTED) {
      for (SummaryFigure f : out) {
        if (!f.getSuperseded() && f.getIndependentOutlets() >= 2) {
          status = SummaryStatus.CORROBORATED;
          note = format(f.getValue()) + " carried by " + f.getIndependentOutlets() + " independent outlets";
          break;
        }
      }
    }
    List<Carried> current = new ArrayList<>();
    figures.stream().filter(f -> !f.superseded()).forEach(f -> current.addAll(f.claims));
    return ClaimSummary.newBuilder().setTopicKey(topicKey)
        .setSubject(mode(current, c -> c.claim().getSubject()))
        .setMeasure(FigureTopics.measureName(FigureTopics.measureOf(topicKey)))
        .setStoryId(FigureTopics.storyOf(topicKey))
        .setLocation(mode(current, c -> c.claim().getLocation()))
        .setFigures(out).setStatus(status).setNote(note).setTolerance(tolerance)
        .setUpdatedAt(Instant.ofEpochMilli(now)).build();
  }

  /** The first two figures that dispute, described ("3,000 (union) vs 1,800 (port authority): 40% apart"), or null. */
  private String dispute(List<Figure> figures) {
    for (int i = 0; i < figures.size(); i++) {
      for (int j = i + 1; j < figures.size(); j++) {
        Figure a = figures.get(i);
        Figure b = figures.get(j);
        if (disputes(a, b)) {
          return describe(a) + " vs " + describe(b) + ": " + percent(gap(a, b)) + " apart";
        }
      }
    }
    return null;
  }

  private static String rawSource(Claim c) {
    String name = c.getSource() == null ? null : c.getSource().getName();
    if (name != null) {
      return name;
    }
    return c.getOutlet() != null ? c.getOutlet() : c.getArticleId();
  }

  /**
   * One name per source across the topic's articles: a person named by surname alone in one article ("Ruiz")
   * is the person named in full in another ("Ana Ruiz") when exactly one full name on the topic ends so.
   */
  private static Map<String, String> sourceNames(List<TopicContribution> contributions) {
    Set<String> names = new TreeSet<>();
    Set<String> people = new TreeSet<>();
    for (TopicContribution t : contributions) {
      for (Claim c : t.getClaims()) {
        String n = rawSource(c);
        names.add(n);
        if (c.getSource() != null && c.getSource().getKind() == io.claimwire.schemas.avro.SourceKind.PERSON) {
          people.add(n);
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (String n : names) {
      String canonical = n;
      if (people.contains(n) && !n.contains(" ")) {
        List<String> full = people.stream().filter(p -> p.endsWith(" " + n)).toList();
        if (full.size() == 1) {
          canonical = full.get(0);
        }
      }
      out.put(n, canonical);
    }
    return out;
  }

  /**
   * Per source and period: the figures it gave in its newest article; its claims in other figures published
   * earlier are superseded.
   */
  private void markSuperseded(List<Figure> figures, long now) {
    Map<String, Long> newest = new HashMap<>();
    for (Figure f : figures) {
      for (Carried c : f.claims) {
        newest.merge(key(c, f), c.published(now), Math::max);
      }
    }
    Map<String, Set<Figure>> newestFigures = new HashMap<>();
    for (Figure f : figures) {
      for (Carried c : f.claims) {
        String k = key(c, f);
        if (c.published(now) == newest.get(k)) {
          newestFigures.computeIfAbsent(k, x -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))
              .add(f);
        }
      }
    }
    for (Figure f : figures) {
      for (Carried c : f.claims) {
        String k = key(c, f);
        Set<Figure> latest = newestFigures.get(k);
        boolean laterElsewhere = latest.size() > 1 || !latest.contains(f);
        if (c.published(now) < newest.get(k) && laterElsewhere) {
          f.supersededClaims.add(c.claim().getClaimId());
        }
      }
    }
  }

  private static String key(Carried c, Figure f) {
    return c.source() + "\u0000" + (f.period == null ? "" : f.period.toLowerCase(Locale.ROOT));
  }

  private boolean disputes(Figure a, Figure b) {
    if (a.superseded() || b.superseded()) {
      return false;
    }
    Set<String> shared = new TreeSet<>(a.sources);
    shared.retainAll(b.sources);
    if (!shared.isEmpty()) {
      return false; // one source giving two figures (a total and a part, say) does not dispute itself
    }
    if (placedPartOf(a, b) || placedPartOf(b, a)) {
      return false;
    }
    if (!TopicAttributes.periodsMatch(a.period, b.period) || !TopicAttributes.locationsMatch(a.location, b.location)
        || !TopicAttributes.headsMatch(a.head, b.head)) {
      return false;
    }
    return gap(a, b) > tolerance;
  }

  /**
   * True when {@code part} is a place's share of {@code whole} as one article tells it: smaller, given only by an
   * article that gives {@code whole} too, and placed ("in Punjab, 66 people were injured") where the whole is not
   * ("187 people were injured countrywide").
   */
  private static boolean placedPartOf(Figure part, Figure whole) {
    return part.value() < whole.value() && part.location != null && whole.location == null
        && part.articles.size() == 1 && whole.articles.contains(part.articles.iterator().next());
  }

  /** Relative distance between the figures' intervals: a range spans low..high, a vague figure low..infinity. */
  private static double gap(Figure a, Figure b) {
    double aLow = a.value();
    double aHigh = a.vague ? Double.POSITIVE_INFINITY : a.high != null ? a.high : a.value();
    double bLow = b.value();
    double bHigh = b.vague ? Double.POSITIVE_INFINITY : b.high != null ? b.high : b.value();
    double distance = Math.max(0, Math.max(bLow - aHigh, aLow - bHigh));
    double scale = Math.max(Double.isInfinite(aHigh) ? aLow : aHigh, Double.isInfinite(bHigh) ? bLow : bHigh);
    return scale == 0 ? 0 : distance / Math.abs(scale);
  }

  private static boolean close(double a, double b, double tol) {
    double scale = Math.max(Math.abs(a), Math.abs(b));
    return scale == 0 || Math.abs(a - b) / scale <= tol;
  }

  private SummaryFigure toFigure(Figure f, long now) {
    Set<String> outlets = new TreeSet<>();
    Set<String> syndicated = new TreeSet<>();
    Set<String> claimIds = new TreeSet<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (Carried c : f.claims) {
      outlets.add(c.outlet());
      syndicated.addAll(c.syndicatedBy());
      claimIds.add(c.claim().getClaimId());
      first = Math.min(first, c.published(now));
      last = Math.max(last, c.published(now));
    }
    syndicated.removeAll(outlets);
    Qualifier qualifier = mode(f.claims, c -> c.claim().getQualifier());
    return SummaryFigure.newBuilder().setValue(f.value()).setQualifier(qualifier)
        .setUnit(f.claims.get(0).claim().getUnit()).setPeriod(f.period).setSources(new ArrayList<>(f.sources))
        .setOutlets(new ArrayList<>(outlets)).setIndependentOutlets(outlets.size())
        .setClaimIds(new ArrayList<>(claimIds)).setFirstSeen(Instant.ofEpochMilli(first))
        .setLastSeen(Instant.ofEpochMilli(last)).setLocation(f.location)
        .setSubject(mode(f.claims, c -> c.claim().getSubject())).setVague(f.vague).setHigh(f.high)
        .setSyndicatedOutlets(new ArrayList<>(syndicated)).setSuperseded(f.superseded()).build();
  }

  /** The most frequent non-null value; ties go to the first in the (sorted) claim order. */
  private static <T> T mode(List<Carried> claims, Function<Carried, T> of) {
    Map<T, Integer> counts = new LinkedHashMap<>();
    for (Carried c : claims) {
      T v = of.apply(c);
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    T best = null;
    int n = 0;
    for (var e : counts.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  private static String describe(Figure f) {
    return format(f.value()) + " (" + String.join(", ", f.sources) + ")";
  }

  private static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return NumberFormat.getIntegerInstance(Locale.ROOT).format(v);
    }
    return String.valueOf(v);
  }

  private static String percent(double gap) {
    return Math.round(gap * 100) + "%";
  }
}
