package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counted stage: what a figure counts. The noun phrase after it ("65 civilians", "40 percent of hospitals", "1,000
 * dead North Korean soldiers", where the adjective names the event), shared between coordinated figures ("killed 21
 * and wounded 40 North Korean soldiers"), dropped where it names no thing (a time, a unit, an adverb) so the holder
 * stage may find the right one, and a percentage of something nothing else measures is a share of it.
 */
final class Counted {
  /** Determiners between "of" and the counted thing ("40 percent of the hospitals"). */
  private static final Set<String> DETERMINERS_AFTER_OF = Words.setOf("the", "its", "their", "all", "his", "her",
      "our");
  private Counted() {}

  /** "200 and 300 homes", "60, 70 people": the same thing counted; not ", including 38 children", a part of it. */
  private static final Pattern AND_WITH_ONE_WORD = Pattern.compile(
      "\\s*(and|or|,)\\s+(?!(?:including|among|excluding|of|with)\\b)(\\p{L}+\\s+)?");
  private static final Pattern PARTITIVE = Pattern.compile("(?s).*\\b(of (which|whom|them)|including|among them)\\b.*");
  private static final Pattern CONJUNCTION_THEN_WORDS = Pattern.compile("(?s)[^.;:]*\\b(and|or|but|while)\\s+(\\p{L}+\\s+){0,3}");
  private static final Pattern CONJUNCTION_THEN_QUALIFIER = Pattern.compile("(?s)[^.;:]*\\b(and|or)\\s+(?:(?:more|less|fewer|than|at|least"
      + "|about|around|nearly|almost|some|over|up|to|another|a|further|roughly|approximately)\\s+){0,3}");
  private static final Pattern NOUN_PHRASE_THEN_AND = Pattern.compile("\\s*[\\p{L}-]+(\\s+[\\p{L}-]+){0,3}\\s+and\\s+");

  private static final Set<String> SUBJECT_STOP = Lexicon.load("counted/subject-stop.tsv").terms("subject-stop");

  /** Words right after a number that say "in addition" and are not the counted noun: "18 more villages". */
  private static final Set<String> ADDITIVE = Lexicon.load("counted/additive.tsv").terms("additive");

  record Subject(String text, String measure, int end) {}

  static Subject subject(Tags tags, NumberMention n, int clauseEnd) {
    List<Token> toks = tags.tokens();
    int i = FigureExtractor.firstTokenAtOrAfter(toks, n.end());
    i += n.vague() && i < toks.size() && toks.get(i).lower().equals("of") ? 1 : 0; // "dozens of"
    Subject quality = shareOfQuality(tags, n, i);
    if (quality != null) {
      return quality;
    }
    i += i + 1 < toks.size() && ADDITIVE.contains(toks.get(i).lower()) && toks.get(i + 1).isWord()
        && !SUBJECT_STOP.contains(toks.get(i + 1).lower()) && !FigureExtractor.isEventWord(toks.get(i + 1).lower()) ? 1 : 0;
    if (i + 1 < toks.size() && toks.get(i).lower().equals("of") && (n.unit() != null || !n.vague()
        && DETERMINERS_AFTER_OF.contains(toks.get(i + 1).lower()))) {
      i = pastDeterminers(toks, i + 1); // "40 percent of hospitals", "2.3 tonnes of cocaine", "3,500 of its members"
      int past = n.unit() == null ? pastWhole(toks, i, clauseEnd) : i; // "85 of its 310 stores": stores
      clauseEnd = past > i && past < toks.size() ? tags.text().length() : clauseEnd;
      i = past;
      int base = RATIO_BASES.phraseStartingAt(toks, i, 3, "ratio-bases");
      if (base >= 0 && n.unit() != null) {
        return new Subject(null, null, toks.get(base).end()); // "5.1% of GDP": a ratio to a yardstick counts no GDP
      }
    }
    List<String> words = new ArrayList<>();
    String measure = null;
    int end = n.end();
    for (; i < toks.size() && words.size() < 5; i++) {
      Token t = toks.get(i);
      if (t.start() >= clauseEnd || !t.isWord()) {
        break;
      }
      String w = t.lower();
      String m = FigureExtractor.eventOf(w);
      if (m != null && namesEvent(w, words.isEmpty() && !isVerbPosition(toks, i))) {
        measure = measure == null ? m : measure;
        end = t.end();
        if (w.equals("dead") || w.equals("wounded") || w.equals("missing") || w.equals("injured")) {
          continue; // "1,000 dead North Korean soldiers": the adjective names the measure
        }
        break;
      }
      if (SUBJECT_STOP.contains(w) || m != null || Character.isDigit(w.charAt(0)) || timeCompound(w)
          || StatisticMeasure.MEASURES.is(w, "opinion")
          || !t.isCapitalised() && (w.endsWith("ing") || w.endsWith("ed")) && !isAttributive(toks, i, words)) {
        break;
      }
      if (words.isEmpty() && !t.isCapitalised() && verbFirst(tags, i, n.unit() != null)) {
        break;
      }
      if (!words.isEmpty() && !t.isCapitalised() && isPluralNoun(words.get(words.size() - 1))
          && !(isPluralNoun(w) && (QuantityNouns.isQuantity(w) || NotFigures.COUNTED.classOf(w) != null))) {
        break; // "12,000 inhabitants live": English compounds modify with the singular, so a plural ends the phrase
      }
      if (!words.isEmpty() && !t.isCapitalised() && !isPluralNoun(w) && !NOUN_PHRASE_TAGS.contains(tags.at(i))) {
        break; // after a singular, a word the tagger reads as no noun is the clause's verb ("12 staff left"); a plural
        // is the compound's head ("aid workers"), asked of no tagger
      }
      words.add(t.text());
      end = t.end();
    }
    return new Subject(words.isEmpty() ? null : String.join(" ", words), measure, end);
  }


  /** The token after the whole's own figure that stands at {@code i} ("of its 310 stores"), or {@code i}. */
  private static int pastWhole(List<Token> toks, int i, int clauseEnd) {
    if (i >= toks.size() || toks.get(i).start() != clauseEnd) {
      return i;
    }
    int k = i;
    while (k < toks.size() && (Character.isDigit(toks.get(k).text().charAt(0)) || WordNumbers.SCALES.containsKey(toks.get(k).lower()))) {
      k++;
    }
    return k;
  }

  /** An event word after the figure that names what it counts ("dead", "injuries"); a participle only first. */
  private static boolean namesEvent(String w, boolean firstAndNoVerb) {
    return w.equals("dead") || w.equals("casualties") || w.equals("deaths") || w.equals("fatalities")
        || w.equals("injuries") || w.equals("arrests")
        || (w.equals("wounded") || w.equals("missing") || w.equals("injured")) && firstAndNoVerb;
  }
  /**
   * Whether the word at {@code i}, right after a figure, is a verb and so counts nothing: one the dictionary holds as
   * a verb and no noun ("35 remain in hospital", though "12 separate cases" describes its noun), or, after a share,
   * one the tagger reads as a verb that is no plural or known counted noun ("40% skip breakfast").
   */
  private static boolean verbFirst(Tags tags, int i, boolean share) {
    List<Token> toks = tags.tokens();
    String w = toks.get(i).lower();
    if (NotFigures.COUNTED.classOf(w) != null) {
      return false;
    }
    boolean verbOnly = !Lemmas.isNoun(w) && Lemmas.isVerb(w) && (i + 1 >= toks.size()
        || !NOUN_PHRASE_TAGS.contains(tags.at(i + 1)) || FigureExtractor.isEventWord(toks.get(i + 1).lower())
        || toks.get(i + 1).lower().endsWith("ed"));
    return verbOnly || share && !isPluralNoun(w) && !w.endsWith("ed") && !w.endsWith("ing") && Lemmas.isVerb(w)
        && tags.is(i, "VERB"); // the words first: the tagger is asked only after a share, where a verb may stand
  }

  /**
   * "20% more likely", "91 percent effective", "30 per cent cheaper": a share of a quality, an adjective (after "more"
   * or "less") that heads no noun, is what the share measures and counts nothing.
   */
  private static final Set<String> MORE_OR_LESS = Words.setOf("more", "less");

  private static Subject shareOfQuality(Tags tags, NumberMention n, int i) {
    List<Token> toks = tags.tokens();
    if (n.unit() == null || !n.unit().startsWith("percent") || i >= toks.size()) {
      return null;
    }
    int adj = MORE_OR_LESS.contains(toks.get(i).lower()) ? i + 1 : i;
    boolean quality = adj < toks.size() && !toks.get(adj).isCapitalised()
        && Tags.CLOSED.classOf(toks.get(adj).lower()) == null && !StatisticMeasure.MEASURES.is(toks.get(adj).lower(), "rise")
        && !StatisticMeasure.MEASURES.is(toks.get(adj).lower(), "fall") && Lemmas.isAdjective(toks.get(adj).lower())
        && (!Lemmas.isNoun(toks.get(adj).lower()) || tags.is(adj, "ADJ")) // "per cent cheaper/NOUN"; the tagger last
        && !FigureExtractor.isEventWord(toks.get(adj).lower()) && !timeCompound(toks.get(adj).lower())
        && (adj + 1 >= toks.size() || !tags.is(adj + 1, "NOUN") && !tags.is(adj + 1, "PROPN"));
    return quality ? new Subject(null, tags.text().substring(toks.get(i).start(), toks.get(adj).end())
        .toLowerCase(Locale.ROOT), toks.get(adj).end()) : null;
  }

  /** "year-on-year", "month-over-month": a compound of times says against when, no quality. */
  private static boolean timeCompound(String w) {
    if (w.indexOf('-') < 0) {
      return false;
    }
    for (String part : w.split("-")) {
      if (Holder.WORDS.is(part, "time")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token after a determiner and a possessive at {@code i}, if any: "of the country's exports", "of Mendia's
   * electricity" count exports and electricity, not whose they are.
   */
  private static int pastDeterminers(List<Token> toks, int i) {
    int k = i < toks.size() && DETERMINERS_AFTER_OF.contains(toks.get(i).lower()) ? i + 1 : i;
    return k + 1 < toks.size() && SourceNames.isPossessive(toks.get(k).lower()) && toks.get(k + 1).isWord() ? k + 1 : k;
  }

  static final Lexicon RATIO_BASES = Lexicon.load("counted/ratio-bases.tsv");
  private static final Set<String> IRREGULAR_PLURALS = Lexicon.load("counted/irregular-plurals.tsv").terms("irregular-plurals");

  /** A plural noun: "workers", "people"; not "status", "crisis", "glass". */
  private static boolean isPluralNoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return IRREGULAR_PLURALS.contains(w) || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is") && !w.endsWith("ics") && !w.equals("news");
  }

  /** Universal Dependencies tags that continue a counted noun phrase. */
  private static final Set<String> NOUN_PHRASE_TAGS = Words.setOf("NOUN", "PROPN", "ADJ", "X");

  /** "stranded hikers": a participle before a noun is an adjective, not the clause's verb. */
  private static boolean isAttributive(List<Token> toks, int i, List<String> words) {
    if (!words.isEmpty() || i + 1 >= toks.size()) {
      return false;
    }
    Token next = toks.get(i + 1);
    String n = next.lower();
    return next.isWord() && !SUBJECT_STOP.contains(n) && !FigureExtractor.isEventWord(n) && !Character.isDigit(n.charAt(0))
        && !n.endsWith("ed") && !n.endsWith("ly");
  }

  private static boolean isVerbPosition(List<Token> toks, int i) {
    return i + 1 < toks.size() && (toks.get(i + 1).isCapitalised() || Character.isDigit(toks.get(i + 1).text().charAt(0)));
  }

  private static final Pattern OF_AFTER = Pattern.compile("^\\s+of\\b");
  /** The sides of a vote a share may stand for ({@code counted/vote-sides.tsv}): "in favour", "against". */
  private static final Lexicon VOTE_SIDES = Lexicon.load("counted/vote-sides.tsv");
  private static final Pattern SIDE_AFTER = Pattern.compile("(?i)\\s+(" + String.join("|",
      Lexicon.entries("counted/vote-sides.tsv").stream().map(e -> e[0]).toList()) + ")\\b");

  /**
   * "48% of the spending", "15% of all people in work": a percentage of something that nothing else measures is a
   * share of it.
   */
  static void shares(String text, List<NumberMention> ms, List<Figure> figures) {
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      Matcher side = "percent".equals(f.unit()) ? SIDE_AFTER.matcher(text).region(ms.get(i).end(), text.length()) : null;
      if (side != null && side.lookingAt()) { // "58 per cent in favour, with 42 per cent against": which side
        figures.set(i, f.withMeasureAndSubject(VOTE_SIDES.classOf(side.group(1)), f.subject()));
        continue;
      }
      figures.set(i, asShare(text, ms.get(i), f));
    }
  }

  /** The figure as a share of what follows its "of" ("15% of all people in work"), where nothing else measures it. */
  static Figure asShare(String text, NumberMention n, Figure f) {
    if (f.measure() == null && "percent".equals(f.unit()) && f.subject() != null
        && OF_AFTER.matcher(text.substring(n.end())).lookingAt()) {
      return f.withMeasureAndSubject("share of " + f.subject().toLowerCase(Locale.ROOT), f.subject());
    }
    return f;
  }

  /**
   * A subject that names no thing counted is none, so the holder stage may find the right one: a time ("40 percent
   * two years ago", "Tuesday afternoon"), a unit or scale word ("points", "billion"), a closed-class word ("below"),
   * or the adverb right after the figure ("432 completely").
   */
  /** What a price is given at, after the thing priced: "homes at a cost", "buses at a price". */
  private static final Pattern PRICED_AT = Pattern.compile("(?i)\\s+at\\s+(?:a|an|the)\\s+(?:total\\s+|combined\\s+)?"
      + "(?:cost|price|rate|value|bill)$");

  /** Each figure's subject without what its price is given at ("homes at a cost of £8m": the homes). */
  static void withoutPricedAt(List<Figure> figures) {
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      Matcher priced = f.subject() == null ? null : PRICED_AT.matcher(f.subject());
      if (priced != null && priced.find() && priced.start() > 0) {
        figures.set(i, f.withSubject(f.subject().substring(0, priced.start())));
      }
    }
  }

  static void dropNonSubjects(Tags tags, List<NumberMention> ms, List<Figure> figures) {
    List<Token> toks = tags.tokens();
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (f.subject() == null) {
        continue;
      }
      String[] words = Words.of(f.subject().strip().toLowerCase(Locale.ROOT));
      String head = Words.letters(words[words.length - 1]);
      int next = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).end());
      boolean adverbAfter = words.length == 1 && words[0].endsWith("ly") && next < toks.size()
          && toks.get(next).lower().equals(words[0]) && tags.is(next, "ADV"); // tags asked only for an -ly word
      if (head.isEmpty() || Holder.WORDS.is(head, "time") || Tags.CLOSED.classOf(head) != null
          || QuantityNouns.isUnit(head) || adverbAfter) {
        figures.set(i, f.withSubject(null));
      }
    }
  }

  /** Words before a bare count that add to one counted before: "another 30", "a further 250". */
  private static final Set<String> ANOTHER = Words.setOf("another", "further");

  /**
   * A bare count that adds to one told before it counts the same thing: "900 homes were destroyed and 14,000 others
   * damaged", "Five people died and 20 more were hurt", "12 miners were rescued. Another 30 are missing": the nearest
   * count before it in its sentence, else in the sentence before ({@code previous}), that names what it counts.
   */
  static void others(Tags tags, List<NumberMention> ms, List<Figure> figures, List<Figure> previous) {
    List<Token> toks = tags.tokens();
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (f.subject() != null || f.unit() != null) {
        continue;
      }
      int first = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).start());
      int after = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).end());
      boolean others = after < toks.size() && (toks.get(after).lower().equals("others")
          || toks.get(after).lower().equals("more") && (after + 1 >= toks.size() || !toks.get(after + 1).isWord()
          || tags.is(after + 1, "AUX") || tags.is(after + 1, "VERB")));
      boolean another = first > 0 && ANOTHER.contains(toks.get(first - 1).lower());
      if (!others && !another) {
        continue;
      }
      String counted = lastCounted(figures.subList(0, i));
      counted = counted != null ? counted : lastCounted(previous);
      if (counted != null) {
        figures.set(i, f.withSubject(counted));
      }
    }
  }

  private static String lastCounted(List<Figure> figures) {
    for (int k = figures.size() - 1; k >= 0; k--) {
      Figure c = figures.get(k);
      if (c.unit() == null && c.subject() != null) {
        return c.subject();
      }
    }
    return null;
  }

  /**
   * Coordinated figures share what one of them leaves out: "killed 21 and wounded 40 North Korean soldiers" (the
   * subject comes from the next), "damaged 900 homes and destroyed 120" and "40 people in Kastel and 12 in Veria"
   * (from the one before), "600 firefighters and 22 aircraft were deployed" (the measure from the next).
   */
  static void fillSubjects(String text, List<NumberMention> mentions, List<Figure> figures) {
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      String subject = f.subject();
      String measure = f.measure();
      if (subject == null && f.unit() == null && i + 1 < figures.size()) {
        String between = text.substring(mentions.get(i).end(), mentions.get(i + 1).start()).toLowerCase(Locale.ROOT);
        if (AND_WITH_ONE_WORD.matcher(between).matches()) {
          subject = figures.get(i + 1).subject();
        }
      }
      if (i > 0) {
        String between = text.substring(mentions.get(i - 1).end(), mentions.get(i).start()).toLowerCase(Locale.ROOT);
        if (subject == null && f.unit() == null && (PARTITIVE.matcher(between).matches()
            || CONJUNCTION_THEN_WORDS.matcher(between).matches() && figures.get(i - 1).unit() == null)) {
          subject = figures.get(i - 1).subject();
        }
        Figure prev = figures.get(i - 1);
        boolean ownNoun = subject != null && prev.unit() == null && prev.measure() != null
            && prev.measure().equalsIgnoreCase(prev.subject()); // "3,000 passengers and 40 crews"
        if (measure == null && !ownNoun && CONJUNCTION_THEN_QUALIFIER.matcher(between).matches()) {
          measure = figures.get(i - 1).measure(); // "40 people in Kastel and 12 in Veria", "... and more than 50 homes"
        }
      }
      if (measure == null && f.unit() == null && i + 1 < figures.size() && figures.get(i + 1).measure() != null) {
        String between = text.substring(mentions.get(i).end(), mentions.get(i + 1).start()).toLowerCase(Locale.ROOT);
        if (NOUN_PHRASE_THEN_AND.matcher(between).matches()) {
          measure = figures.get(i + 1).measure(); // "600 firefighters and 22 aircraft were deployed"
        }
      }
      if (!java.util.Objects.equals(subject, f.subject()) || !java.util.Objects.equals(measure, f.measure())) {
        figures.set(i, f.withMeasureAndSubject(measure, subject));
      }
    }
  }
}
