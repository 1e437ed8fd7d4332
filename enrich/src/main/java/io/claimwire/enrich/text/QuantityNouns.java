package io.claimwire.enrich.text;

import static io.claimwire.enrich.text.Changes.*;
import static io.claimwire.enrich.text.StatisticMeasure.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The nouns that name what a statistic measures: a quantity noun heading what was counted ("16,000 votes"), before
 * the figure with a linking word ("turnover of £4.7bn"), an amount noun ("a $45 million contract"), and the thing
 * before a verb that moved ("emissions fell to").
 */
final class QuantityNouns {
  /** Words that join a second verb to the first's subject ("rose in May and fell in June"). */
  static final Set<String> COORDINATORS = Lexicon.load("measures/coordinators.tsv").terms("coordinators");

  private QuantityNouns() {}

  /** Phrases that take a noun phrase whole ({@code measures/whole-phrases.tsv}), by their number of words. */
  private static final Lexicon WHOLE = Lexicon.load("measures/whole-phrases.tsv");
  private static final int WHOLE_WORDS = 3;

  /** The last token before a phrase that takes the noun phrase whole and ends at {@code j}; {@code j} when none. */
  static int pastWholePhrase(List<Token> toks, int j) {
    int start = j < 0 ? -1 : WHOLE.phraseEndingAt(toks, j, WHOLE_WORDS, 1, "whole");
    return start >= 0 ? start - 1 : j; // "emissions as a whole fell": emissions
  }

  /**
   * The noun phrase right before a change word: "bicycle thefts were up" gives "bicycle thefts"; one prepositional
   * phrase is taken with its head ("thefts in the borough", "emissions of greenhouse gases").
   */
  /** Words between what changed and its change word ({@code measures/before-change.tsv}). */
  private static final Set<String> BEFORE_CHANGE = Lexicon.load("measures/before-change.tsv").terms("skip");

  static String thingBefore(String text, List<Token> toks, int changeAt) {
    if (changeAt < 0) {
      return null;
    }
    int j = changeAt - 1;
    while (j >= 0 && BEFORE_CHANGE.contains(toks.get(j).lower())) {
      j--;
    }
    j = pastAside(toks, j);
    j = pastWholePhrase(toks, j);
    if (j > 0 && COORDINATORS.contains(toks.get(j).lower())) {
      // "production rose to 2.4 million in 2021 and rose to 2.6 million in 2022": a second verb with no subject of
      // its own shares the first's
      for (int k = j - 1; k >= 0; k--) { // "production stood at 2.3m but fell to 2.1m": a kept level too
        if (isChange(toks.get(k).lower()) || MEASURES.is(toks.get(k).lower(), "level") && k + 1 < toks.size()
            && toks.get(k + 1).lower().equals("at")) {
          return thingBefore(text, toks, k);
        }
      }
      return null;
    }
    List<String> words = new ArrayList<>();
    j = words(toks, j, words);
    int collected = words.size();
    words = nominal(text, toks, j + 1, words); // "figures show domestic burglary rose": the verb is no part of it
    int k = words.size() < collected ? -1 : j; // a phrase cut at a verb takes no phrase before it
    while (k >= 0 && Set.of("the", "a", "an").contains(toks.get(k).lower())) {
      k--;
    }
    if (!words.isEmpty() && k > 1 && reducedRelative(toks, k)) {
      String head = thingBefore(text, toks, k - 1); // "crimes reported to police fell": the crimes, not the police
      if (head != null) {
        return head;
      }
    }
    words = withHeads(text, toks, words, j, k);
    return words.isEmpty() ? null : String.join(" ", words);
  }

  /**
   * The phrase {@code words} (its articles end at {@code j}, its preposition, if any, is token {@code k}) with the heads
   * it is a phrase of, up to {@link #PHRASES}: "thefts in the borough", "admissions for assault with a knife".
   */
  private static List<String> withHeads(String text, List<Token> toks, List<String> words, int j, int k) {
    for (int phrases = 0; phrases < PHRASES && !words.isEmpty() && k > 0 && PREPOSITIONS.contains(toks.get(k).lower());
        phrases++) {
      List<String> head = new ArrayList<>();
      int h = words(toks, k - 1, head);
      List<String> nominal = nominal(text, toks, h + 1, head); // "said uptake of the vaccine": not the verb
      if (nominal.isEmpty() || phrases > 0 && toks.get(k).lower().equals("of")
          && VerbMeasure.TOTALS_NOUN.test(nominal.get(nominal.size() - 1).toLowerCase(java.util.Locale.ROOT))) {
        break; // "the number of cholera cases in the country": the cases, which the number counts
      }
      List<String> joined = new ArrayList<>(nominal);
      for (int d = k; d <= j; d++) {
        joined.add(toks.get(d).text()); // the preposition and the articles after it
      }
      joined.addAll(words);
      words = joined;
      if (nominal.size() < head.size()) {
        break; // a head cut at a verb takes no phrase before it
      }
      j = h;
      k = h;
      while (k >= 0 && Set.of("the", "a", "an").contains(toks.get(k).lower())) {
        k--;
      }
    }
    return words;
  }

