package io.claimwire.enrich.text;

import static io.claimwire.enrich.text.Changes.*;
import static io.claimwire.enrich.text.QuantityNouns.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stage that says what a statistic measures and whether its figure is a change, after the event stages have
 * had their say ("killed", "evacuated"). Decided from the measures lexicon ({@code measures.tsv}) and the words
 * around the figure, in this order:
 *
 * <ol>
 *   <li>a level reached or left ("fell to 46", "up from 2.1%") is no change: it measures the thing that moved;</li>
 *   <li>a change word before the figure ("rose by 5%", "were up 22%", "an increase of 142%") or after it ("a 12% drop
 *       in car crime", "12% higher than") makes it a change: measure {@code rise} or {@code fall}, what changed its
 *       subject;</li>
 *   <li>a quantity noun heading what was counted or standing after the figure ("16,000 votes", "38 percent
 *       approval"), or before it with a linking word ("turnover of £4.7bn", "a fee worth €105m"), is the measure;</li>
 *   <li>a list line "Label: value" with no other measure measures its label.</li>
 * </ol>
 *
 * Each step is one method over what is {@code Around} the figure; change words are judged by {@link Changes}, the
 * nouns that name a quantity by {@link QuantityNouns}.
 */
final class StatisticMeasure {
  static final Lexicon MEASURES = Lexicon.loadInflected("measures.tsv", "quantity");
  static final String RISE = "rise";
  static final String FALL = "fall";
  static final String QUANTITY = "quantity";
  /** Words that may stand between a figure and what governs it: qualifiers, articles, "by", "of". */
  static final Set<String> SKIP_BEFORE = Lexicon.load("measures/skip-before.tsv").terms("skip-before");
  /** Words that link a quantity noun to its figure: "turnover of", "fee worth", "production stood at". */
  static final Set<String> LINKS = Lexicon.load("measures/links.tsv").terms("links");
  /** Unit words that belong to the figure ("21 percent increase", "25 basis points"). */
  static final Set<String> UNIT_WORDS = Lexicon.load("measures/unit-words.tsv").terms("unit-words");
  static final Set<String> DETERMINERS = Lexicon.load("measures/determiners.tsv").terms("determiners");
  /** "Debt service fund: $278.4m": a label and its value; not a speaker before a quote ("Hansen said: \"We ...\""). */
  static final Pattern LABEL_LINE = Pattern.compile("^\\s*[>\\-–—•*▪·]*\\s*(\\p{L}[^:;.!?\"“”\\d]{1,60}?)\\s*:\\s*+(?![\"“‘])[^:]*$");

  private StatisticMeasure() {}

  /** What the figure measures, its change, and what was counted (the subject it had, or what changed). */
  record Reading(String measure, Change change, String subject) {}

  /** What is around the figure that the rules below read: the tokens after it and before it, what governs it. */
  private record Around(Tags tags, String text, List<Token> toks, NumberMention n, String measure, String subject,
      int after, int before, int gov, String eventMeasure) {

    static Around of(Tags tags, NumberMention n, String measure, String counted) {
      List<Token> toks = tags.tokens();
      // "the index fell 130 points": a unit word after the figure is not what was counted
      String subject = counted != null && UNIT_WORDS.contains(Words.lastLetters(counted)) ? null : counted;
      int after = FigureExtractor.firstTokenAtOrAfter(toks, n.end());
      while (after < toks.size() && UNIT_WORDS.contains(toks.get(after).lower())) {
        after++;
      }
      int before = FigureExtractor.firstTokenAtOrAfter(toks, n.start()) - 1;
      int gov = before;
      while (gov >= 0 && before - gov < 5 && (SKIP_BEFORE.contains(toks.get(gov).lower())
          || toks.get(gov).lower().equals("up") && gov < before && toks.get(gov + 1).lower().equals("to"))) {
        gov--; // "fell by as much as 12%", "fell up to 8%"
      }
      String eventMeasure = measure == null || isChange(measure) ? null : measure;
      boolean verbThenParticle = eventMeasure != null && gov > 0 && toks.get(gov - 1).lower().equals(eventMeasure)
          && (toks.get(gov).lower().equals("up") || toks.get(gov).lower().equals("down"));
      boolean changeLinked = n.unit() != null || before >= 0 && Set.of("by", "to", "from").contains(toks.get(before).lower());
      if (eventMeasure != null && (upOrDown(eventMeasure) || verbThenParticle) && changeLinked
          && isMotion(eventMeasure.split(" ")[0])) {
        eventMeasure = null; // "shot up by 12.2%", "have gone up to 622": a verb with "up" or "down" is a change
      }
      return new Around(tags, tags.text(), toks, n, measure, subject, after, before, gov, eventMeasure);
    }
  }

  static Reading read(Tags tags, NumberMention n, String measure, String counted) {
    Around a = Around.of(tags, n, measure, counted);
    Reading r = levelHeld(a);
    if (r == null) {
      r = levelReached(a);
    }
    if (r == null) {
      r = changeByForm(a);
    }
    if (r == null) {
      r = namedThing(a);
    }
    if (r == null) {
      r = changeByWord(a);
    }
    return r != null ? r : quantity(a);
  }

  /**
   * "The jobless rate held at 4.1%", "unemployment held steady at 6.5%", "the key rate stayed at 5.25%": a verb that
   * keeps a level ({@code measures.tsv} level, with a steady word between) before "at" measures what it kept, the
   * noun phrase before the verb; no change, no event ("held" is no holding of ground here).
   */
  static Reading levelHeld(Around a) {
    List<Token> toks = a.toks();
    int at = a.before(); // "held at a record 4.1%", "stayed at about 5%"; not the "at" of "at least"
    while (at > 0 && a.before() - at < 3 && !isLevelAt(toks, at) && LEVEL_QUALIFIERS.contains(toks.get(at).lower())) {
      at--;
    }
    if (at < 1 || !isLevelAt(toks, at)) {
      return null;
    }
    int verb = at - 1;
    while (verb > 0 && MEASURES.is(toks.get(verb).lower(), "steady")) {
      verb--;
    }
    if (!MEASURES.is(toks.get(verb).lower(), "level")) {
      return null;
    }
    String kept = thingBefore(a.text(), toks, verb);
    if (kept == null || Holder.WORDS.is(kept.toLowerCase(Locale.ROOT), "anaphor")) {
      return null;
    }
    return new Reading(kept.toLowerCase(Locale.ROOT), null, a.subject() != null ? a.subject() : kept);
  }

  private static boolean isLevelAt(List<Token> toks, int k) {
    return toks.get(k).lower().equals("at") && (k + 1 >= toks.size() || !Set.of("least", "most").contains(toks.get(k + 1).lower()));
  }

  /** "dipped to more than 208,000", "rose to a record 767,000": a level reached measures what moved, no change. */
  static Reading levelReached(Around a) {
    List<Token> toks = a.toks();
    // not "resulted from a 15% decrease", a change itself
    int level = a.after() < toks.size() && isChange(toks.get(a.after()).lower()) ? a.before() : levelWord(toks, a.before());
    String object = Changes.movedBefore(a.tags(), level);
    if (object != null) { // "raised its key rate by 25 basis points to 4.75%": the rate now stands at 4.75%
      return new Reading(object.toLowerCase(Locale.ROOT), null, a.subject() != null ? a.subject() : object);
    }
    if (!levelAfterChange(a.tags(), level)) {
      return null;
    }
    String eventMeasure = a.eventMeasure();
    if (eventMeasure != null && !(upOrDown(eventMeasure) && isMotion(eventMeasure.split(" ")[0]))) {
      return new Reading(eventMeasure, null, a.subject()); // "the death toll has risen to 64": still deaths
    }
    // "emissions fell to 520.5 million tonnes", "apprehensions dipped to 208,000": what moved is what was measured
    String subject = a.subject();
    int change = changeWordBefore(a.tags(), level);
    String moved = subject != null && !isUnit(subject) ? subject
        : changedAfter(a.text(), toks, change, level);
    moved = moved != null ? moved : thingBefore(a.text(), toks, verbOfParticle(a.tags(), change));
    boolean named = moved != null && !Holder.WORDS.is(moved.toLowerCase(Locale.ROOT), "anaphor");
    return new Reading(named ? withoutPlace(moved).toLowerCase(Locale.ROOT) : null, null, moved != null ? moved : subject);
  }

  /** A place phrase that closes a measure's words: "in England", "in the country", "across the region". */
  private static final Pattern PLACE_AT_END = Pattern.compile(
      "\\s+(?:in|across|throughout)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*|\\p{Ll}+)$");

  /**
   * The measure's words without the place they close with ("measles cases in England": measles cases; "cholera cases
   * in the country"): where is the location's field, and the same question asked of two places is one measure.
   */
  static String withoutPlace(String phrase) {
    Matcher m = PLACE_AT_END.matcher(phrase);
    if (!m.find() || m.start() == 0) {
      return phrase;
    }
    String place = m.group(1);
    return Character.isUpperCase(place.charAt(0)) || Holder.WORDS.is(place, "place") ? phrase.substring(0, m.start())
        : phrase;
  }

  /**
   * What a change noun says changed, between its "in" or "of" and the level's "to" ("a 4% rise in shoplifting
   * offences to 52,000": shoplifting offences), as written; null when the change word is no such noun.
   */
  private static String changedAfter(String text, List<Token> toks, int change, int level) {
    if (change < 0 || change + 2 >= level || !toks.get(change + 1).lower().equals("in")
        && !toks.get(change + 1).lower().equals("of")) {
      return null;
    }
    int from = change + 2;
    while (from < level && DETERMINERS.contains(toks.get(from).lower())) {
      from++;
    }
    for (int k = from; k < level; k++) {
      if (!toks.get(k).isWord() || Character.isDigit(toks.get(k).text().charAt(0))) {
        return null; // "a rise of 8% in arrivals": the figure's own "of"
      }
    }
    return from < level ? text.substring(toks.get(from).start(), toks.get(level - 1).end()) : null;
  }

  /** A change by its form: a sign ("486 (+12%)"), "2% less than", a change noun right after ("a 9% drop in"). */
  static Reading changeByForm(Around a) {
    List<Token> toks = a.toks();
    String subject = a.subject();
    String signed = signedChange(a.text(), a.n());
    if (signed != null) {
      return new Reading(signed, direction(signed), subject); // "486 (+12%)", "down to 415 (-3%)": a change by its sign
    }
    int after = a.after();
    // "a 9% drop in shoplifting": a change noun right after the figure wins over a verb further away
    if (a.n().unit() != null && after + 1 < toks.size() && toks.get(after + 1).lower().equals("than")
        && Set.of("less", "fewer", "more").contains(toks.get(after).lower())) {
      // "2% less than last year", "$40 more than in 2020": a difference, so a change
      String cls = toks.get(after).lower().equals("more") ? RISE : FALL;
      return new Reading(cls, direction(cls), subject);
    }
    String move = a.gov() >= 0 ? Changes.shareMove(toks.get(a.gov()).lower(), a.n().unit()) : null;
    if (move != null) { // "the index lost 0.8%", "Glencore shed 4.1%": a change of the clause's subject
      return new Reading(move, direction(move), subject != null ? subject : thingBefore(a.text(), toks, a.gov()));
    }
    if (after < toks.size() && isChange(toks.get(after).lower()) && !toks.get(after).lower().equals("up")
        && !toks.get(after).lower().equals("down")) {
      String cls = MEASURES.classOf(toks.get(after).lower());
      String changed = phraseAfterPreposition(toks, after + 1);
      boolean subjectIsTheChangeWord = subject != null && isChange(Words.lastLetters(subject));
      return new Reading(cls, direction(cls), changed != null && (subject == null || subjectIsTheChangeWord) ? changed
          : subjectIsTheChangeWord ? null : subject);
    }
    return null;
  }

  /** The thing the figure is: a counted quantity noun over its verb, an amount noun, or the event that happened. */
  static Reading namedThing(Around a) {
    List<Token> toks = a.toks();
    String subject = a.subject();
    String eventMeasure = a.eventMeasure();
    int gov = a.gov();
    if (eventMeasure != null && gov >= 0 && toks.get(gov).lower().equals(eventMeasure)
        && !FigureExtractor.isEvent(eventMeasure) && quantityOf(subject) != null) {
      // "made 37 bids", "cast 16,000 votes": the counted noun says more than the verb before it, where "300 flights
      // were grounded" says what happened to them
      return new Reading(quantityOf(subject), null, subject);
    }
    String amount = amountNoun(a.tags(), a.n(), a.after());
    String measure = a.measure();
    boolean changed = measure != null && isChange(measure) || gov >= 0 && isChange(toks.get(gov).lower());
    if (amount != null && !changed && (eventMeasure == null || !FigureExtractor.isEvent(eventMeasure))) {
      // "the £75m signing of", "approved a $45 million contract extension": the amount is that thing
      String phrase = subject != null && subject.toLowerCase(Locale.ROOT).startsWith(amount) ? subject : amount;
      return new Reading(phrase.toLowerCase(Locale.ROOT), null, subject);
    }
    if (eventMeasure != null) {
      return new Reading(eventMeasure, null, subject); // "shot down four missiles": the event says what happened
    }
    return null;
  }

  /**
   * The measure of a change made by a verb: a change word's class ("rose": rise), but a body's act on a quantity is
   * named by its verb ("raised rates by 25 basis points": raised; "was reduced by £195m": reduced).
   */
  private static String moverNamed(String verb, String cls) {
    return Changes.isChange(verb) ? cls : verb;
  }

  /** A change by a word that governs the figure: a change noun before "was", a change word, a verb over its object. */
  static Reading changeByWord(Around a) {
    List<Token> toks = a.toks();
    String subject = a.subject();
    int gov = a.gov();
    int changeNoun = changeNounBeforeCopula(toks, gov);
    if (changeNoun >= 0) { // "the highest monthly increase was 6.43 percent"
      String cls = MEASURES.classOf(toks.get(changeNoun).lower());
      return new Reading(cls, direction(cls), subject);
    }
    if (gov >= 0 && isChange(toks.get(gov).lower()) && !followedByTo(toks, gov) && !particleOfOtherVerb(a.tags(), gov)) {
      String cls = MEASURES.classOf(toks.get(gov).lower());
      return new Reading(cls, direction(cls), subject != null ? subject : thingBefore(a.text(), toks, verbOfParticle(a.tags(), gov)));
    }
    int verb = changeVerbOverObject(a.tags(), a.n(), gov);
    if (verb >= 0) { // "increased the property tax revenue 5.45 percent": what changed is the verb's object
      String cls = Changes.changeClass(toks.get(verb).lower());
      String named = moverNamed(toks.get(verb).lower(), cls);
      List<String> object = new ArrayList<>();
      for (int k = verb + 1; k <= gov; k++) {
        if (!DETERMINERS.contains(toks.get(k).lower())) {
          object.add(toks.get(k).text());
        }
      }
      return new Reading(named, direction(cls), subject != null ? subject : object.isEmpty() ? null : String.join(" ", object));
    }
    int first = FigureExtractor.firstTokenAtOrAfter(toks, a.n().start());
    int mover = first > 0 ? Changes.passiveMover(toks, first - 1) : -1;
    if (mover >= 0) { // "net debt was reduced by £195m": a change of the clause's subject
      String cls = Changes.changeClass(toks.get(mover).lower());
      return new Reading(moverNamed(toks.get(mover).lower(), cls), direction(cls),
          subject != null ? subject : thingBefore(a.text(), toks, mover));
    }
    String measure = a.measure();
    if (measure != null) { // a change verb that governs the figure from further away
      String cls = MEASURES.classOf(measure);
      int at = a.before();
      while (at >= 0 && !toks.get(at).lower().equals(measure)) {
        at--;
      }
      if (at < 0 && a.n().unit() == null) {
        return new Reading(measure, null, subject); // "12 boats sank", "200 trees fell": what the counted did
      }
      return new Reading(cls, direction(cls), subject != null ? subject : thingBefore(a.text(), toks, at));
    }
    return null;
  }

  /** A level: a quantity noun heading what was counted, after the figure or before it, or a list line's label. */
  static Reading quantity(Around a) {
    List<Token> toks = a.toks();
    String subject = a.subject();
    String q = quantityOf(subject);
    if (q == null && a.after() < toks.size() && MEASURES.is(toks.get(a.after()).lower(), QUANTITY)) {
      q = toks.get(a.after()).lower();
    }
    if (q == null) {
      q = quantityBefore(toks, a.before());
    }
    if (q == null) {
      q = nounOf(a.tags(), a.before());
    }
    if (q == null) {
      Matcher label = LABEL_LINE.matcher(a.text().substring(0, a.n().start()));
      if (label.find() && Words.of(label.group(1)).length <= 8 && !hasVerb(a.tags(), label.start(1), label.end(1))) {
        q = label.group(1).strip().toLowerCase(Locale.ROOT);
        subject = subject != null ? subject : label.group(1).strip(); // "Debt service fund: $278.4m": what it is of
      }
    }
    return new Reading(q, null, subject);
  }

  /** Whether an auxiliary stands in [{@code start}, {@code end}): "Cyclists were the exception:" is a clause, no label. */
  private static boolean hasVerb(Tags tags, int start, int end) {
    List<Token> toks = tags.tokens();
    for (int k = FigureExtractor.firstTokenAtOrAfter(toks, start); k < toks.size() && toks.get(k).end() <= end; k++) {
      if (tags.is(k, "AUX")) {
        return true;
      }
    }
    return false;
  }
}
