package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event stage: what happened to what a figure counts, from the verb around it. The measure verb right before
 * the figure ("killed 21", "shot down four missiles"), "claimed the lives of", else the coordinated event verbs after
 * its counted noun ("40 people were killed or injured", "300 flights were grounded"); a past participle that is no
 * reporting verb names its own event. Event words are {@code events.tsv}.
 */
final class VerbMeasure {
  /** Auxiliaries of a passive ("were rescued"), and verbs that keep a state ("remain trapped"). */
  private static final Set<String> PASSIVE_AUXILIARIES = Words.union(Forecasts.BE,
      Lexicon.load("measures/state-verbs.tsv").terms("state"));
  /** Words that may stand between coordinated event verbs ("were killed or have been injured"). */
  private static final Set<String> BETWEEN_EVENTS = Words.setOf("or", "and", ",", "been", "either", "have", "has",
      "had", "were", "was", "being");
  private VerbMeasure() {}

  /** Words that open a new clause after a comma. */
  static final Set<String> CLAUSE_JOINS = Lexicon.load("measures/clause-joins.tsv").terms("clause-joins");
  /** Relative pronouns that, after a comma, open a clause about the noun before them, not about the figure. */
  private static final Set<String> COMMA_RELATIVES = Lexicon.load("measures/clause-joins.tsv").terms("relative");

  private static final Pattern LOST_LIVES = Pattern.compile("(?i)\\b(lost their lives|lost his life|lost her life|"
      + "lost their life|were taken prisoner|been taken prisoner|taken prisoner|went missing|lost their homes"
      + "|left their homes|fled their homes)\\b");
  /** "claimed the lives of", "cost the lives of at least": the figure after it counts the dead. */
  private static final Pattern LIVES_OF_BEFORE = Pattern.compile("(?i)\\b(?:claim|claimed|claims|claiming|took|take|"
      + "takes|taken|taking|cost|costs|costing)\\s+(?:the\\s+)?lives\\s+of\\s+(?:(?:at least|more than|some|about|"
      + "nearly|over|around|almost|up to)\\s+)?$");
  static final Set<String> AUXILIARIES = Lexicon.load("measures/auxiliaries.tsv").terms("auxiliaries");

  /** Irregular past participles that name what was done to what was counted ("sent", "lost", "shot"). */
  private static final Set<String> IRREGULAR_PARTICIPLES = Lexicon.load("measures/irregular-participles.tsv").terms("irregular-participles");
  /** Verbs that report or compare a figure rather than say what happened to what was counted. */
  private static final Set<String> NOT_MEASURES = Lexicon.load("measures/not-measures.tsv").terms("not-measures");
  /** A verb form of change ("rose", "plunged"): a word of the measures lexicon's rise or fall class, not a noun. */
  static boolean isChangeVerb(String w) {
    String cls = StatisticMeasure.MEASURES.classOf(w);
    return ("rise".equals(cls) || "fall".equals(cls)) && (w.endsWith("ed") || w.endsWith("en") || IRREGULAR_CHANGES.contains(w));
  }

  private static final Set<String> IRREGULAR_CHANGES = Lexicon.load("measures/irregular-changes.tsv").terms("irregular-changes");

  /** A verb form that names what happened: a known measure, or a past participle that is not a reporting verb. */
  static String verbMeasure(String w) {
    String known = FigureExtractor.eventOf(w);
    if (known != null) {
      return known;
    }
    if (NOT_MEASURES.contains(w) || w.length() < 4 || StatisticMeasure.MEASURES.is(w, "report")) {
      return null;
    }
    return w.endsWith("ed") && !w.endsWith("eed") || IRREGULAR_PARTICIPLES.contains(w) || irregularPast(w) ? w : null;
  }

  /**
   * An irregular past tense the dictionary knows ("withdrew", "took", "drew"), not an auxiliary ("was", "had") nor a
   * form that is a noun too ("cost", "hit": what they name is read elsewhere).
   */
  private static boolean irregularPast(String w) {
    return !w.endsWith("ed") && Tags.CLOSED.classOf(w) == null && Lemmas.isPastTense(w) && !Lemmas.isNoun(w);
  }