  /** How many prepositional phrases after its head a changed thing may take. */
  private static final int PHRASES = 2;

  /** Words that open an aside after a comma: a relative pronoun, or the article or possessive of an apposition. */
  private static final Set<String> ASIDE_OPENERS = Words.setOf("which", "who", "the", "its", "their", "a", "an");
  private static final Set<String> RELATIVES = Words.setOf("which", "who");
  /** How many tokens an aside between commas may hold. */
  private static final int ASIDE = 14;

  /**
   * Past an aside that ends at token {@code j}: "sales, which strip out new stores, fell" and "exports to China, the
   * country's biggest market, dropped" give the token before the aside's opening comma; "energy costs, which rose"
   * the token before ", which"; else {@code j}.
   */
  private static int pastAside(List<Token> toks, int j) {
    if (j > 1 && RELATIVES.contains(toks.get(j).lower()) && toks.get(j - 1).lower().equals(",")) {
      return j - 2; // "energy costs, which rose by £40m"
    }
    if (j < 3 || !toks.get(j).lower().equals(",")) {
      return j;
    }
    for (int k = j - 1; k > 0 && j - k <= ASIDE; k--) {
      String w = toks.get(k).lower();
      if (w.equals(".") || w.equals(";") || w.equals(":")) {
        return j;
      }
      if (w.equals(",")) {
        return k + 1 < j && ASIDE_OPENERS.contains(toks.get(k + 1).lower()) && toks.get(k - 1).isWord() ? k - 1 : j;
      }
    }
    return j;
  }

  /** Whether a past participle and a preposition other than "of" end at token {@code k}: "reported to", "sold in". */
  private static boolean reducedRelative(List<Token> toks, int k) {
    String p = toks.get(k).lower();
    String v = toks.get(k - 1).lower();
    return !p.equals("of") && "preposition".equals(Tags.CLOSED.classOf(p)) && toks.get(k - 2).isWord()
        && (v.endsWith("ed") || VerbMeasure.isIrregularParticiple(v)) && !BEFORE_CHANGE.contains(v)
        && !BEFORE_CHANGE.contains(toks.get(k - 2).lower()); // "margins were hit by costs": a passive, no relative
  }

  /**
   * The words after the last finite verb the tagger sees among them ("figures show domestic burglary" gives
   * "domestic burglary"; "murders involving knives" keeps its participle). Tagged with the words before, for context.
   */
  static List<String> nominal(String text, List<Token> toks, int from, List<String> words) {
    if (words.size() < 2) {
      return words;
    }
    int context = Math.max(0, from - 6);
    String[] tags = PosTagger.tags(text, toks.subList(context, Math.min(toks.size(), from + words.size() + 1)));
    int end = words.size(); // "inflation went up": the verb of a phrasal change is no part of what changed
    while (end > 1 && finiteVerb(tags[from - context + end - 1], words.get(end - 1))
        && !MEASURES.is(words.get(end - 1).toLowerCase(Locale.ROOT), QUANTITY)) { // "Shelter costs rose": a noun
      end--;
    }
    int start = 0; // a reporting verb or an auxiliary starts the phrase afresh; other verb tags are too often nouns
    for (int i = 0; i < end; i++) {
      if (MEASURES.is(words.get(i), "report") || tags[from - context + i].equals("AUX")) {
        start = i + 1;
      }
    }
    return start >= end ? words.subList(end - 1, end) : words.subList(start, end);
  }

  static boolean finiteVerb(String tag, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return MEASURES.is(w, "report") || (tag.equals("VERB") || tag.equals("AUX")) && !w.endsWith("ing") && !w.endsWith("ed");
  }

  static final Set<String> PREPOSITIONS = Lexicon.load("measures/prepositions.tsv").terms("prepositions");

