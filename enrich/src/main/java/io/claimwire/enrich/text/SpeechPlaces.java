package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a speaker spoke is not where the figure is: a place right after a reporting verb and the setting of the
 * speech ("told reporters in Geneva", "said at a news conference in Nairobi", "said by video link from Kyiv";
 * the setting's words: {@code sources/speech-settings.tsv}) is left out of the sentence's places.
 */
final class SpeechPlaces {
  private static final Set<String> SETTINGS = Lexicon.load("sources/speech-settings.tsv").terms("speech-settings");
  private static final Set<String> PREPOSITIONS = Words.setOf("in", "at", "from");
  /** Words of a setting, at most, between the verb and the place's preposition. */
  private static final int SETTING = 8;
  /** Tokens from a cue's position to its verb, at most. */
  private static final int VERB_AFTER = 5;

  private SpeechPlaces() {}

  /** The character offsets, in the sentence, where a place of speech may start (after its preposition). */
  static List<Integer> starts(List<Token> toks, List<Attributor.Cue> cues) {
    List<Integer> out = new ArrayList<>(1);
    for (Attributor.Cue c : cues) {
      int v = FigureExtractor.firstTokenAtOrAfter(toks, Math.max(0, c.position()));
      int from = v;
      while (v < toks.size() && v - from < VERB_AFTER && !Attributor.REPORTING.is(toks.get(v).lower(), "verb")) {
        v++; // a cue stands at its speaker or at its verb
      }
      if (v >= toks.size() || !Attributor.REPORTING.is(toks.get(v).lower(), "verb")) {
        continue;
      }
      for (int k = v + 1; k + 1 < toks.size() && k - v <= SETTING; k++) {
        String w = toks.get(k).lower();
        if (PREPOSITIONS.contains(w) && toks.get(k + 1).isCapitalised() && !possessive(toks, k + 1)) {
          out.add(toks.get(k + 1).start()); // "told reporters in Geneva", "said in Geneva"
          break;
        }
        if (!PREPOSITIONS.contains(w) && !SETTINGS.contains(w)) {
          break;
        }
      }
    }
    return out;
  }

  /** "As noted in Turkey's new programme": a place that owns what follows names a document, not a place of speech. */
  private static boolean possessive(List<Token> toks, int k) {
    String t = toks.get(k).text();
    return t.endsWith("'s") || t.endsWith("’s") || k + 1 < toks.size()
        && (toks.get(k + 1).text().equals("'s") || toks.get(k + 1).text().equals("’s"));
  }

  /** Whether a place found at [{@code start}, {@code end}) starts at, or holds, one of {@code starts}. */
  static boolean isOne(List<Integer> starts, int start, int end) {
    for (int s : starts) {
      if (s >= start && s < end || start >= s && start <= s + 4) {
        return true; // "in the Kenyan capital Nairobi" may start after "the"
      }
    }
    return false;
  }

  /** The places less those where a speaker spoke and those a cue names as a claimant ("data from Drewry showed"). */
  static List<Span> without(List<Span> places, List<Integer> spoken, List<String> claimants) {
    if (spoken.isEmpty() && claimants.isEmpty()) {
      return places;
    }
    return places.stream().filter(p -> !isOne(spoken, p.start(), p.end()) && !claimants.contains(p.value())).toList();
  }
}