  /** The measure verb right before the figure ("killed 21"), else the coordinated measures after it. */
  static String measure(Tags tags, NumberMention n, int subjectEnd, int clauseEnd) {
    String text = tags.text();
    List<Token> toks = tags.tokens();
    if (LIVES_OF_BEFORE.matcher(text).region(Math.max(0, n.start() - 60), n.start()).find()) {
      return FigureExtractor.eventOf("killed"); // "the floods have claimed the lives of 47 people"
    }
    String total = totalBrought(toks, n);
    if (total != null) {
      return total;
    }
    String before = verbBefore(toks, n);
    int pastAside = before == null ? VerbReach.pastAsideOfSubject(tags, subjectEnd) : -1;
    if (pastAside >= 0) { // "900 firefighters, backed by eleven aircraft, were battling": the clause goes on after it
      subjectEnd = pastAside;
      clauseEnd = VerbReach.nextFigureAfter(tags, pastAside, clauseEnd);
    }
    if (before == null && objectOfVerb(tags, n)) {
      return null; // "a manager who stole more than £140,000 ... has been jailed": the figure's own verb, not the next
    }
    if (before != null && Attributor.REPORTING.is(before, "verb") && VerbReach.clauseOfItsOwn(tags, subjectEnd)) {
      before = null; // "he added 40 people were hurt": the verb reports the clause the figure opens
    }
    clauseEnd = Math.min(clauseEnd, VerbReach.participleAsideEnd(tags, n)); // ", signed for £28m in May, has scored"
    int coordinator = before == null ? VerbReach.coordinatorAfter(tags, subjectEnd) : clauseEnd;
    if (coordinator < clauseEnd && VerbReach.afterPreposition(tags, n)) {
      clauseEnd = coordinator; // "scored 19 goals in 41 appearances and has signed": a verb coordinated after it is
      // not the phrase's; "searching for 30 people missing" keeps its own
    }
    return before != null ? before
        : eventsAfter(text.substring(Math.min(subjectEnd, clauseEnd), clauseEnd), n.unit() == null);
  }

  /** Verbs that bring a running total to a figure, and the nouns of totals ({@code measures/totals.tsv}). */
  private static final Lexicon TOTALS = Lexicon.loadInflected("measures/totals.tsv", "total");
  /** Whether a word is the noun of a total ("number", "toll", "tally"). */
  static final java.util.function.Predicate<String> TOTALS_NOUN = w -> TOTALS.is(w, "total");

  /** Whether a word reports or compares a figure rather than says what it measures ("exceed", "reported"). */
  static boolean isNotMeasure(String w) {
    return w != null && NOT_MEASURES.contains(w);
  }

  /** Whether a word is a form of a verb that puts a total at a figure ("put", "places", "estimated"). */
  static boolean isEstimateVerb(String w) {
    return w != null && TOTALS.is(w, "estimate");
  }

  /** The event a total's phrase names by the word before its noun ("the death toll": killed), or null. */
  static String eventOfTotal(String phrase) {
    String[] words = phrase.toLowerCase(java.util.Locale.ROOT).split("\\s+");
    int n = words.length;
    return n > 1 && TOTALS_NOUN.test(words[n - 1]) ? FigureExtractor.eventOf(words[n - 2]) : null;
  }
  /** How many words may stand between the verb and "to" ("taking the national death toll to"). */
  private static final int TOTAL_PHRASE = 12;

