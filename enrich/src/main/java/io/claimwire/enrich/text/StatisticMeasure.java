package io.claimwire.enrich.text;

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
 */
final class StatisticMeasure {
  static final Lexicon MEASURES = Lexicon.load("measures.tsv");
  private static final String RISE = "rise";
  private static final String FALL = "fall";
  private static final String QUANTITY = "quantity";
  /** Words that may stand between a figure and what governs it: qualifiers, articles, "by", "of". */
  private static final Set<String> SKIP_BEFORE = Lexicon.load("measures/skip-before.tsv").terms("skip-before");
  /** Words that link a quantity noun to its figure: "turnover of", "fee worth", "production stood at". */
  private static final Set<String> LINKS = Lexicon.load("measures/links.tsv").terms("links");
  /** Unit words that belong to the figure ("21 percent increase", "25 basis points"). */
  private static final Set<String> UNIT_WORDS = Lexicon.load("measures/unit-words.tsv").terms("unit-words");
  private static final Set<String> DETERMINERS = Lexicon.load("measures/determiners.tsv").terms("determiners");
  private static final Pattern LABEL_LINE = Pattern.compile("^\\s*[>\\-–—•*▪·]*\\s*(\\p{L}[^:;.!?\"“”\\d]{1,60}?)\\s*:\\s*[^:]*$");

  private StatisticMeasure() {}

  /** What the figure measures, its change, and what was counted (the subject it had, or what changed). */
  record Reading(String measure, Change change, String subject) {}

