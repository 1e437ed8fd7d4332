package io.claimwire.enrich.text;

import java.util.List;
import java.util.Set;

/**
 * Speakers named with where they are or work, before a reporting verb: "Health officials in Manitoba confirmed",
 * "Doctors in the southern state of Kestrel say", "Residents of the coastal town said", "Analysts at Berenberg said".
 * The people before the place phrase speak; the place says where they are (or, after "at" and a word for staff, whom
 * they speak with). The place phrase is a name, or lowercase words of place ({@code places/place-phrase-words.tsv},
 * a determiner, {@code of}, a kind of place), after {@code in}, {@code at}, {@code from} or {@code of}.
 */
final class PlacedSpeakers {
  private static final Set<String> PREPOSITIONS = Words.setOf("in", "at", "from", "of", "on");
  private static final Lexicon PLACE_WORDS = Lexicon.load("places/place-phrase-words.tsv");
  private static final Set<String> KINDS = PLACE_WORDS.terms("kind");
  private static final Set<String> MODIFIERS = PLACE_WORDS.terms("modifier");
  /** Words a place phrase before a speaker's verb may hold, a name's words aside. */
  private static final int REACH = 7;

  private PlacedSpeakers() {}

  /**
   * The speakers before a place phrase that ends at token {@code end} (its name, if any, starting at {@code start}),
   * or null when the words there are no such phrase.
   */
  static Speakers.NounPhrase before(String sentence, List<Token> toks, int start, int end) {
    boolean employer = start >= 2 && start <= end && toks.get(start - 1).lower().equals("at")
        && PlacePhrases.EMPLOYEES.contains(toks.get(start - 2).lower());
    int prep = employer ? start - 1 : preposition(toks, start, end);
    if (prep < 1 || !employer && !isSpeakerNoun(toks.get(prep - 1).lower())) {
      return null;
    }
    Speakers.NounPhrase speakers = Speakers.withRoleBefore(sentence, toks, prep - 1);
    if (speakers.text() != null && employer) {
      int from = sentence.lastIndexOf(speakers.text(), toks.get(prep - 1).end() - speakers.text().length());
      return from < 0 ? speakers
          : new Speakers.NounPhrase(SourceNames.trim(sentence.substring(from, toks.get(end).end())), speakers.role());
    }
    return speakers;
  }

  /**
   * The preposition that opens a place phrase ending at {@code end} and follows a speaker's noun: the phrase's name
   * words from {@code start} (none when {@code start > end}), before them words of place ("the southern state of");
   * -1 when there is none.
   */
  private static int preposition(List<Token> toks, int start, int end) {
    if (start <= end && !Speakers.allNameWords(toks, start, end)) {
      return -1;
    }
    boolean place = start <= end; // a name, or a kind of place ("the coastal town")
    for (int k = Math.min(start, end + 1) - 1, steps = 0; k >= 1 && steps < REACH; k--, steps++) {
      String w = toks.get(k).lower();
      if (PREPOSITIONS.contains(w) && place) {
        String speaker = toks.get(k - 1).lower();
        if (isSpeakerNoun(speaker) && !(w.equals("of") && !speaker.endsWith("s"))) {
          return k; // "residents of the town" speak from it; "the mayor of Corvale" is one office, left as it was
        }
        if (!w.equals("of")) {
          return -1;
        }
      } else if (KINDS.contains(w) || PlacePhrases.isPlaceKind(w)) {
        place = true;
      } else if (start <= end && (w.equals(",") || w.equals("and") || toks.get(k).isCapitalised())) {
        continue; // "Officials in Kent, Surrey and Essex said": a list of names
      } else if (!MODIFIERS.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isSpeakerNoun(String w) {
    return Speakers.isSourceHead(w) || SourceNames.SOURCE_WORDS.contains(w);
  }
}
