package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits cleaned text into sentences: paragraph breaks always, and sentence ends that are not abbreviations. */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Lexicon.load("sentences/abbreviations.tsv").terms("abbreviations");

  private static final opennlp.tools.sentdetect.SentenceModel MODEL = OpenNlpModels.load(
      "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", "org.apache.opennlp:opennlp-models-sentdetect-en",
      opennlp.tools.sentdetect.SentenceModel::new);
  private static final ThreadLocal<opennlp.tools.sentdetect.SentenceDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new opennlp.tools.sentdetect.SentenceDetectorME(MODEL));

  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    int pos = 0;
    while (pos < text.length()) {
      int br = text.indexOf("\n\n", pos);
      int end = br < 0 ? text.length() : br;
      splitParagraph(text, pos, end, paragraph, out);
      paragraph++;
      pos = br < 0 ? text.length() : br + 2;
    }
    return out;
  }

  /**
   * One paragraph: every line is split by OpenNLP's sentence detector (English UD model from Maven Central); a
   * split right after an abbreviation ("Dec. 19", "Gen. Hale") or before a lower-case word is undone, the model
   * being trained on text where those are rarer than in news.
   */
  private void splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
    int line = from;
    while (line < to) {
      int nl = text.indexOf('\n', line);
      int lineEnd = nl < 0 || nl > to ? to : nl;
      splitLine(text, line, lineEnd, paragraph, out);
      line = lineEnd + 1;
    }
  }

  /** The longest stretch handed to the detector at once; longer lines are cut at white space first. */
  private static final int MAX_DETECT = 2_000;

  private void splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
    while (to - from > MAX_DETECT) {
      int cut = from + MAX_DETECT;
      while (cut > from + MAX_DETECT / 2 && !Character.isWhitespace(text.charAt(cut))) {
        cut--;
      }
      cut = Character.isWhitespace(text.charAt(cut)) ? cut : from + MAX_DETECT;
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
      detect(text, from, cut, paragraph, out);
      from = cut;
    }
    detect(text, from, to, paragraph, out);
  }

  private void detect(String text, int from, int to, int paragraph, List<Sentence> out) {
    if (from >= to) {
      return;
    }
    boolean whitespace = false;
    for (int i = from; i < to && !whitespace; i++) {
      whitespace = Character.isWhitespace(text.charAt(i));
    }
    if (!whitespace || !hasInnerEnd(text, from, to)) {
      add(text, from, to, paragraph, out); // one run of characters, or no sentence end before the last word:
      return;                             // nothing for the detector to find
    }
    if (plainEnds(text, from, to, paragraph, out)) {
      return; // every end plain to see: what the detector says of such a stretch, at a fraction of its cost
    }
    detectByModel(text, from, to, paragraph, out);
  }

  /** The detector's reading of [{@code from}, {@code to}), with a split after an abbreviation or before lower case undone. */
  void detectByModel(String text, int from, int to, int paragraph, List<Sentence> out) {
    opennlp.tools.util.Span[] spans = DETECTOR.get().sentPosDetect(text.substring(from, to));
    int start = from;
    for (int k = 0; k < spans.length; k++) {
      int end = from + spans[k].getEnd();
      if (k + 1 < spans.length && keepsGoing(text, start, end, from + spans[k + 1].getStart())) {
        continue;
      }
      add(text, start, k + 1 < spans.length ? from + spans[k + 1].getStart() : to, paragraph, out);
      start = k + 1 < spans.length ? from + spans[k + 1].getStart() : to;
    }
    if (start < to) {
      add(text, start, to, paragraph, out);
    }
  }

  /**
   * Splits a stretch whose every '.', '!' and '?' is a plain sentence end: after a lower-case word of two letters or
   * more that is no abbreviation, or after a figure, followed by white space and a capital letter; or the stretch's
   * last character. False, adding nothing, when any other stands in it (an initial, an abbreviation, a quote or a
   * bracket after the mark, lower case or a digit after it, a mark inside a word): the detector reads those.
   * SentenceSplitterTest checks that both give the same sentences wherever this decides.
   */
  static boolean plainEnds(String text, int from, int to, int paragraph, List<Sentence> out) {
    List<int[]> cuts = new ArrayList<>(4);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int next = i + 1;
      while (next < to && CLOSING.indexOf(text.charAt(next)) >= 0) {
        next++; // 'said.” Then' ends after its closing quote
      }
      if (next >= to) {
        break; // the stretch's own end
      }
      char after = text.charAt(next);
      if (Character.isDigit(after) && c == '.' && i > from && Character.isDigit(text.charAt(i - 1))) {
        continue; // "3.5"
      }
      if (!Character.isWhitespace(after)) {
        return false;
      }
      int start = next;
      while (start < to && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start >= to) {
        break; // white space to the end
      }
      int first = start < to - 1 && OPENING.indexOf(text.charAt(start)) >= 0 ? start + 1 : start; // '“The'
      if (c == '.' && next == i + 1 && !Character.isUpperCase(text.charAt(first)) && abbreviationBefore(text, from, i)) {
        continue; // "since Dec. 26", "approx. 40": an abbreviation's point before lower case or a figure ends nothing
      }
      if (!Character.isUpperCase(text.charAt(first)) || !plainWordBefore(text, from, i)) {
        return false;
      }
      cuts.add(new int[] {next, start});
    }
    int start = from;
    for (int[] cut : cuts) {
      add(text, start, cut[0], paragraph, out);
      start = cut[1];
    }
    add(text, start, to, paragraph, out);
    return true;
  }

  /**
   * Closing quotes a sentence may end with after its mark, and opening ones it may start with; brackets are left to
   * the model, which keeps a bracketed sentence with the next.
   */
  private static final String CLOSING = "\"”’";
  private static final String OPENING = "\"“‘";

  /** Whether the letters right before the point at {@code mark} are a known abbreviation ("Dec", "approx"). */
  private static boolean abbreviationBefore(String text, int from, int mark) {
    int w = mark;
    while (w > from && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return w < mark && (w == from || !Character.isLetterOrDigit(text.charAt(w - 1)))
        && ABBREVIATIONS.contains(text.substring(w, mark).toLowerCase(java.util.Locale.ROOT));
  }

  /** The word before the mark at {@code mark}: lower case, two letters or more, no abbreviation; or a figure. */
  private static boolean plainWordBefore(String text, int from, int mark) {
    int w = mark;
    while (w > from && Character.isLetterOrDigit(text.charAt(w - 1))) {
      w--;
    }
    if (mark - w < 2 || w > from && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '%') {
      return mark - w >= 1 && Character.isDigit(text.charAt(mark - 1)) && w > from
          && (text.charAt(w - 1) == ',' || text.charAt(w - 1) == ':'); // "1,200.", "at 10:30."
    }
    String word = text.substring(w, mark);
    boolean lower = true;
    boolean digits = true;
    for (int k = 0; k < word.length(); k++) {
      lower &= Character.isLowerCase(word.charAt(k));
      digits &= Character.isDigit(word.charAt(k));
    }
    return digits || lower && !ABBREVIATIONS.contains(word);
  }

  /** Whether a '.', '!' or '?' followed by white space occurs before the end of the stretch. */
  private static boolean hasInnerEnd(String text, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
        for (int j = i + 1; j < to; j++) {
          if (!Character.isWhitespace(text.charAt(j))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** A detected end that is not one: after an abbreviation or an initial, or before a lower-case word. */
  private static boolean keepsGoing(String text, int sentenceStart, int end, int nextStart) {
    int dot = end - 1;
    while (dot > sentenceStart && Character.isWhitespace(text.charAt(dot))) {
      dot--;
    }
    if (nextStart < text.length() && Character.isLowerCase(text.charAt(nextStart))) {
      return true;
    }
    return text.charAt(dot) == '.' && isAbbreviation(text, sentenceStart, dot);
  }

  private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
    int w = dot;
    while (w > sentenceStart && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial, or the last letter of "U.S."
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The longest sentence kept whole. Real sentences are far shorter; a longer run (a table, a list without stops, a
   * hostile input) is cut at white space into pieces of at most this size, which keeps the work on each bounded
   * and the work on an article linear in its length.
   */
  static final int MAX_SENTENCE = 1_000;

  private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (end - start > MAX_SENTENCE) {
      int cut = start + MAX_SENTENCE;
      int space = cut;
      while (space > start + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(space))) {
        space--;
      }
      cut = Character.isWhitespace(text.charAt(space)) ? space : cut;
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--; // never split a character in two
      }
      add(text, start, cut, paragraph, out);
      start = cut;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    if (end > start) {
      out.add(new Sentence(text.substring(start, end), start, end, paragraph));
    }
  }
}