  /** Up to three words of a noun phrase ending at {@code j}, collected into {@code out}; returns where it stopped. */
  static int words(List<Token> toks, int j, List<String> out) {
    // three words, more where they are one name ("the Dow Jones Industrial Average fell")
    for (; j >= 0 && (out.size() < 3 || out.size() < 6 && toks.get(j).isCapitalised() && toks.get(j + 1).isCapitalised()); j--) {
      Token t = toks.get(j);
      if (!t.isWord() || DETERMINERS.contains(t.lower()) || PREPOSITIONS.contains(t.lower())
          || Character.isDigit(t.text().charAt(0))) {
        break;
      }
      if (j > 0 && timePossessive(t.lower()) && TIME_DETERMINERS.contains(toks.get(j - 1).lower())) {
        j -= 2; // "the pass rate in this year's exams": when, no part of what; the phrase goes on before it
        break;
      }
      out.add(0, t.text());
    }
    return j;
  }

  private static final Set<String> TIME_DETERMINERS = Words.setOf("this", "last", "next", "that");

  /** "year's", "week’s": a word of time with a possessive ending. */
  private static boolean timePossessive(String w) {
    return (w.endsWith("'s") || w.endsWith("’s")) && Holder.WORDS.is(w.substring(0, w.length() - 2), "time");
  }

