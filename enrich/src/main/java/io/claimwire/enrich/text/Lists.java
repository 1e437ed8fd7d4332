package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lists on a page: items ("• 24 civilians were killed", "- Debt service fund: $278.4m", "> Amount of increase: $0.50")
 * carry no attribution of their own; they take the source of the sentence that introduced the list ("SOHR documented
 * the deaths as follows:", "... according to data from the Economic Policy Institute."), across headings between
 * blocks ("Alaska") and up to {@link #LEAD_IN_REACH} other sentences in between. A heading that names a place
 * gives its block's items that place.
 */
final class Lists {
  /** How many sentences that are neither items nor headings may stand between a list and its lead-in. */
  static final int LEAD_IN_REACH = 2;
  private static final Pattern ITEM = Pattern.compile("^\\s*(?:[•▪►*>·◦]|[-–—](?=\\s|\\d|\\p{L})|\\d{1,2}[.)]\\s)");
  private static final Pattern HEADING = Pattern.compile("^[^\\d.!?:;]{1,60}$");

  private Lists() {}

  static boolean isItem(String sentence) {
    return ITEM.matcher(sentence).lookingAt();
  }

  /** A short line with no figure and no full stop: a heading between list blocks ("Alaska", "Key figures"). */
  static boolean isHeading(String sentence) {
    String s = sentence.strip();
    return HEADING.matcher(s).matches() && Words.of(s).length <= 6;
  }

  /** The sentences before item {@code i} that may introduce its list, nearest first. */
  static List<Integer> leadIns(List<Sentence> sentences, int i) {
    List<Integer> out = new ArrayList<>();
    int others = 0;
    for (int j = i - 1; j >= 0 && others <= LEAD_IN_REACH; j--) {
      String t = sentences.get(j).text();
      if (isItem(t) || isHeading(t)) {
        continue;
      }
      out.add(j);
      others++;
    }
    return out;
  }

  /** The place the heading over item {@code i} names ("Alaska" over its block), or null. */
  static String headingPlace(List<Sentence> sentences, int i) {
    for (int j = i - 1; j >= 0; j--) {
      String t = sentences.get(j).text();
      if (isHeading(t)) {
        return Places.whole(t);
      }
      if (!isItem(t)) {
        return null;
      }
    }
    return null;
  }

  /**
   * The event the heading over sentence {@code i} names ("Civilian fatalities" over "65 civilians, including 13
   * children"), past list items between them, or null: the measure of figures under it that have none.
   */
  static String headingEvent(List<Sentence> sentences, int i) {
    for (int j = i - 1; j >= 0; j--) {
      String t = sentences.get(j).text();
      if (isHeading(t)) {
        for (Token w : Token.of(t)) {
          String event = FigureExtractor.eventOf(w.lower());
          if (event != null) {
            return event;
          }
        }
        return null;
      }
      if (!isItem(t)) {
        return null;
      }
    }
    return null;
  }

  /**
   * What the heading over the list that item {@code i} is in names, past the list's other items and up to
   * {@link #LEAD_IN_REACH} lead-in sentences ("The general fund" over "- $491.3 million for public safety"), or null
   * when there is none or it names no thing: a place ("Alaska"), a phrase that opens with a preposition ("By the
   * numbers"), a heading with a time word in it ("Changes in 2024"), one that frames the list ("Key points";
   * {@code pages/list-headings.tsv}).
   */
  private static final java.util.Set<String> FRAMES = Lexicon.load("pages/list-headings.tsv").terms("frame");

  static String headingMeasure(List<Sentence> sentences, int i) {
    if (!isItem(sentences.get(i).text())) {
      return null;
    }
    int others = 0;
    for (int j = i - 1; j >= 0 && others <= LEAD_IN_REACH; j--) {
      String t = sentences.get(j).text();
      if (isItem(t)) {
        continue;
      }
      if (!isHeading(t)) {
        others++;
        continue;
      }
      List<Token> words = Token.of(t.strip());
      if (words.isEmpty() || Places.whole(t) != null || Tags.CLOSED.is(words.get(0).lower(), "preposition")
          || words.stream().anyMatch(w -> !w.isWord() || Holder.WORDS.is(w.lower(), "time"))) {
        return null;
      }
      if (FRAMES.contains(words.get(words.size() - 1).lower())) {
        return null; // "Key points", "Main takeaways": a heading that frames the list names nothing it measures
      }
      int from = Tags.CLOSED.is(words.get(0).lower(), "determiner") ? 1 : 0; // "The general fund"
      StringBuilder out = new StringBuilder();
      for (int k = from; k < words.size(); k++) {
        out.append(out.length() == 0 ? "" : " ").append(words.get(k).lower());
      }
      return out.length() == 0 ? null : out.toString();
    }
    return null;
  }

  /** An item, or a line that starts with its figure right under a heading ("Civilian fatalities" / "65 civilians, ..."). */
  static boolean isLine(List<Sentence> sentences, int i) {
    String t = sentences.get(i).text().strip();
    return isItem(t) || i > 0 && !t.isEmpty() && Character.isDigit(t.charAt(0)) && isHeading(sentences.get(i - 1).text());
  }

  /**
   * The source of the figures that introduced the list line {@code i} belongs to: the last figure with a source in the
   * sentences before it, past items, headings and lines, and at most {@link #LEAD_IN_REACH} + 1 other sentences
   * ("SOHR documented the death of 160 people ... :" over "• 24 civilians were killed"), or null.
   */
  static SourceRef leadInSource(List<Sentence> sentences, int i, List<Figure> before) {
    int others = 0;
    int k = before.size() - 1;
    for (int j = i - 1; j >= 0 && others <= LEAD_IN_REACH + 1; j--) {
      Sentence s = sentences.get(j);
      if (!isLine(sentences, j) && !isHeading(s.text())) {
        others++;
      }
      while (k >= 0 && before.get(k).start() >= s.start()) {
        SourceRef src = before.get(k).source();
        if (before.get(k).start() == s.start() && src.kind() != SourceRef.Kind.UNATTRIBUTED) {
          return src;
        }
        k--;
      }
    }
    return null;
  }

  /** Gives each list item without a source of its own the source of its list's lead-in, where one has it. */
  static void carryIntoItems(List<Sentence> sentences, List<List<Attributor.Cue>> cues, SourceRef[] carried) {
    for (int i = 0; i < sentences.size(); i++) {
      if (carried[i] != null || !cues.get(i).isEmpty() || !isItem(sentences.get(i).text())) {
        continue;
      }
      for (int j : leadIns(sentences, i)) {
        List<Attributor.Cue> cs = cues.get(j);
        if (!cs.isEmpty() && !cs.get(cs.size() - 1).pronoun() && cs.get(cs.size() - 1).source() != null) {
          carried[i] = cs.get(cs.size() - 1).source();
          break;
        }
      }
    }
  }
}
