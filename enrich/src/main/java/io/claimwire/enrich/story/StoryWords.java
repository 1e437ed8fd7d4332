package io.claimwire.enrich.story;

import io.claimwire.enrich.text.Lexicon;
import io.claimwire.enrich.text.NumberParser;
import java.util.Arrays;
import java.util.Locale;

/**
 * What story features need to know of a word, found once per spelling and kept: its lower case, whether it is a
 * common word, the figure it writes ("twelve"), its stem, and whether the dictionary knows it in lower case. The
 * vocabulary of news is small, and every article's words were seen before: looked up by the characters of the text
 * itself, a word costs one hash over its characters and no copy. One table a thread (the stream thread that assigns
 * stories); cleared when it holds {@value #LIMIT} spellings, so its memory is bounded whatever the history.
 */
final class StoryWords {
  /** One spelling, with what was found of it. */
  static final class Word {
    final String surface;
    final String lower;
    final boolean common;
    /** The figure a number word writes, when it is a whole figure of at least ten; else null. */
    final Long figure;
    private String stem;
    private byte lowerCaseForm; // 0: not asked yet, 1: known in lower case, 2: not

    Word(String surface) {
      this.surface = surface;
      this.lower = surface.toLowerCase(Locale.ROOT);
      this.common = StoryFeatures.COMMON.contains(lower); // story/common.tsv
      Double number = NumberParser.wordValue(lower);
      this.figure = number != null && number >= 10 && number == Math.rint(number) ? number.longValue() : null;
    }

    /** Porter's stem of the lower case ("injured", "injuring" and "injuries" are one word). */
    String stem() {
      if (stem == null) {
        stem = StoryWords.stem(lower);
      }
      return stem;
    }

    /** Whether the dictionary knows the word in lower case ("Heatwave" opening a title is the word heatwave). */
    boolean hasLowerCaseForm() {
      if (lowerCaseForm == 0) {
        lowerCaseForm = Lexicon.hasLowerCaseForm(surface) ? (byte) 1 : (byte) 2;
      }
      return lowerCaseForm == 1;
    }
  }

  static final int LIMIT = 1 << 16;
  private static final int SLOTS = LIMIT * 2; // at most half full: probes stay short
  private static final ThreadLocal<opennlp.tools.stemmer.PorterStemmer> STEMMER =
      ThreadLocal.withInitial(opennlp.tools.stemmer.PorterStemmer::new);
  private static final ThreadLocal<StoryWords> TABLES = ThreadLocal.withInitial(StoryWords::new);

  private final Word[] slots = new Word[SLOTS];
  private final int[] hashes = new int[SLOTS];
  private int size;

  /** Porter's stem of a lower-case word (OpenNLP's stemmer, one a thread). */
  static String stem(String lower) {
    return STEMMER.get().stem(lower);
  }

  /** This thread's table. */
  static StoryWords forThread() {
    return TABLES.get();
  }

  /** The word spelled by {@code s} from {@code from} to {@code to}. */
  Word word(String s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + s.charAt(k);
    }
    int mask = SLOTS - 1;
    int i = (h ^ (h >>> 16)) & mask;
    while (slots[i] != null) {
      if (hashes[i] == h && spells(slots[i].surface, s, from, to)) {
        return slots[i];
      }
      i = (i + 1) & mask;
    }
    if (size >= LIMIT) {
      Arrays.fill(slots, null);
      size = 0;
      i = (h ^ (h >>> 16)) & mask;
    }
    Word w = new Word(s.substring(from, to));
    slots[i] = w;
    hashes[i] = h;
    size++;
    return w;
  }

  /** Spellings held now. */
  int size() {
    return size;
  }

  private static boolean spells(String surface, String s, int from, int to) {
    if (surface.length() != to - from) {
      return false;
    }
    for (int k = 0; k < surface.length(); k++) {
      if (surface.charAt(k) != s.charAt(from + k)) {
        return false;
      }
    }
    return true;
  }
}