  static Reading read(Tags tags, NumberMention n, String measure, String counted) {
    String text = tags.text();
    List<Token> toks = tags.tokens();
    // "the index fell 130 points": a unit word after the figure is not what was counted
    String subject = counted != null && UNIT_WORDS.contains(Words.lastLetters(counted)) ? null : counted;
    int after = FigureExtractor.firstTokenAtOrAfter(toks, n.end());
    while (after < toks.size() && UNIT_WORDS.contains(toks.get(after).lower())) {
      after++;
    }
    int before = FigureExtractor.firstTokenAtOrAfter(toks, n.start()) - 1;
    int gov = before;
    while (gov >= 0 && before - gov < 4 && SKIP_BEFORE.contains(toks.get(gov).lower())) {
      gov--;
    }
    String eventMeasure = measure == null || isChange(measure) ? null : measure;
    boolean verbThenParticle = eventMeasure != null && gov > 0 && toks.get(gov - 1).lower().equals(eventMeasure)
        && (toks.get(gov).lower().equals("up") || toks.get(gov).lower().equals("down"));
    boolean changeLinked = n.unit() != null || before >= 0 && Set.of("by", "to", "from").contains(toks.get(before).lower());
    if (eventMeasure != null && (upOrDown(eventMeasure) || verbThenParticle) && changeLinked
        && isMotion(eventMeasure.split(" ")[0])) {
      eventMeasure = null; // "shot up by 12.2%", "have gone up to 622": a verb with "up" or "down" is a change
    }
    // "dipped to more than 208,000", "rose to a record 767,000"; not "resulted from a 15% decrease", a change itself
    int level = after < toks.size() && isChange(toks.get(after).lower()) ? before : levelWord(toks, before);
    if (levelAfterChange(tags, level)) {
      if (eventMeasure != null && !(upOrDown(eventMeasure) && isMotion(eventMeasure.split(" ")[0]))) {
        return new Reading(eventMeasure, null, subject); // "the death toll has risen to 64": still deaths
      }
      // "emissions fell to 520.5 million tonnes", "apprehensions dipped to 208,000": what moved is what was measured
      String moved = subject != null && !isUnit(subject) ? subject
          : thingBefore(text, toks, verbOfParticle(tags, changeWordBefore(toks, level)));
      boolean named = moved != null && !Holder.WORDS.is(moved.toLowerCase(Locale.ROOT), "anaphor");
      return new Reading(named ? moved.toLowerCase(Locale.ROOT) : null, null, moved != null ? moved : subject);
    }
    String signed = signedChange(text, n);
    if (signed != null) {
      return new Reading(signed, direction(signed), subject); // "486 (+12%)", "down to 415 (-3%)": a change by its sign
    }
    // "a 9% drop in shoplifting": a change noun right after the figure wins over a verb further away
    if (n.unit() != null && after + 1 < toks.size() && toks.get(after + 1).lower().equals("than")
        && Set.of("less", "fewer", "more").contains(toks.get(after).lower())) {
      // "2% less than last year", "$40 more than in 2020": a difference, so a change
      String cls = toks.get(after).lower().equals("more") ? RISE : FALL;
      return new Reading(cls, direction(cls), subject);
    }
    if (after < toks.size() && isChange(toks.get(after).lower()) && !toks.get(after).lower().equals("up")
        && !toks.get(after).lower().equals("down")) {
      String cls = MEASURES.classOf(toks.get(after).lower());
      String changed = phraseAfterPreposition(toks, after + 1);
      boolean subjectIsTheChangeWord = subject != null && isChange(Words.lastLetters(subject));
      return new Reading(cls, direction(cls), changed != null && (subject == null || subjectIsTheChangeWord) ? changed
          : subjectIsTheChangeWord ? null : subject);
    }
    if (eventMeasure != null && gov >= 0 && toks.get(gov).lower().equals(eventMeasure)
        && !FigureExtractor.isEvent(eventMeasure) && quantityOf(subject) != null) {
      // "made 37 bids", "cast 16,000 votes": the counted noun says more than the verb before it, where "300 flights
      // were grounded" says what happened to them
      return new Reading(quantityOf(subject), null, subject);
    }
    String amount = amountNoun(tags, n, after);
    boolean changed = measure != null && isChange(measure) || gov >= 0 && isChange(toks.get(gov).lower());
    if (amount != null && !changed && (eventMeasure == null || !FigureExtractor.isEvent(eventMeasure))) {
      // "the £75m signing of", "approved a $45 million contract extension": the amount is that thing
      String phrase = subject != null && subject.toLowerCase(Locale.ROOT).startsWith(amount) ? subject : amount;
      return new Reading(phrase.toLowerCase(Locale.ROOT), null, subject);
    }
    if (eventMeasure != null) {
      return new Reading(eventMeasure, null, subject); // "shot down four missiles": the event says what happened
    }
    int changeNoun = changeNounBeforeCopula(toks, gov);
    if (changeNoun >= 0) { // "the highest monthly increase was 6.43 percent"
      String cls = MEASURES.classOf(toks.get(changeNoun).lower());
      return new Reading(cls, direction(cls), subject);
    }
    if (gov >= 0 && isChange(toks.get(gov).lower()) && !followedByTo(toks, gov) && !particleOfOtherVerb(tags, gov)) {
      String cls = MEASURES.classOf(toks.get(gov).lower());
      return new Reading(cls, direction(cls), subject != null ? subject : thingBefore(text, toks, verbOfParticle(tags, gov)));
    }
    int verb = changeVerbOverObject(tags, n, gov);
    if (verb >= 0) { // "increased the property tax revenue 5.45 percent": what changed is the verb's object
      String cls = MEASURES.classOf(toks.get(verb).lower());
      List<String> object = new ArrayList<>();
      for (int k = verb + 1; k <= gov; k++) {
        if (!DETERMINERS.contains(toks.get(k).lower())) {
          object.add(toks.get(k).text());
        }
      }
      return new Reading(cls, direction(cls), subject != null ? subject : object.isEmpty() ? null : String.join(" ", object));
    }
    if (measure != null) { // a change verb that governs the figure from further away
      String cls = MEASURES.classOf(measure);
      int at = before;
      while (at >= 0 && !toks.get(at).lower().equals(measure)) {
        at--;
      }
      return new Reading(cls, direction(cls), subject != null ? subject : thingBefore(text, toks, at));
    }
    String q = quantityOf(subject);
    if (q == null && after < toks.size() && MEASURES.is(toks.get(after).lower(), QUANTITY)) {
      q = toks.get(after).lower();
    }
    if (q == null) {
      q = quantityBefore(toks, before);
    }
    if (q == null) {
      q = nounOf(tags, before);
    }

    if (q == null) {
      Matcher label = LABEL_LINE.matcher(text.substring(0, n.start()));
      if (label.find() && Words.of(label.group(1)).length <= 8) {
        q = label.group(1).strip().toLowerCase(Locale.ROOT);
        subject = subject != null ? subject : label.group(1).strip(); // "Debt service fund: $278.4m": what it is of
      }
    }
    return new Reading(q, null, subject);
  }

