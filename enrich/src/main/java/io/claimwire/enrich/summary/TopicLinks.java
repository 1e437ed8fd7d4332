package io.claimwire.enrich.summary;

import io.claimwire.enrich.text.Lexicon;
import io.claimwire.schemas.avro.Claim;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * When two figure topics of one story are one question told in two wordings. Reports of one event name what a figure
 * measures in words the lists may not know ("washed up along 35 km of coast", "the spill covers 35 km"): two topics
 * of one story, in one unit, that hold the same figure, exactly and precise enough to be no coincidence, are linked,
 * unless their classes say they are different questions.
 *
 * <ul>
 *   <li>A figure anchors a link when it is a single exact value with at least two significant digits (14, 6,500,
 *       4.5, 1,400): 2, 9 or 2,000 recur in one story by chance. Vague figures and ranges anchor nothing.</li>
 *   <li>Two topics may link when they are of one story and unit, and both their measure classes and their counted
 *       classes agree: the same, kin ({@code kin-classes.tsv}: evacuated and displaced), or at least one of the two
 *       is a wording the lists do not know. Two known classes that differ ({@code killed}, {@code missing}) never
 *       link.</li>
 *   <li>A claim that says too little for a topic ("Eleven baggage handlers face charges", "the typical property
 *       sold for 312,400 euros") joins the figure where one group of its story, and no other, holds its anchor in
 *       its unit, unless its own measure is a known class other than the group's ({@link #looseAgrees}).</li>
 * </ul>
 */
public final class TopicLinks {
  private TopicLinks() {}

  private static final Lexicon KIN = Lexicon.load(FigureTopics.DIR + "kin-classes.tsv");
  /** Every counted class the lists name. */
  private static final Set<String> COUNTED = countedClasses();

  private static Set<String> countedClasses() {
    Set<String> out = new TreeSet<>();
    for (String file : List.of("counted-classes.tsv", "counted-by-measure.tsv", "unit-counts.tsv",
        "counted-for-measure.tsv")) {
      for (String[] e : Lexicon.entries(FigureTopics.DIR + file)) {
        out.add(e[1]);
      }
    }
    return Set.copyOf(out);
  }

  /** The figure a claim anchors links with, written exactly ("6500", "4.5"), or null when it anchors none. */
  public static String anchor(Claim c) {
    if (c.getHigh() != null || c.getVague() || Double.isNaN(c.getValue()) || Double.isInfinite(c.getValue())) {
      return null;
    }
    BigDecimal v = BigDecimal.valueOf(c.getValue()).stripTrailingZeros();
    return v.precision() >= 2 ? v.toPlainString() : null;
  }

  /** Whether two topic keys (story|measure|counted|unit) may be one question, given that they share a figure. */
  public static boolean mayLink(String a, String b) {
    String[] x = a.split("\\|", -1);
    String[] y = b.split("\\|", -1);
    if (x.length != 4 || y.length != 4 || !x[0].equals(y[0]) || !x[3].equals(y[3]) || a.equals(b)) {
      return false;
    }
    return agree(x[1], y[1], TopicAttributes.knownMeasure(x[1]), TopicAttributes.knownMeasure(y[1]))
        && agree(x[2], y[2], COUNTED.contains(x[2]), COUNTED.contains(y[2]));
  }

  private static boolean agree(String a, String b, boolean aKnown, boolean bKnown) {
    if (a.equals(b) || !aKnown || !bKnown) {
      return true;
    }
    String kin = KIN.classOf(a);
    return kin != null && kin.equals(KIN.classOf(b));
  }

  /** The measure and counted part of a loose key: claims that say too little for a topic of their own. */
  private static final String LOOSE = "~";
  private static final String LOOSE_PART = "|" + LOOSE + "|" + LOOSE + "|";

  /**
   * The key under which a claim that says too little for a topic (no measure the rules can key, or nothing counted)
   * waits in its story, by unit, for a topic holding its figure: {@code story|~|~|unit}; null when it anchors
   * nothing or has no story.
   */
  public static String looseKey(Claim c) {
    if (c.getStoryId() == null || anchor(c) == null) {
      return null;
    }
    return c.getStoryId() + LOOSE_PART + (c.getUnit() == null ? "count" : c.getUnit());
  }

  /** Whether a topic key is a loose key ({@link #looseKey}). */
  public static boolean isLoose(String topicKey) {
    return topicKey.contains(LOOSE_PART);
  }

  /**
   * Whether a loose claim's own measure (as written, or null) may be the question of a topic named {@code topicKey}:
   * none, a wording the lists do not know, or the topic's class or its kin.
   */
  public static boolean looseAgrees(String measure, String topicKey) {
    String m = FigureTopics.measureClass(measure);
    String t = FigureTopics.measureOf(topicKey);
    return m == null || agree(m, t, TopicAttributes.knownMeasure(m), TopicAttributes.knownMeasure(t));
  }

  /** Whether the topic's measure class is one the lists know: a linked group is named after such a member first. */
  public static boolean knownMeasure(String topicKey) {
    return TopicAttributes.knownMeasure(FigureTopics.measureOf(topicKey));
  }
}
