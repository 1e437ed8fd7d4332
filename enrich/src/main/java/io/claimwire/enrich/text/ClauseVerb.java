package io.claimwire.enrich.text;

import java.util.List;
import java.util.Set;

/**
 * The last resort for what a figure measures: the verb of its clause, read from the tagger. A figure that is the
 * object takes the verb before it ("Barca paid €80m", "will lay off up to 336 people", "raised rates by 25 basis
 * points"); one that heads the subject takes the verb after its noun phrase ("Some 424 people in seven boats
 * arrived", "49 percent of voters disapproved"). Verbs that report or carry nothing of their own ({@code measures.tsv}
 * classes report and light) are passed over; a phrasal particle stays with its verb ("lay off").
 */
final class ClauseVerb {
  private static final Set<String> PARTICLES = Lexicon.load("measures/clauseverb-particles.tsv").terms("particles");
  private static final Set<String> SKIP_BEFORE = Words.setOf("DET", "ADJ", "ADV", "NUM", "ADP", "PART", "SYM", "CCONJ");
  private static final Set<String> NOUN_PHRASE = Words.setOf("NOUN", "PROPN", "ADJ", "ADP", "DET", "NUM", "SYM",
      "PUNCT", "CCONJ", "PART");
  private static final int LOOK = 10;
  private static final Set<String> CLAUSE_OPENERS = Lexicon.load("measures/clause-openers.tsv").terms("clause-openers");

  private ClauseVerb() {}