  /**
   * "(+12%)", "-0.4 points": a share written with its sign right before the digits is a change, up or down; the sign
   * must stand alone (after a space, a bracket or nothing), so a range "5-10%" or a list dash "- 3%" is none.
   */
  private static String signedChange(String text, NumberMention n) {
    if (n.unit() == null || !(n.unit().startsWith("percent") || n.unit().equals("pp")) || n.start() < 1) {
      return null;
    }
    char sign = text.charAt(n.start() - 1);
    boolean alone = n.start() < 2 || Character.isWhitespace(text.charAt(n.start() - 2)) || text.charAt(n.start() - 2) == '(';
    if (!alone) {
      return null;
    }
    return sign == '+' ? RISE : sign == '-' || sign == '\u2212' ? FALL : null;
  }

  /** The verb of "shot up", "gone down" when {@code at} is its particle, else {@code at}. */
  private static int verbOfParticle(Tags tags, int at) {
    List<Token> toks = tags.tokens();
    boolean particle = at > 0 && (toks.get(at).lower().equals("up") || toks.get(at).lower().equals("down"));
    return particle && (tags.is(at - 1, "VERB") || isMotion(toks.get(at - 1).lower())) ? at - 1 : at;
  }

  /** A verb whose "up" or "down" is a change: "went", "shot", "crept" ({@code measures.tsv} motion, rise, fall). */
  private static boolean isMotion(String verb) {
    return MEASURES.is(verb, "motion") || isChange(verb) || verb.equals("shot");
  }

  /**
   * "raised prices 5%", "increased the property tax revenue 5.45 percent": a change verb whose object noun phrase
   * stands between it and a share or an amount, or -1. The phrase is read from the tags: nouns, adjectives and
   * determiners only, up to five words.
   */
  private static int changeVerbOverObject(Tags tags, NumberMention n, int gov) {
    if (n.unit() == null || gov < 1) {
      return -1;
    }
    List<Token> toks = tags.tokens();
    int change = -1; // the words decide first, so the tagger is asked only where a change word stands
    for (int k = gov - 1; k >= 0 && gov - k < 6 && change < 0; k--) {
      change = isChange(toks.get(k).lower()) ? k : -1;
    }
    if (change < 0) {
      return -1;
    }
    for (int k = gov; k >= 0 && gov - k < 6; k--) {
      String w = toks.get(k).lower();
      if (isChange(w) && k < gov && tags.is(k, "VERB")) {
        return k;
      }
      boolean nominal = tags.is(k, "NOUN") || tags.is(k, "PROPN") || tags.is(k, "ADJ") || tags.is(k, "DET")
          || tags.is(k, "PRON") && w.equals("its");
      if (!nominal || !toks.get(k).isWord()) {
        return -1;
      }
    }
    return -1;
  }

  /** "make up 36% of", "took up 40% of": "up" or "down" as the particle of a verb that is no change. */
  private static boolean particleOfOtherVerb(Tags tags, int at) {
    List<Token> toks = tags.tokens();
    String w = toks.get(at).lower();
    return at > 0 && (w.equals("up") || w.equals("down")) && tags.is(at - 1, "VERB")
        && !isMotion(toks.get(at - 1).lower());
  }

  /** A phrasal verb of change: "shot up", "gone down". */
  private static boolean upOrDown(String measure) {
    return measure.endsWith(" up") || measure.endsWith(" down");
  }

  private static boolean isChange(String word) {
    String cls = MEASURES.classOf(word);
    return RISE.equals(cls) || FALL.equals(cls);
  }

  private static Change direction(String cls) {
    return RISE.equals(cls) ? Change.UP : Change.DOWN;
  }