  /**
   * A running total brought to the figure ("taking the death toll to 212", "bringing this year's total to 310",
   * "brings the number of cases to 1,045"), or put at it ("put the death toll at 43"): what the total counts. An event named in it (killed), else what follows
   * its "of" (cases), else its noun with its modifiers ("total", "national total"); null when the words before the
   * figure are no such phrase.
   */
  private static String totalBrought(List<Token> toks, NumberMention n) {
    int first = FigureExtractor.firstTokenAtOrAfter(toks, n.start());
    int to = first - 1;
    while (to > 0 && first - to <= 3 && !toks.get(to).lower().equals("to") && !estimateAt(toks, to)
        && Qualifiers.isInQualifier(toks.get(to).lower())) {
      to--; // "to at least 212", "at about 43"
    }
    String prep = to >= 2 ? toks.get(to).lower() : "";
    String verbClass = prep.equals("to") ? "bring" : prep.equals("at") ? "estimate" : null;
    if (verbClass == null) {
      return null; // "taking the death toll to 212"; "put the death toll at 43"
    }
    int verb = to - 1;
    while (verb >= 0 && to - verb <= TOTAL_PHRASE && toks.get(verb).isWord()
        && !TOTALS.is(toks.get(verb).lower(), verbClass)) {
      verb--;
    }
    if (verb < 0 || to - verb > TOTAL_PHRASE || !toks.get(verb).isWord() || verb + 1 >= to) {
      return null;
    }
    List<String> phrase = new ArrayList<>();
    boolean isTotal = false;
    boolean closed = false; // past the total's own words: "the total since the operation began" is the total
    String event = null;
    for (int k = verb + 1; k < to && !closed; k++) {
      String w = toks.get(k).lower();
      boolean totalWord = TOTALS.is(w, "total");
      isTotal |= totalWord;
      event = event != null ? event : FigureExtractor.eventOf(w);
      closed = totalWord && k + 1 < to && !toks.get(k + 1).lower().equals("of")
          || isTotal && !phrase.isEmpty() && k + 1 < to
          && "preposition".equals(Tags.CLOSED.classOf(toks.get(k + 1).lower()));
      if (w.equals("of") && isTotal) {
        phrase.clear(); // "the number of cases": what the number counts
      } else if (!StatisticMeasure.DETERMINERS.contains(w) && !Holder.WORDS.is(w, "time")
          && !SourceNames.isPossessive(w) && !w.endsWith("'") && !w.endsWith("’")) { // "this year's", "farmers'"
        phrase.add(w);
      }
    }
    if (!isTotal) {
      return null;
    }
    return event != null ? event : phrase.isEmpty() ? null : String.join(" ", phrase);
  }

  /** "at" that puts a total at the figure ("at 45", "at about 45"), not the "at" of "at least" or "at most". */
  private static boolean estimateAt(List<Token> toks, int k) {
    String next = k + 1 < toks.size() ? toks.get(k + 1).lower() : "";
    return toks.get(k).lower().equals("at") && !next.equals("least") && !next.equals("most");
  }

  /** Verbs of result ({@code measures/result-verbs.tsv}): "left 300 homes damaged" measures the damage. */
  private static final Lexicon RESULT_VERBS = Lexicon.loadInflected("measures/result-verbs.tsv");

  /**
   * The event a verb of result brings about, named right after what the figure counts ("left 30,000 more damaged",
   * "leaving five people dead", "left 12 trapped"): the first event word or past participle among the words after
   * the figure, before any punctuation; null when there is none.
   */
  private static String resultAfter(List<Token> toks, NumberMention n) {
    int k = FigureExtractor.firstTokenAtOrAfter(toks, n.end());
    for (int j = k; j < toks.size() && j - k < 4 && toks.get(j).isWord(); j++) {
      String w = toks.get(j).lower();
      String event = j + 1 < toks.size() ? FigureExtractor.eventOf(w + " " + toks.get(j + 1).lower()) : null;
      event = event != null ? event : FigureExtractor.eventOf(w); // "without power", then "injured"
      if (event != null) {
        return event;
      }
      if (w.endsWith("ed") && verbMeasure(w) != null) {
        return w; // "left 12 trapped underground": the state a participle names
      }
    }
    return null;
  }

  /** Whether a verb governs the figure, past its qualifiers ("stole more than £140,000"): the clause verb says what. */
  private static boolean objectOfVerb(Tags tags, NumberMention n) {
    List<Token> toks = tags.tokens();
    int i = FigureExtractor.firstTokenAtOrAfter(toks, n.start()) - 1;
    while (i >= 0 && MEASURE_LOOKBACK_SKIP.contains(toks.get(i).lower())) {
      i--;
    }
    // the words first: the tagger is asked only after "who", "which" or "that"
    return i >= 1 && RELATIVES.contains(toks.get(i - 1).lower()) && !Attributor.REPORTING.is(toks.get(i).lower(), "verb")
        && tags.is(i, "VERB");
  }

  /** The measure verb within four words before the figure, past qualifiers ("killed at least 21"); null if none. */
  private static String verbBefore(List<Token> toks, NumberMention n) {
    String verb = verbOrEventBefore(toks, n);
    String result = verb != null && RESULT_VERBS.classOf(verb) != null ? resultAfter(toks, n) : null;
    return result != null ? result : verb;
  }

  /** How many skippable words a verb may stand before its figure: "rose by an average of 8.7%". */
  private static final int LOOKBACK = 5;