  /** Fills the measure of every figure that has none, where its clause has a verb to give. */
  static void fill(Tags tags, List<NumberMention> ms, List<Figure> figures) {
    List<Token> toks = tags.tokens();
    String lastObject = null;
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (f.measure() != null) {
        continue;
      }
      int first = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).start());
      int last = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).end());
      boolean ahead = opinionAhead(toks, last); // words first, tags only then
      String following = ahead ? after(toks, tags, last) : null;
      String verb = following != null && StatisticMeasure.MEASURES.is(following, "opinion") ? following
          : before(toks, tags, first); // "the survey found 38 percent approve": the view, not the finding
      if (verb == null) {
        verb = ahead ? following : after(toks, tags, last);
      }
      if (verb != null) {
        String object = verb.equals(following) ? opinionObject(toks, tags, last) : null;
        if (object == null && verb.equals(following) && f.subject() == null) {
          object = lastObject; // "approve of the job Congress is doing, while 73 percent disapprove": the same object
        }
        lastObject = object != null ? object : lastObject;
        figures.set(i, f.withMeasureAndSubject(verb, object != null ? object : f.subject()));
      }
    }
  }

  private static boolean opinionAhead(List<Token> toks, int last) {
    for (int k = last; k < toks.size() && k < last + LOOK; k++) {
      if (StatisticMeasure.MEASURES.is(toks.get(k).lower(), "opinion")) {
        return true;
      }
    }
    return false;
  }

  private static String before(List<Token> toks, Tags tags, int first) {
    boolean adpositionNext = false; // an adposition stands between this word and the figure ("for a reported £115m")
    int nouns = 0;
    for (int k = first - 1; k >= 0 && k >= first - LOOK; k--) {
      String tag = tags.at(k);
      if (isVerb(toks, tags, k) || gerundAfterPreposition(toks, tags, k)) {
        return phrasal(toks, k);
      }
      if (CLAUSE_OPENERS.contains(toks.get(k).lower())) {
        return null; // "from where the 400-ton vessel sank": the verb before it is another clause's
      }
      if (tag.equals("ADP") && QuantityNouns.endsCompoundPreposition(toks, k)) {
        return null; // "beat Ashbury 3-2 in front of 14,312 fans": the verb governs what stands before the phrase
      }
      if (tag.equals("ADP")) {
        adpositionNext = true;
        continue;
      }
      if (tag.equals("PROPN") && adpositionNext || tag.equals("NOUN") && adpositionNext && ++nouns <= 3) {
        continue; // "raised interest rates by 25", "signed Matheus Nunes for £53m": the verb's object stands between
      }
      if (Holder.WORDS.is(toks.get(k).lower(), "skip") && !toks.get(k).lower().equals("than")) {
        continue; // "spent a record £2.36bn", "for a reported £115m"
      }
      if (!SKIP_BEFORE.contains(tag) || toks.get(k).lower().equals("than")) {
        return null;
      }
    }
    return null;
  }

  private static String after(List<Token> toks, Tags tags, int last) {
    int limit = last + LOOK;
    for (int k = last; k < toks.size() && k < limit; k++) {
      String w = toks.get(k).lower();
      if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("“") || w.equals("\"")) {
        return null;
      }
      int past = w.equals(",") ? VerbReach.pastAsideOfSubject(tags, toks.get(k).start()) : -1;
      if (past >= 0) { // "More than 900 firefighters, backed by eleven aircraft, were battling"
        int next = FigureExtractor.firstTokenAtOrAfter(toks, past);
        limit += next - k;
        k = next - 1;
        continue;
      }
      if (StatisticMeasure.MEASURES.is(w, "opinion")) {
        return w; // "while 73 percent disapprove", though the tagger may call it a noun
      }
      if (tags.is(k, "AUX") || tags.is(k, "ADV")) {
        continue; // "have arrived", "were quickly rescued"
      }
      if (k + 1 < toks.size() && toks.get(k + 1).lower().equals("to") && (tags.is(k, "VERB") || tags.is(k, "AUX"))
          && (StatisticMeasure.MEASURES.is(w, "light") || StatisticMeasure.MEASURES.is(w, "forecast")
          || Tags.CLOSED.is(w, "auxiliary"))) {
        k++; // "had to wait", "are believed to operate": the verb after "to" says what they did
        continue;
      }
      if (tags.is(k, "VERB") && k + 1 < toks.size() && tags.is(k + 1, "NOUN")
          && (k == 0 || !tags.is(k - 1, "AUX"))) {
        continue; // "of registered voters", "upcoming missions": a participle before its noun modifies it
      }
      if (isVerb(toks, tags, k)) {
        return phrasal(toks, k);
      }
      if (!NOUN_PHRASE.contains(tags.at(k)) || w.equals(",")) {
        return null;
      }
    }
    return null;
  }

  /**
   * What an opinion after the figure is about: "44 percent of voters approved of Trump" (Trump), "21 percent approve of
   * the job Congress is doing" (Congress), "52 percent back the plan" (plan); a name within a few words, else the
   * noun phrase right after the verb; null for a pronoun ("disapproved of him") or nothing to read.
   */
  static String opinionObject(List<Token> toks, Tags tags, int last) {
    int k = last;
    while (k < toks.size() && k < last + LOOK && !StatisticMeasure.MEASURES.is(toks.get(k).lower(), "opinion")) {
      k++;
    }
    int j = k + 1;
    if (j < toks.size() && toks.get(j).lower().equals("of")) {
      j++;
    }
    for (int n = j; n < toks.size() && n < j + OBJECT_REACH && toks.get(n).isWord(); n++) {
      if (toks.get(n).isCapitalised()) {
        int e = n;
        while (e + 1 < toks.size() && toks.get(e + 1).isCapitalised()) {
          e++;
        }
        // "Congress’ job": the name without its possessive
        return SourceNames.withoutAnyPossessive(tags.text().substring(toks.get(n).start(), toks.get(e).end()));
      }
    }
    while (j < toks.size() && tags.is(j, "DET")) {
      j++;
    }
    int e = j;
    while (e < toks.size() && (tags.is(e, "NOUN") || tags.is(e, "ADJ")) && !toks.get(e).isCapitalised()) {
      e++;
    }
    return e > j && tags.is(e - 1, "NOUN") ? tags.text().substring(toks.get(j).start(), toks.get(e - 1).end()) : null;
  }

  /** How far after an opinion verb its object's name may stand ("approve of the job Congress is doing"). */
  private static final int OBJECT_REACH = 5;

  /** "by signing", "after paying": an -ing word right after a preposition is a verb, however the tagger reads it. */
  private static boolean gerundAfterPreposition(List<Token> toks, Tags tags, int k) {
    Token t = toks.get(k);
    return k > 0 && t.lower().endsWith("ing") && t.lower().length() > 5 && !t.isCapitalised() && tags.is(k - 1, "ADP")
        && StatisticMeasure.MEASURES.classOf(t.lower()) == null;
  }

  static boolean isVerb(List<Token> toks, Tags tags, int k) {
    Token t = toks.get(k);
    return tags.is(k, "VERB") && !t.isCapitalised() && t.lower().length() > 2
        && StatisticMeasure.MEASURES.classOf(t.lower()) == null && !Tags.CLOSED.is(t.lower(), "auxiliary")
        && !Groups.LINKS.is(t.lower(), "partitive");
  }

  /** The verb at {@code k} with its particle, if one follows ("lay off", "swept away"). */
  static String phrasal(List<Token> toks, int k) {
    String w = toks.get(k).lower();
    if (k + 1 < toks.size() && PARTICLES.contains(toks.get(k + 1).lower())) {
      return w + " " + toks.get(k + 1).lower();
    }
    return w;
  }

}
