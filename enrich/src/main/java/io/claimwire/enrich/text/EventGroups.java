package io.claimwire.enrich.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A figure counted out of a group that an event names: "Of the dead, 37 were children", "Among those injured were 9
 * firefighters", "Of the 300 wounded, 45 are in a critical condition", "The dead included 6 nurses". The figure
 * measures the group's event (events.tsv); a plural noun right after "were" is what it counts ("37 were children").
 * A figure that has a measure of its own keeps it ("Of the dead, 12 were killed by shelling").
 */
final class EventGroups {
  private static final Set<String> OPENERS = Words.setOf("of", "among", "amongst");
  private static final Set<String> GROUP_DETERMINERS = Words.setOf("the", "those", "these");
  private static final Set<String> INCLUDE = Words.setOf("include", "includes", "included", "including");
  /** Words a group may have between its determiner and its event word: "the 300 seriously injured". */
  private static final int GROUP_WORDS = 3;

  private EventGroups() {}

  static void fill(Tags tags, List<NumberMention> ms, List<Figure> figures) {
    List<Token> toks = tags.tokens();
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (f.measure() != null) {
        if (f.subject() == null) { // "Half of the displaced are children": the group after the figure, then "are"
          int after = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).end());
          int be = groupAfter(toks, after);
          String noun = be < 0 ? null : predicateNoun(tags, be);
          figures.set(i, noun == null ? f : f.withSubject(noun));
        }
        continue;
      }
      int first = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).start());
      int after = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).end());
      String event = groupEvent(toks, first);
      event = event != null ? event : groupOfWhom(toks, first, after);
      if (event != null) {
        after += after + 1 < toks.size() && toks.get(after + 1).lower().equals("whom") ? 2 : 0; // "12 of whom were"
        figures.set(i, f.withMeasureAndSubject(event, f.subject() != null ? f.subject() : predicateNoun(tags, after)));
      }
    }
  }

  /**
   * The event of the group that the figure at token {@code first} is counted from: a group that opens its clause
   * ("Of the dead," / "Among those injured were") or a group that "included" it; null when there is none.
   */
  private static String groupEvent(List<Token> toks, int first) {
    for (int s = first - 2; s >= 0 && s >= first - GROUP_WORDS - 4; s--) {
      if (s > 0 && !CLAUSE_EDGES.contains(toks.get(s - 1).lower())) {
        continue;
      }
      boolean opened = OPENERS.contains(toks.get(s).lower());
      int k = opened ? s + 1 : s;
      if (k >= first || !GROUP_DETERMINERS.contains(toks.get(k).lower())) {
        continue;
      }
      for (int j = k + 1; j < first - 1 && j <= k + GROUP_WORDS; j++) {
        String event = FigureExtractor.eventOf(toks.get(j).lower());
        if (event != null) {
          String next = toks.get(j + 1).lower();
          boolean joins = opened ? next.equals(",") || Forecasts.BE.contains(next) : INCLUDE.contains(next);
          return joins && j + 2 == first ? event : null;
        }
        if (!toks.get(j).isWord()) {
          break;
        }
      }
    }
    return null;
  }

  /**
   * A figure that counts part of the figure just before it, in an aside: "6 people died, including two children, as
   * houses collapsed", "The storm killed 14, among them four rescue workers" (the part measures what the whole did,
   * whatever verb comes after the aside when the aside has none of its own), "410 were injured, 50 of them
   * seriously", "200 were hurt, of whom 35 remain in hospital" (the part counts what the whole counted, and takes
   * its event when it has no verb of its own).
   */
  static void fromFigure(Tags tags, List<NumberMention> ms, List<Figure> figures) {
    List<Token> toks = tags.tokens();
    for (int i = 1; i < figures.size(); i++) {
      Figure f = figures.get(i);
      Figure whole = figures.get(i - 1);
      if (f.unit() != null || whole.unit() != null || whole.measure() == null || whole.change() != null) {
        continue;
      }
      int first = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).start());
      int after = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).end());
      String opener = partitiveBefore(toks, first, ms.get(i - 1).end());
      boolean including = "including".equals(opener) || "them".equals(opener);
      boolean ofThem = after + 1 < toks.size() && toks.get(after).lower().equals("of")
          && PARTS.contains(toks.get(after + 1).lower()) && first > 0 && toks.get(first - 1).lower().equals(",");
      if (opener == null && !ofThem) {
        continue;
      }
      boolean ownEvent = ownEvent(tags, ofThem ? after + 2 : after);
      // an aside with "including" has no verb of its own, so one after it is the main clause's; a relative one does
      boolean byWhole = including ? f.measure() == null || !ownEvent : f.measure() == null && !ownEvent;
      String subject = f.subject() != null || including ? f.subject() : whole.subject();
      figures.set(i, f.withMeasureAndSubject(byWhole ? whole.measure() : f.measure(), subject));
    }
  }

  /** Pronouns a part is counted "of" ("50 of them", "35 of whom"), and the words "among" takes before a part. */
  private static final Set<String> PARTS = Words.setOf("them", "whom", "those", "these");

  /**
   * The word that opens an aside right before the figure at token {@code first} ("including", "them", "whom"), or
   * null: a comma, then "including", "among them", "of whom" or "among whom", then at most three words of a
   * qualifier ("including at least"), all after the end {@code wholeEnd} of the figure before.
   */
  private static String partitiveBefore(List<Token> toks, int first, int wholeEnd) {
    int k = first - 1;
    while (k > 0 && first - k <= 3 && (Qualifiers.isQualifierWord(toks.get(k).lower())
        || Qualifiers.isInQualifier(toks.get(k).lower())) && !PARTS.contains(toks.get(k).lower())
        && !INCLUDE.contains(toks.get(k).lower())) {
      k--; // "including at least", "among them more than": the words decide, no tagger
    }
    if (k < 2 || toks.get(k).start() < wholeEnd) {
      return null;
    }
    String w = toks.get(k).lower();
    String before = toks.get(k - 1).lower();
    boolean opens = w.equals("including") && before.equals(",")
        || PARTS.contains(w) && OPENERS.contains(before) && toks.get(k - 2).lower().equals(",");
    return opens ? w : null;
  }

  /** Whether the words from token {@code from} to the next comma or stop hold a verb or an event word of their own. */
  private static boolean ownEvent(Tags tags, int from) {
    List<Token> toks = tags.tokens();
    for (int k = from; k < toks.size() && toks.get(k).isWord(); k++) {
      if (tags.is(k, "VERB") || FigureExtractor.isEventWord(toks.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern OF_THOSE =
      java.util.regex.Pattern.compile("(?i)\\s*(?:of|among) (?:those|them|these|whom|which)\\b(?!\\s+\\p{L})");

  /** "Of those, about 1,000 were killed": the sentence's first figure counts what the figure before it counted. */
  static void ofThose(String text, List<Figure> inSentence, List<Figure> before) {
    if (!inSentence.isEmpty() && inSentence.get(0).subject() == null && !before.isEmpty()
        && OF_THOSE.matcher(text).lookingAt()) {
      inSentence.set(0, inSentence.get(0).withSubject(before.get(before.size() - 1).subject()));
    }
  }

  /** "to reach the injured, eight of whom are critical": the event of a group right before the figure's "of whom". */
  private static String groupOfWhom(List<Token> toks, int first, int after) {
    boolean ofWhom = after + 1 < toks.size() && toks.get(after).lower().equals("of")
        && toks.get(after + 1).lower().equals("whom");
    return ofWhom && first >= 3 && toks.get(first - 1).lower().equals(",")
        && GROUP_DETERMINERS.contains(toks.get(first - 3).lower()) ? FigureExtractor.eventOf(toks.get(first - 2).lower())
        : null;
  }

  /** The token after "of the" and an event word right at {@code k} ("of the displaced"), or -1. */
  private static int groupAfter(List<Token> toks, int k) {
    return k + 3 < toks.size() && toks.get(k).lower().equals("of") && GROUP_DETERMINERS.contains(toks.get(k + 1).lower())
        && FigureExtractor.isEventWord(toks.get(k + 2).lower()) ? k + 3 : -1;
  }

  /** Words after which a clause, and so a group, may begin. */
  private static final Set<String> CLAUSE_EDGES = Words.setOf(".", ";", ":", ",", "—", "(", "and", "but");

  /** "37 were children": a plural noun right after a form of "be" after the figure, and nothing more in its phrase. */
  private static String predicateNoun(Tags tags, int after) {
    List<Token> toks = tags.tokens();
    if (after + 1 >= toks.size() || !Forecasts.BE.contains(toks.get(after).lower())) {
      return null;
    }
    int n = after + 1;
    while (n + 1 < toks.size() && n < after + 3 && (tags.is(n, "ADJ") || tags.is(n, "NOUN")) && tags.is(n + 1, "NOUN")) {
      n++; // "were young children", "were police officers"
    }
    Token t = toks.get(n);
    boolean plural = t.lower().endsWith("s") || NotFigures.COUNTED.classOf(t.lower()) != null;
    boolean ends = n + 1 >= toks.size() || !toks.get(n + 1).isWord()
        || Tags.CLOSED.classOf(toks.get(n + 1).lower()) != null;
    return tags.is(n, "NOUN") && plural && ends
        ? tags.text().substring(toks.get(after + 1).start(), t.end()).toLowerCase(Locale.ROOT) : null;
  }
}