  private static String verbOrEventBefore(List<Token> toks, NumberMention n) {
    int i = FigureExtractor.firstTokenAtOrAfter(toks, n.start()) - 1;
    String given = VerbPhrases.givenTo(toks, i);
    if (given != null) {
      return given; // "fined Halden Bank 65 million euros", "paid Porto Vell 45 million"
    }
    int looked = 0;
    while (i >= 0 && looked < LOOKBACK) {
      String w = toks.get(i).lower();
      if (FigureExtractor.isEventWord(w) && !w.equals("dead")) {
        return FigureExtractor.eventOf(w);
      }
      if (looked == 0 && PARTICLES.contains(w) && i > 0) {
        String phrasal = verbMeasure(toks.get(i - 1).lower());
        if (phrasal != null && !toks.get(i - 1).isCapitalised()) {
          return phrasal + " " + w; // "shot down four missiles"
        }
      }
      if (isChangeVerb(w)) {
        return w; // "prices rose 3.4%"
      }
      if (VerbReach.priceVerb(toks, i, n, MEASURE_LOOKBACK_SKIP)) {
        return w; // "earns £300,000 a week", "fetched $4m"; "the cheapest ticket cost €55" is a quantity's
      }
      String verb = looked == 0 || QUALIFIER_START.contains(toks.get(i + 1).lower())
          || toks.get(i + 1).lower().equals("between") ? verbMeasure(w) : null;
      if (verb != null && !toks.get(i).isCapitalised()) {
        return verb; // "volunteers planted 4,000 trees"
      }
      if (!(Qualifiers.isQualifierWord(w) || MEASURE_LOOKBACK_SKIP.contains(w))) {
        return null;
      }
      i--;
      looked++;
    }
    return null;
  }

  /**
   * The coordinated event verbs after the counted noun, in the rest of its clause ("were killed or injured", "were
   * grounded"), joined as written; a reduced relative ("troops fighting in Kursk") only when nothing else is found.
   */
  private static String eventsAfter(String after, boolean count) {
    Matcher lives = LOST_LIVES.matcher(after);
    boolean livesLost = lives.find(); // the first "lost their lives" of the clause, looked for once
    List<Token> rest = Token.of(after);
    Set<String> found = new LinkedHashSet<>();
    String joiner = " or ";
    String fallback = null;
    String previous = "";
    int gap = 0;
    for (int ti = 0; ti < rest.size(); ti++) {
      Token t = rest.get(ti);
      String w = t.lower();
      VerbPhrases.Event phrase = found.isEmpty() ? VerbPhrases.eventAt(rest, ti) : null;
      if (phrase != null) { // "went on strike", "joined the march", "took part in the march"
        found.add(phrase.event());
        ti = phrase.last();
        previous = rest.get(ti).lower();
        continue;
      }
      if (previous.equals(",") && found.isEmpty() && (fallback == null && CLAUSE_JOINS.contains(w)
          || COMMA_RELATIVES.contains(w))) {
        break; // "..., and seized 1,150 weapons", "..., which killed seven": the next clause's verb is not this one's
      }
      if (livesLost && t.start() >= lives.start() && t.start() < lives.end()) {
        found.add(VerbPhrases.livesEvent(lives.group(1)));
        continue;
      }
      String m = found.isEmpty() && w.endsWith("ed") && VerbReach.attributive(previous) ? null
          : FigureExtractor.eventOf(w); // "14 camps for displaced people": the participle describes people, no event
      String before = previous;
      previous = w;
      if (m != null && found.isEmpty() && w.endsWith("ing") && !AUXILIARIES.contains(before) && !m.equals(w)) {
        fallback = fallback == null ? m : fallback; // "troops fighting in Kursk have been killed": a reduced relative
        continue;
      }
      if (m == null && found.isEmpty() && HEDGES.contains(w) && isPassiveAuxiliary(rest, t)) {
        continue; // "are feared buried": what is feared is the measure
      }
      if (m == null && found.isEmpty() && fallback == null
          && (afterPerfect(rest, t) && participle(w) != null || count && VerbReach.doing(before, w))) {
        // "1,800 workers had stopped work" (an event after it wins: "have received injuries"); "were sheltering"
        fallback = w.endsWith("ing") ? ClauseVerb.phrasal(rest, ti) : perfectParticiple(rest, ti); // "had walked out"
        continue;
      }
      String participle = m != null || !found.isEmpty() ? null : participleEvent(rest, ti, count && before.isEmpty(),
          fallback == null), directed = found.isEmpty() ? VerbPhrases.directed(rest, ti) : null; // "told to leave"
      if (m != null || participle != null || directed != null) {
        found.add(directed != null ? directed : m != null ? m : participle);
        ti += directed != null ? 2 : 0;
        gap = 0;
        continue;
      }
      joiner = w.equals("and") && found.size() <= 1 ? " and " : joiner;
      if (w.equals(".") || w.equals(";") || w.equals(":") || !found.isEmpty() && !BETWEEN_EVENTS.contains(w)
          || !w.equals(",") && ++gap > (fallback == null ? 6 : 12)) { // commas are no words: "men, aged 29 and 41, were"
        break;
      }
    }
    return found.isEmpty() ? fallback : VerbPhrases.joined(new ArrayList<>(found), joiner);
  }