  /** Qualifier words that may stand between "to" or "from" and the level a change reached or left. */
  private static final Set<String> LEVEL_QUALIFIERS = Lexicon.load("measures/level-qualifiers.tsv").terms("level-qualifiers");

  /** The token before the figure's qualifiers ("to" in "to a record 767,000"), or {@code before} itself. */
  private static int levelWord(List<Token> toks, int before) {
    int k = before;
    while (k >= 0 && before - k < 4 && LEVEL_QUALIFIERS.contains(toks.get(k).lower())) {
      k--;
    }
    return k >= 0 && (toks.get(k).lower().equals("to") || toks.get(k).lower().equals("from")) ? k : before;
  }

  /** "fell to 46", "rose from 71", "up from 2.1%": the figure is where the change ended or began. */
  private static boolean levelAfterChange(Tags tags, int before) {
    List<Token> toks = tags.tokens();
    if (before < 1) {
      return false;
    }
    String w = toks.get(before).lower();
    if (!w.equals("to") && !w.equals("from")) {
      return false;
    }
    boolean verbUp = before >= 2 && toks.get(before - 1).lower().equals("up")
        && isMotion(toks.get(before - 2).lower());
    if (w.equals("to") && Set.of("up", "as", "close", "closer").contains(toks.get(before - 1).lower()) && !verbUp) {
      return false; // "up to 5,000" is a ceiling; "have gone up to 622" is where a rise ended
    }
    return changeWordBefore(toks, before) >= 0;
  }

  /** How many tokens before a level's "to" its change word may stand ("fell sharply in May to"). */
  private static final int CHANGE_REACH = 5;

  /** The change word within {@link #CHANGE_REACH} tokens before position {@code before}, or -1. */
  private static int changeWordBefore(List<Token> toks, int before) {
    for (int i = before - 1; i >= 0 && i >= before - CHANGE_REACH; i--) {
      String w = toks.get(i).lower();
      if (isChange(w)) {
        return i;
      }
      if (w.equals(".") || w.equals(";") || w.equals(",") && i < before - 2) {
        return -1;
      }
    }
    return -1;
  }

  /** "the increase was 6.43 percent": a change noun heading the subject of the copula before the figure, or -1. */
  private static int changeNounBeforeCopula(List<Token> toks, int gov) {
    if (gov < 1 || !Set.of("was", "is", "were", "are", "been").contains(toks.get(gov).lower())) {
      return -1;
    }
    int k = gov - 1;
    return isChange(toks.get(k).lower()) && !toks.get(k).lower().equals("up") && !toks.get(k).lower().equals("down")
        ? k : -1;
  }

  /** "up to" is a qualifier, not a rise. */
  private static boolean followedByTo(List<Token> toks, int i) {
    return i + 1 < toks.size() && toks.get(i).lower().equals("up") && toks.get(i + 1).lower().equals("to");
  }