  /** "in car crime", "of the budget": up to four words after a preposition, to the next punctuation. */
  static String phraseAfterPreposition(List<Token> toks, int i) {
    if (i >= toks.size() || !Set.of("in", "of").contains(toks.get(i).lower())) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int j = i + 1; j < toks.size() && words.size() < 4; j++) {
      Token t = toks.get(j);
      if (!t.isWord() || PREPOSITIONS.contains(t.lower()) || Set.of("and", "or", "to", "compared", "since", "than",
          "over").contains(t.lower())) {
        break;
      }
      if (words.isEmpty() && Set.of("the", "a", "an").contains(t.lower())) {
        continue;
      }
      words.add(t.text());
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  /**
   * The phrase itself, lower case, when its head (the last word before a preposition, else the last word) is a
   * quantity noun ("shooting incidents", "emissions of greenhouse gases"), else null.
   */
  static final Lexicon COUNTED = Lexicon.load("counted.tsv");

  /** "tonnes", "barrels": a unit of measurement ({@code counted.tsv}, class unit), not a thing counted. */
  static boolean isUnit(String phrase) {
    String w = Words.lastLetters(phrase).toLowerCase(Locale.ROOT);
    return phrase.strip().indexOf(' ') < 0 && (COUNTED.is(w, "unit")
        || w.endsWith("s") && COUNTED.is(w.substring(0, w.length() - 1), "unit"));
  }

  /** Whether a phrase is headed by a quantity noun ("shooting incidents", "emissions of greenhouse gases"). */
  static boolean isQuantity(String phrase) {
    return quantityOf(phrase) != null;
  }

  static String quantityOf(String phrase) {
    if (phrase == null) {
      return null;
    }
    String head = null;
    for (String w : Words.of(phrase.strip())) {
      if (PREPOSITIONS.contains(w.toLowerCase(Locale.ROOT))) {
        break;
      }
      head = w;
    }
    head = head == null ? Words.lastLetters(phrase) : Words.letters(head);
    return MEASURES.is(head, QUANTITY) ? phrase.toLowerCase(Locale.ROOT) : null;
  }

  /**
   * "an employment rate of 74.6%", "winds of 140 mph", "a customer base of over 650,000": a common noun joined to the
   * figure by "of" names what it measures, with up to two modifiers before it; a noun that only gathers or places the
   * figure ("a total of", "a group of", {@code holders.tsv} classes level and group) names nothing.
   */
  static String nounOf(Tags tags, int before) {
    List<Token> toks = tags.tokens();
    int j = before;
    while (j >= 0 && NOUN_OF_SKIP.contains(toks.get(j).lower())) {
      j--;
    }
    if (j < 1 || !toks.get(j).lower().equals("of")) {
      return null;
    }
    int head = j - 1;
    String w = toks.get(head).lower();
    if (head > 0 && COMPOUND_PREPOSITIONS.contains(toks.get(head - 1).lower() + " " + w)) {
      return null; // "in front of 82,500 fans": a preposition of three words, no noun of the figure
    }
    if (!tags.is(head, "NOUN") || toks.get(head).isCapitalised() || Holder.WORDS.is(w, "level")
        || Holder.WORDS.is(w, "group") || Holder.WORDS.is(w, "unit") || QuantityNouns.isUnit(w)) {
      return null;
    }
    List<String> words = new ArrayList<>(List.of(w));
    for (int k = head - 1; k >= 0 && words.size() < 3; k--) {
      Token t = toks.get(k);
      if (!t.isWord() || t.isCapitalised() || DETERMINERS.contains(t.lower())
          || !(tags.is(k, "NOUN") || tags.is(k, "ADJ"))) {
        break;
      }
      words.add(0, t.lower());
    }
    return String.join(" ", words);
  }

  static final Set<String> MONEY = moneyUnits();

  private static Set<String> moneyUnits() {
    Set<String> m = new java.util.HashSet<>(Lexicon.load("measures/money.tsv").terms("money"));
    m.addAll(Units.CURRENCIES.values()); // the codes of currencies named by a word
    return Words.setCopyOf(m);
  }

  /**
   * "the £75m signing of Luis Suarez", "a $300 million contract": a common noun right after an amount is what the
   * amount is (with one more noun of a compound), where it counts no thing.
   */
  static String amountNoun(Tags tags, NumberMention n, int after) {
    List<Token> toks = tags.tokens();
    if (n.unit() == null || !MONEY.contains(n.unit()) || after >= toks.size()) {
      return null;
    }
    Token t = toks.get(after);
    String prev = toks.get(after - 1).lower();
    if (prev.equals("per") || prev.equals("a") || prev.equals("an") || Tags.CLOSED.classOf(t.lower()) != null) {
      return null; // "$50 per barrel", "$10 million each": a rate or a distributive, not what the amount is
    }
    if (!t.isWord() || t.isCapitalised() || !tags.is(after, "NOUN") || Holder.WORDS.is(t.lower(), "time")
        || Holder.WORDS.is(t.lower(), "unit") || UNIT_WORDS.contains(t.lower())) {
      return null;
    }
    boolean compound = after + 1 < toks.size() && toks.get(after + 1).isWord() && !toks.get(after + 1).isCapitalised()
        && tags.is(after + 1, "NOUN") && !Holder.WORDS.is(toks.get(after + 1).lower(), "time");
    return compound ? t.lower() + " " + toks.get(after + 1).lower() : t.lower();
  }

  /** Prepositions of three words that end in "of", by their first two ("in front", "on top"). */
  private static final Set<String> COMPOUND_PREPOSITIONS = Lexicon.load("measures/compound-prepositions.tsv")
      .terms("preposition");

  /** Whether the "of" at token {@code of} ends a preposition of three words ("in front of", "on top of"). */
  static boolean endsCompoundPreposition(List<Token> toks, int of) {
    return of >= 2 && toks.get(of).lower().equals("of")
        && COMPOUND_PREPOSITIONS.contains(toks.get(of - 2).lower() + " " + toks.get(of - 1).lower());
  }

  /** Qualifier words between "of" and its figure: "a rate of about 5%", "a base of over 650,000". */
  static final Set<String> NOUN_OF_SKIP = Lexicon.load("measures/noun-of-skip.tsv").terms("noun-of-skip");

  /** "Group turnover of £4.7bn", "a fee worth €105m", "approval ratings around 20%": a quantity noun before it. */
  static String quantityBefore(List<Token> toks, int before) {
    int j = before;
    int links = 0;
    boolean worth = false;
    while (j >= 0 && (SKIP_BEFORE.contains(toks.get(j).lower()) || LINKS.contains(toks.get(j).lower())
        || toks.get(j).lower().equals("up") && toks.get(j + 1).lower().equals("to") // "tickets cost up to £150"
        || toks.get(j).lower().equals(",") && toks.get(j + 1).lower().equals("at")) && links < 4) { // "shootings, at 415"
      worth |= toks.get(j).lower().equals("worth");
      j--;
      links++;
    }
    // "cocaine worth an estimated £250,000", "a deal worth $40m": what is worth the amount is what it measures
    boolean valued = worth && j >= 0 && toks.get(j).isWord() && !toks.get(j).isCapitalised()
        && Tags.CLOSED.classOf(toks.get(j).lower()) == null && Lemmas.isNoun(toks.get(j).lower());
    if (j < 0 || !valued && !MEASURES.is(toks.get(j).lower(), QUANTITY)) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int k = j; k >= 0 && words.size() < 3; k--) {
      Token t = toks.get(k);
      if (!t.isWord() || DETERMINERS.contains(t.lower()) || Character.isDigit(t.text().charAt(0))
          || Tags.CLOSED.classOf(t.lower()) != null // "where tickets cost up to £150": no "where"
          || valued && !Lemmas.isNoun(t.lower()) // "recovered stolen goods worth": the goods
          || k < j && Lemmas.isPastTense(t.lower()) && !Lemmas.isNoun(t.lower()) // "reported revenue of": revenue
          || k < j && Attributor.REPORTING.classOf(t.lower()) != null) { // "the board forecast production of"
        break;
      }
      words.add(0, t.lower());
    }
    return String.join(" ", words);
  }
}
