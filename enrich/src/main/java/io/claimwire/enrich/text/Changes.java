package io.claimwire.enrich.text;

import static io.claimwire.enrich.text.QuantityNouns.*;
import static io.claimwire.enrich.text.StatisticMeasure.*;

import java.util.List;
import java.util.Set;

/**
 * Whether a figure is a change and which way: change words and verbs ({@code measures.tsv}, classes rise and fall),
 * their particles ("shot up"), a sign written before the digits, and the level a change reached ("fell to 46").
 */
final class Changes {
  private Changes() {}

  /**
   * "(+12%)", "-0.4 points": a share written with its sign right before the digits is a change, up or down; the sign
   * must stand alone (after a space, a bracket or nothing), so a range "5-10%" or a list dash "- 3%" is none.
   */
  static String signedChange(String text, NumberMention n) {
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
  static int verbOfParticle(Tags tags, int at) {
    List<Token> toks = tags.tokens();
    boolean particle = at > 0 && (toks.get(at).lower().equals("up") || toks.get(at).lower().equals("down"));
    return particle && (tags.is(at - 1, "VERB") || isMotion(toks.get(at - 1).lower())) ? at - 1 : at;
  }

  /**
   * A verb whose "up" or "down" is a change: "went", "shot", "crept" ({@code measures.tsv} motion, rise, fall), and
   * one that places a figure ("closed down 1.2%", "ended up 3%": {@code holders.tsv} settle).
   */
  static boolean isMotion(String verb) {
    return MEASURES.is(verb, "motion") || isChange(verb) || verb.equals("shot") || Holder.WORDS.is(verb, "settle");
  }

  /**
   * "raised prices 5%", "increased the property tax revenue 5.45 percent": a change verb whose object noun phrase
   * stands between it and a share or an amount, or -1. The phrase is read from the tags: nouns, adjectives and
   * determiners only, up to five words.
   */
  static int changeVerbOverObject(Tags tags, NumberMention n, int gov) {
    List<Token> toks = tags.tokens();
    int first = FigureExtractor.firstTokenAtOrAfter(toks, n.start());
    boolean step = first > 0 && toks.get(first - 1).lower().equals("by"); // "raised its rate by 25 basis points"
    if (n.unit() == null && !step || gov < 1) {
      return -1;
    }
    int change = -1; // the words decide first, so the tagger is asked only where a change word stands
    for (int k = gov - 1; k >= 0 && gov - k < 6 && change < 0; k--) {
      change = changeClass(toks.get(k).lower()) != null ? k : -1;
    }
    if (change < 0) {
      return -1;
    }
    for (int k = gov; k >= 0 && gov - k < 6; k--) {
      String w = toks.get(k).lower();
      if (changeClass(w) != null && k < gov && tags.is(k, "VERB")) {
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
  static boolean particleOfOtherVerb(Tags tags, int at) {
    List<Token> toks = tags.tokens();
    String w = toks.get(at).lower();
    return at > 0 && (w.equals("up") || w.equals("down")) && tags.is(at - 1, "VERB")
        && !isMotion(toks.get(at - 1).lower());
  }

  /** A phrasal verb of change: "shot up", "gone down". */
  static boolean upOrDown(String measure) {
    return measure.endsWith(" up") || measure.endsWith(" down");
  }

  /**
   * The change a word makes of something: rise or fall for a change word ({@code measures.tsv}), or for a verb by
   * which a body moves a quantity ("raised", "cut": {@code agents.tsv} classes raise, lower); null for any other.
   */
  static String changeClass(String word) {
    return isChange(word) ? MEASURES.classOf(word) : FigureSources.moverClass(word);
  }

  /** Verbs that are a change only before a share or points ({@code measures/share-moves.tsv}). */
  static final Lexicon SHARE_MOVES = Lexicon.loadInflected("measures/share-moves.tsv");

  /** The change ("rise" or "fall") a share-move verb makes of a figure in {@code unit}; null for other figures. */
  static String shareMove(String word, String unit) {
    return "percent".equals(unit) || "percentage_point".equals(unit) ? SHARE_MOVES.classOf(word) : null;
  }

  static boolean isChange(String word) {
    String cls = MEASURES.classOf(word);
    return RISE.equals(cls) || FALL.equals(cls);
  }

  static Change direction(String cls) {
    return RISE.equals(cls) ? Change.UP : Change.DOWN;
  }

  /** Qualifier words that may stand between "to" or "from" and the level a change reached or left. */
  static final Set<String> LEVEL_QUALIFIERS = Lexicon.load("measures/level-qualifiers.tsv").terms("level-qualifiers");

  /** The token before the figure's qualifiers ("to" in "to a record 767,000"), or {@code before} itself. */
  static int levelWord(List<Token> toks, int before) {
    int k = before;
    while (k >= 0 && before - k < 4 && LEVEL_QUALIFIERS.contains(toks.get(k).lower())) {
      k--;
    }
    return k >= 0 && (toks.get(k).lower().equals("to") || toks.get(k).lower().equals("from")) ? k : before;
  }

  /** "fell to 46", "rose from 71", "up from 2.1%": the figure is where the change ended or began. */
  static boolean levelAfterChange(Tags tags, int before) {
    List<Token> toks = tags.tokens();
    if (before < 1) {
      return false;
    }
    String w = toks.get(before).lower();
    if (!w.equals("to") && !w.equals("from")) {
      return false;
    }
    boolean verbUp = before >= 2 && toks.get(before - 1).lower().equals("up")
        && isMotion(toks.get(before - 2).lower()) && !MEASURES.is(toks.get(before - 2).lower(), "fall"); // "fell up to 8%"
    if (w.equals("to") && Set.of("up", "as", "close", "closer").contains(toks.get(before - 1).lower()) && !verbUp) {
      return false; // "up to 5,000" is a ceiling; "have gone up to 622" is where a rise ended
    }
    return changeWordBefore(tags, before) >= 0;
  }

  /**
   * What a mover moved to the level whose "to" is at {@code to} ("raised its key rate by 25 basis points to 4.75%":
   * key rate; agents.tsv classes raise and lower): the object between the verb and the step's "by", as written, or
   * null. Only a step, and phrases with no verb of their own, may stand between "by" and "to".
   */
  static String movedBefore(Tags tags, int to) {
    List<Token> toks = tags.tokens();
    if (to < 3 || !toks.get(to).lower().equals("to")) {
      return null;
    }
    int by = to - 1;
    while (by > 0 && to - by <= FAR_REACH && !toks.get(by).lower().equals("by")) {
      Token t = toks.get(by);
      if (!t.isWord() && !thousandsComma(toks, by) && !"%$€£¥".contains(t.text()) || tags.is(by, "VERB")
          || tags.is(by, "CCONJ")) {
        by = -1;
        break;
      }
      by--;
    }
    if (by < 2 || !toks.get(by).lower().equals("by")) {
      // "cut its main rate to 4.5%": a mover right before its object and "to", no step told
      int v = FigureSources.verbOverObject(toks, to, w -> FigureSources.moverClass(w) != null);
      return v < 0 || v + 1 >= to ? null : objectBetween(tags, v, to);
    }
    int v = FigureSources.verbOverObject(toks, by, w -> FigureSources.moverClass(w) != null);
    if (v < 0) {
      int passive = passiveMover(toks, by); // "net debt was reduced by £195m to £12.9bn": the debt now stands there
      return passive < 0 ? null : QuantityNouns.thingBefore(tags.text(), toks, passive);
    }
    return objectBetween(tags, v, by);
  }

  /** The mover's object between the verb at {@code v} and the token at {@code end}, past its articles, or null. */
  private static String objectBetween(Tags tags, int v, int end) {
    List<Token> toks = tags.tokens();
    int from = v + 1;
    while (from < end && StatisticMeasure.DETERMINERS.contains(toks.get(from).lower())) {
      from++;
    }
    return from < end ? tags.text().substring(toks.get(from).start(), toks.get(end - 1).end()) : null;
  }

  /**
   * The mover in a passive right before the "by" at {@code by} ("was reduced by", "were raised by"), or -1: what it
   * moved is the clause's subject, not an object after it.
   */
  static int passiveMover(List<Token> toks, int by) {
    return by >= 2 && toks.get(by).lower().equals("by") && FigureSources.moverClass(toks.get(by - 1).lower()) != null
        && Forecasts.BE.contains(toks.get(by - 2).lower()) ? by - 1 : -1;
  }

  /** Whether token {@code i} is the comma inside a number split into tokens ("21" "," "000"). */
  private static boolean thousandsComma(List<Token> toks, int i) {
    if (!toks.get(i).text().equals(",") || i == 0 || i + 1 >= toks.size()) {
      return false;
    }
    String before = toks.get(i - 1).text();
    return Character.isDigit(before.charAt(before.length() - 1)) && Character.isDigit(toks.get(i + 1).text().charAt(0));
  }

  /** How far before a level's "to" its change word may stand past the step and the time it names. */
  static final int FAR_REACH = 12;

  /**
   * The change word before a level's "to" ({@link #changeWordBefore(List, int)}), or further back past what may
   * stand between a change and the level it reached: its step ("by 21,000"), and phrases of time or place with no
   * verb of their own ("rose by 75,000 on the quarter to 33.1 million", "fell by 21,000 in the three months to March
   * to 1.41 million"). Nothing is crossed that ends a clause: a stop, a comma that is no thousands separator, a
   * conjunction, a pronoun, or another verb.
   */
  static int changeWordBefore(Tags tags, int before) {
    List<Token> toks = tags.tokens();
    int near = changeWordBefore(toks, before);
    if (near >= 0) {
      return near;
    }
    for (int i = before - 1; i >= 0 && i >= before - FAR_REACH; i--) {
      String w = toks.get(i).lower();
      if (isChange(w)) {
        return before - i > CHANGE_REACH ? i : -1; // a near one was looked for already
      }
      if (w.equals(",") && i == before - 1) {
        continue; // "fell 12% in the third quarter, to 3.1 billion": the level set off by a comma
      }
      if (!toks.get(i).isWord() && !thousandsComma(toks, i) && !w.equals("%") || tags.is(i, "VERB") || tags.is(i, "AUX")
          || tags.is(i, "CCONJ") || tags.is(i, "SCONJ") || tags.is(i, "PRON")) {
        return -1;
      }
    }
    return -1;
  }

  /** How many tokens before a level's "to" its change word may stand ("fell sharply in May to"). */
  static final int CHANGE_REACH = 5;

  /** The change word within {@link #CHANGE_REACH} tokens before position {@code before}, or -1. */
  static int changeWordBefore(List<Token> toks, int before) {
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
  static int changeNounBeforeCopula(List<Token> toks, int gov) {
    if (gov < 1 || !Set.of("was", "is", "were", "are", "been").contains(toks.get(gov).lower())) {
      return -1;
    }
    int k = gov - 1;
    return isChange(toks.get(k).lower()) && !toks.get(k).lower().equals("up") && !toks.get(k).lower().equals("down")
        ? k : -1;
  }

  /** "up to" is a qualifier, not a rise. */
  static boolean followedByTo(List<Token> toks, int i) {
    return i + 1 < toks.size() && toks.get(i).lower().equals("up") && toks.get(i + 1).lower().equals("to");
  }

  /**
   * A figure measured as a rise or a fall is a change, whichever stage gave it the measure ("by 25 basis points, or
   * 0.25%": the second tells the same move), and so is one measured by a mover another figure's change was told by
   * ("raised rates by 25 basis points, or 0.25%").
   */
  static void told(List<Figure> inSentence) {
    inSentence.replaceAll(f -> f.change() == null && (RISE.equals(f.measure()) || FALL.equals(f.measure()))
        ? f.withChange(RISE.equals(f.measure()) ? Change.UP : Change.DOWN) : f);
    java.util.Map<String, Change> moved = new java.util.HashMap<>();
    for (Figure f : inSentence) {
      if (f.change() != null && f.measure() != null && FigureSources.moverClass(f.measure()) != null) {
        moved.putIfAbsent(f.measure(), f.change());
      }
    }
    inSentence.replaceAll(f -> f.change() == null && f.measure() != null && moved.containsKey(f.measure())
        ? f.withChange(moved.get(f.measure())) : f);
  }
}