  /**
   * The noun phrase right before a change word: "bicycle thefts were up" gives "bicycle thefts"; one prepositional
   * phrase is taken with its head ("thefts in the borough", "emissions of greenhouse gases").
   */
  private static String thingBefore(String text, List<Token> toks, int changeAt) {
    if (changeAt < 0) {
      return null;
    }
    int j = changeAt - 1;
    while (j >= 0 && Set.of("were", "was", "is", "are", "has", "have", "had", "been", "be", "also", "sharply", "slightly")
        .contains(toks.get(j).lower())) {
      j--;
    }
    List<String> words = new ArrayList<>();
    j = words(toks, j, words);
    int collected = words.size();
    words = nominal(text, toks, j + 1, words); // "figures show domestic burglary rose": the verb is no part of it
    int k = words.size() < collected ? -1 : j; // a phrase cut at a verb takes no phrase before it
    while (k >= 0 && Set.of("the", "a", "an").contains(toks.get(k).lower())) {
      k--;
    }
    if (!words.isEmpty() && k > 0 && PREPOSITIONS.contains(toks.get(k).lower())) { // "thefts in the borough"
      List<String> head = new ArrayList<>();
      words(toks, k - 1, head);
      if (!head.isEmpty()) {
        head.add(toks.get(k).text());
        for (int d = k + 1; d <= j; d++) {
          head.add(toks.get(d).text());
        }
        head.addAll(words);
        words = head;
      }
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  /**
   * The words after the last finite verb the tagger sees among them ("figures show domestic burglary" gives
   * "domestic burglary"; "murders involving knives" keeps its participle). Tagged with the words before, for context.
   */
  private static List<String> nominal(String text, List<Token> toks, int from, List<String> words) {
    if (words.size() < 2) {
      return words;
    }
    int context = Math.max(0, from - 6);
    String[] tags = PosTagger.tags(text, toks.subList(context, Math.min(toks.size(), from + words.size() + 1)));
    int end = words.size(); // "inflation went up": the verb of a phrasal change is no part of what changed
    while (end > 1 && finiteVerb(tags[from - context + end - 1], words.get(end - 1))) {
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

  private static boolean finiteVerb(String tag, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return MEASURES.is(w, "report") || (tag.equals("VERB") || tag.equals("AUX")) && !w.endsWith("ing") && !w.endsWith("ed");
  }

  private static final Set<String> PREPOSITIONS = Lexicon.load("measures/prepositions.tsv").terms("prepositions");

  /** Up to three words of a noun phrase ending at {@code j}, collected into {@code out}; returns where it stopped. */
  private static int words(List<Token> toks, int j, List<String> out) {
    // three words, more where they are one name ("the Dow Jones Industrial Average fell")
    for (; j >= 0 && (out.size() < 3 || out.size() < 6 && toks.get(j).isCapitalised() && toks.get(j + 1).isCapitalised()); j--) {
      Token t = toks.get(j);
      if (!t.isWord() || DETERMINERS.contains(t.lower()) || PREPOSITIONS.contains(t.lower())
          || Character.isDigit(t.text().charAt(0))) {
        break;
      }
      out.add(0, t.text());
    }
    return j;
  }

  /** "in car crime", "of the budget": up to four words after a preposition, to the next punctuation. */
  private static String phraseAfterPreposition(List<Token> toks, int i) {
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
  private static final Lexicon COUNTED = Lexicon.load("counted.tsv");

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

  private static String quantityOf(String phrase) {
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
  private static String nounOf(Tags tags, int before) {
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
    if (!tags.is(head, "NOUN") || toks.get(head).isCapitalised() || Holder.WORDS.is(w, "level")
        || Holder.WORDS.is(w, "group") || Holder.WORDS.is(w, "unit") || StatisticMeasure.isUnit(w)) {
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

  private static final Set<String> MONEY = Lexicon.load("measures/money.tsv").terms("money");

  /**
   * "the £75m signing of Luis Suarez", "a $300 million contract": a common noun right after an amount is what the
   * amount is (with one more noun of a compound), where it counts no thing.
   */
  private static String amountNoun(Tags tags, NumberMention n, int after) {
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

  /** Qualifier words between "of" and its figure: "a rate of about 5%", "a base of over 650,000". */
  private static final Set<String> NOUN_OF_SKIP = Lexicon.load("measures/noun-of-skip.tsv").terms("noun-of-skip");

  /** "Group turnover of £4.7bn", "a fee worth €105m", "approval ratings around 20%": a quantity noun before it. */
  private static String quantityBefore(List<Token> toks, int before) {
    int j = before;
    int links = 0;
    while (j >= 0 && (SKIP_BEFORE.contains(toks.get(j).lower()) || LINKS.contains(toks.get(j).lower())
        || toks.get(j).lower().equals(",") && toks.get(j + 1).lower().equals("at")) && links < 4) { // "shootings, at 415"
      j--;
      links++;
    }
    if (j < 0 || !MEASURES.is(toks.get(j).lower(), QUANTITY)) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int k = j; k >= 0 && words.size() < 3; k--) {
      Token t = toks.get(k);
      if (!t.isWord() || DETERMINERS.contains(t.lower()) || Character.isDigit(t.text().charAt(0))) {
        break;
      }
      words.add(0, t.lower());
    }
    return String.join(" ", words);
  }
}
