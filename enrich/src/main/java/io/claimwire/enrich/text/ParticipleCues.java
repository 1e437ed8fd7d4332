package io.claimwire.enrich.text;

import static io.claimwire.enrich.text.SourceNames.*;
import static io.claimwire.enrich.text.Speakers.*;

import io.claimwire.enrich.text.Attributor.Cue;
import java.util.List;

/**
 * Who a reporting verb's participle speaks for: the subject of the clause before its comma ("The ministry issued a
 * statement, saying 18 people had died"), or the phrase after "with" ("with organisers putting the turnout at").
 */
final class ParticipleCues {
  private ParticipleCues() {}

  /**
   * "The ministry issued a statement on Tuesday, saying 18 people had died": a reporting verb's participle after a
   * comma says what the clause's subject said, so the speaker is the noun phrase before the clause's first verb. A
   * participle anywhere else ("a company announcing cuts") names no speaker.
   */
  static Cue cue(String sentence, List<Token> toks, int vi, int verbStart, int verbEnd) {
    Cue with = withSpeaker(sentence, toks, vi);
    if (with != null) {
      return with;
    }
    if (vi < 2 || !",".equals(toks.get(vi - 1).text()) || !toks.get(0).isWord()) {
      return null; // not after a comma; or a quote opens the sentence, whose speaker a verb of its own names
    }
    String[] tags = PosTagger.tags(sentence, toks.subList(0, vi - 1)); // the clause before the comma, tagged once
    int verb = 0;
    while (verb < vi - 1 && !isVerbTag(tags[verb])) {
      verb++;
    }
    for (int k = verb; k < vi - 1; k++) {
      if (Attributor.isOneWordVerb(toks.get(k).lower())) {
        return null; // "X told Y, adding that": the earlier verb's speaker says it all
      }
    }
    if (verb == 0 || verb >= vi - 1) {
      return null;
    }
    Cue c = VerbCues.speakerOf(sentence, toks, verb, verbStart, verbEnd);
    return c == VerbCues.NONE ? null : c;
  }

  /** Words a speaker's phrase may have between "with" and its participle, at most. */
  private static final int WITH_PHRASE = 4;

  /**
   * "with organisers putting the turnout at 150,000", "with police saying 12 were hurt": the phrase between "with" and
   * the participle speaks, where it ends with a source's head noun or is a name.
   */
  private static Cue withSpeaker(String sentence, List<Token> toks, int vi) {
    for (int w = vi - 1; w >= 0 && vi - w <= WITH_PHRASE + 1; w--) {
      Token t = toks.get(w);
      if (t.lower().equals("with")) {
        if (w + 1 >= vi) {
          return null;
        }
        Token head = toks.get(vi - 1);
        if (!isSourceHead(head.lower()) && !allNameWords(toks, w + 1, vi - 1)) {
          return null;
        }
        String np = sentence.substring(toks.get(w + 1).start(), head.end());
        return new Cue(toks.get(w + 1).start(), classify(trim(np), null), false, false);
      }
      if (!t.isWord()) {
        return null;
      }
    }
    return null;
  }

  private static boolean isVerbTag(String tag) {
    return "VERB".equals(tag) || "AUX".equals(tag);
  }
}