  /** A participle after a perfect ("had stopped"), with its particle when it names nothing but itself ("walked out"). */
  private static String perfectParticiple(List<Token> rest, int ti) {
    String w = rest.get(ti).lower();
    String p = participle(w);
    return w.equals(p) ? ClauseVerb.phrasal(rest, ti) : p;
  }

  /**
   * The event a participle at {@code ti} names: after a passive auxiliary ("were grounded") or, in a count, first
   * after it ("300 flights grounded"); a past event verb first in a count ("fell"); else null.
   */
  private static String participleEvent(List<Token> rest, int ti, boolean countFirst, boolean noFallback) {
    String w = rest.get(ti).lower();
    if (noFallback && (isPassiveAuxiliary(rest, rest.get(ti))
        || countFirst && (w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w)))) {
      return participle(w);
    }
    return countFirst && VerbReach.pastEvent(w) ? ClauseVerb.phrasal(rest, ti) : null;
  }

  /**
   * What a past participle measures, or null: not a verb of result, whose state follows it ("had been made
   * homeless").
   */
  /** Whether a word is an irregular past participle of {@code measures/irregular-participles.tsv} ("sold", "shot"). */
  static boolean isIrregularParticiple(String w) {
    return IRREGULAR_PARTICIPLES.contains(w);
  }

  private static String participle(String w) {
    return RESULT_VERBS.classOf(w) == null && !PASSIVE_AUXILIARIES.contains(w) && (w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w)) ? verbMeasure(w)
        : null;
  }

  private static final Set<String> RELATIVES = Words.setOf("who", "which", "that");
  /** Prepositions after which an event word describes a noun of the phrase ("camps for displaced people"). */

  /** Words between a measure verb and its figure: "killed at least", "sent between", "had a total of". */
  private static final Set<String> MEASURE_LOOKBACK_SKIP = Lexicon.load("measures/measure-lookback-skip.tsv").terms("measure-lookback-skip");
  private static final Set<String> PARTICLES = Lexicon.load("measures/particles.tsv").terms("particles");
  private static final Set<String> QUALIFIER_START = Lexicon.load("measures/qualifier-start.tsv").terms("qualifier-start");

  /** The token right before {@code t} in {@code rest} is a passive auxiliary ("were", "had been"), so t is a participle. */
  private static boolean isPassiveAuxiliary(List<Token> rest, Token t) {
    int j = auxiliaryBefore(rest, rest.indexOf(t));
    if (j >= 0 && HEDGES.contains(rest.get(j).lower())) {
      j = auxiliaryBefore(rest, j); // "dozens more are feared buried": the hedge stands in the passive
    }
    return j >= 0 && PASSIVE_AUXILIARIES.contains(rest.get(j).lower());
  }

  /** Whether a perfect auxiliary stands before the token, past adverbs ("had stopped", "have already closed"). */
  private static boolean afterPerfect(List<Token> rest, Token t) {
    int j = auxiliaryBefore(rest, rest.indexOf(t));
    return j >= 0 && PERFECT.contains(rest.get(j).lower());
  }

  /** The token before {@code i} past adverbs ("were quickly rescued", "were still missing"); -1 when none. */
  private static int auxiliaryBefore(List<Token> rest, int i) {
    int j = i - 1;
    while (j >= 0 && (rest.get(j).lower().endsWith("ly") || rest.get(j).lower().equals("still"))) {
      j--;
    }
    return j;
  }

  /** Participles that hedge the one after them ("are feared buried", "were believed trapped"). */
  private static final Set<String> HEDGES = Words.setOf("feared", "believed", "thought", "presumed");
  /** Auxiliaries of the perfect: a participle after them is the clause's verb ("1,800 workers had stopped work"). */
  private static final Set<String> PERFECT = Words.setOf("had", "have", "has");
}
