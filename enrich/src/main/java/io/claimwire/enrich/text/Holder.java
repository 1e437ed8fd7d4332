package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a statistic is about, when the figure counts no thing of its own: an amount, a share or a quantity noun
 * ("votes", "spectators") is held by something the clause names. Read from the tags, in this order:
 *
 * <ol>
 *   <li>a noun phrase after the figure's preposition: "30.97 percent in food", "£65m on striker Kai Havertz", "55 per
 *       cent for Punjab" (not a place or a time the figure already has, not a date);</li>
 *   <li>the noun phrase the figure pays for: "signed midfielder Matheus Nunes for £53m";</li>
 *   <li>the subject of the clause the figure completes: "Chelsea have spent more than $1bn", "net debt was reduced by
 *       £195m", "The PTI is on the top with 16,857,035 votes", "the price of crude oil settled at $47.93".</li>
 * </ol>
 *
 * A figure that counts a thing ("65 civilians") keeps it; so does a share of a group ("49 percent of voters").
 * Prepositions and the words a figure may hold on to are data ({@code holders.tsv}).
 */
final class Holder {
  static final Lexicon WORDS = Lexicon.load("holders.tsv");
  private static final Set<String> NOUN_PHRASE = Words.setOf("NOUN", "PROPN", "ADJ", "DET", "NUM", "PART");
  private static final int LOOK = 12;
  /** Pronouns that open a relative clause after a comma: the noun before the comma holds what the clause says. */
  private static final Set<String> RELATIVE_PRONOUNS = Words.setOf("which", "who");

  private Holder() {}

  /** Gives every figure that is about something its clause names the phrase for that thing as its subject. */
  static void fill(Tags tags, List<NumberMention> ms, List<Figure> figures, String previous) {
    List<Token> toks = tags.tokens();
    String about = previous; // what the clause so far was about, for "they" and "it"
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (i > 0 && figures.get(i - 1).subject() != null) {
        about = figures.get(i - 1).subject();
      } else if (i > 0 && figures.get(i - 1).change() == null && figures.get(i - 1).measure() != null
          && QuantityNouns.isQuantity(figures.get(i - 1).measure())) {
        about = figures.get(i - 1).measure(); // "shooting incidents, at 415 (+96%)": what the level measured
      } else if (i > 0 && about == previous && figures.get(i - 1).unit() != null && figures.get(i - 1).change() == null) {
        about = null; // "1.7 million hectares were planted, 12% less than the year before": the sentence before
        // was about something else than the hectares
      }
      int first = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).start());
      if (i > 0 && f.measure() == null && figures.get(i - 1).measure() != null && Restatements.restates(toks, first)) {
        f = f.withMeasureOf(figures.get(i - 1)); // "spent £2.36bn ($2.97bn)", "cutting 11%, or 889 employees"
        figures.set(i, f);
      }
      if (!heldByOther(f)) {
        continue;
      }
      int last = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).end());
      String named = Restatements.namedBeforeBracket(tags, first);
      if (named != null) {
        figures.set(i, f.withSubject(named));
        continue;
      }
      String holder = after(tags, f, last);
      holder = holder != null ? holder : before(tags, f, first, about);
      if (holder == null && i > 0 && Restatements.restates(toks, first)) {
        holder = figures.get(i - 1).subject(); // "fell 18 points, or 0.9%": the same fall, told another way
      }
      if (holder == null && f.change() != null && f.subject() == null) {
        holder = about; // "An increase of 142% compared with 2019": a change of what was just counted
      }
      if (holder != null || f.subject() != null && WORDS.is(f.subject().toLowerCase(Locale.ROOT), "anaphor")) {
        boolean byChange = first > 0 && toks.get(first - 1).lower().equals("by"); // "was reduced by £195m"
        Figure held = f.withSubject(holder); // a bare "they" is no subject
        if (holder != null && f.subject() != null && QuantityNouns.isQuantity(f.subject()) && !measured(f)) {
          held = held.withMeasureAndSubject(f.subject().toLowerCase(Locale.ROOT), holder); // "the PPP with 43 seats"
        }
        figures.set(i, byChange ? held : measuredBy(held, holder));
      }
    }
  }

  /**
   * A holder headed by a quantity noun names what the figure measures where only a verb did ("annual inflation stood
   * at 20.35 percent", "oil exports have reached 565 million barrels"); an event or a change keeps its measure.
   */
  private static Figure measuredBy(Figure f, String holder) {
    if (holder == null || measured(f) || WORDS.is(holder.toLowerCase(Locale.ROOT), "anaphor")
        || WORDS.is(lastWord(holder).toLowerCase(Locale.ROOT), "level")) {
      return f; // "its lowest level": where a figure stands is no measure
    }
    String totalled = VerbMeasure.eventOfTotal(holder);
    if (totalled != null) {
      return f.withMeasureAndSubject(totalled, null); // "put the death toll at 43": deaths, nothing else counted
    }
    if (QuantityNouns.isQuantity(holder) || f.measure() != null && placesOnly(f.measure())) {
      // "annual inflation stood at 20.35%"; "pay raises averaging 11 percent": a verb that only places the figure
      // says less than what it places
      return f.withMeasureAndSubject(holder.toLowerCase(Locale.ROOT), f.subject());
    }
    return f;
  }

  /**
   * A verb that only puts its subject at a figure ("stood", "averaging", "settled"); not one of having ("OCHA has
   * received $11.4bn": the subject owns the figure and is no measure).
   */
  private static boolean placesOnly(String verb) {
    return WORDS.is(verb.toLowerCase(Locale.ROOT), "settle");
  }

  /** Whether the figure already says what it measures: an event, a change or a quantity, not a mere verb. */
  private static boolean measured(Figure f) {
    return f.change() != null || f.measure() != null
        && (FigureExtractor.isEvent(f.measure()) || QuantityNouns.isQuantity(f.measure()));
  }

  /** An amount or share with no counted thing, or a count whose noun is a quantity ("votes"), not a thing. */
  private static boolean heldByOther(Figure f) {
    if (f.subject() == null || WORDS.is(f.subject().toLowerCase(Locale.ROOT), "anaphor")) {
      return f.unit() != null || f.measure() != null && !FigureExtractor.isEvent(f.measure());
    }
    // "votes" (a quantity noun) or "barrels" (a unit): a single word that is no thing counted
    return f.subject().indexOf(' ') < 0
        && (StatisticMeasure.MEASURES.is(lastWord(f.subject()), "quantity") || QuantityNouns.isUnit(f.subject()));
  }

  /**
   * A quantity noun's figure is held only where the clause says someone has, reaches or changes by it ("won 64
   * seats", "with 64 seats", "robberies increased by 100 incidents").
   */
  private static boolean possessed(Figure f, List<Token> toks, int g) {
    String w = toks.get(g).lower();
    return f.subject() == null || WORDS.is(w, "possess") || WORDS.is(w, "complement"); // "rose by 100 incidents"
  }

  /** "30.97 percent in food": a lower-case noun phrase after in, on or for, past the figure's units. */
  private static String after(Tags tags, Figure f, int last) {
    List<Token> toks = tags.tokens();
    int k = last;
    while (k < toks.size() && (WORDS.is(toks.get(k).lower(), "unit") || toks.get(k).lower().equals("(")
        || toks.get(k).lower().equals(")"))) {
      if (toks.get(k).lower().equals("(")) { // "£2.36 billion ($2.97 billion)": past the conversion
        while (k < toks.size() && !toks.get(k).lower().equals(")")) {
          k++;
        }
      }
      k++;
    }
    if (f.unit() == null || k >= toks.size() || !WORDS.is(toks.get(k).lower(), "after")) {
      return null;
    }
    String phrase = phrase(tags, k + 1);
    boolean in = toks.get(k).lower().equals("in"); // "rose 5% in Leeds" says where; "55 per cent for Punjab" of what
    if (phrase == null || QuantityNouns.isQuantity(phrase) // "$1bn in transfer fees" says what kind of money
        || WORDS.is(phrase.toLowerCase(Locale.ROOT), "level") // "£61,000 on average", "£4m in total": how, not what
        || in && f.location() != null && phrase.contains(f.location())
        || f.period() != null && phrase.contains(f.period())) {
      return null;
    }
    return phrase;
  }

  private static String before(Tags tags, Figure f, int first, String previous) {
    List<Token> toks = tags.tokens();
    String given = first > 0 ? VerbPhrases.nameGivenTo(tags.text(), toks, first - 1) : null;
    if (given != null) {
      return given; // "fined Halden Bank 65 million euros": the bank's fine
    }
    int g = governor(tags, first);
    if (g < 1) {
      return null;
    }
    String w = toks.get(g).lower();
    if (w.equals("of") && WORDS.is(toks.get(g - 1).lower(), "level")) {
      // "it reached a high of 28 percent": the level word says where the figure stands; the verb says of what
      g -= 2;
      while (g >= 0 && (tags.is(g, "DET") || tags.is(g, "ADJ") || WORDS.is(toks.get(g).lower(), "skip"))) {
        g--;
      }
      if (g < 1) {
        return null;
      }
    } else if (w.equals("for") || w.equals("of")) {
      // "signed midfielder Matheus Nunes for £53 million", "revenues of £4.7bn": the noun phrase it is for
      String cls = StatisticMeasure.MEASURES.classOf(toks.get(g - 1).lower());
      boolean change = "rise".equals(cls) || "fall".equals(cls); // "an increase of 142%" is no holder
      return !change && (tags.is(g - 1, "PROPN") || tags.is(g - 1, "NOUN")) ? HolderPhrases.before(tags, g - 1) : null;
    }
    w = toks.get(g).lower();
    if (g == first - 1 && g > 0 && WORDS.is(w, "anaphor") && isVerb(tags, g - 1)) {
      return previous; // "won 38% of the vote, giving it 112 seats": what the clause before was about
    }
    if (g != first - 1 && !tags.is(g, "VERB") && !tags.is(g, "AUX") && !WORDS.is(w, "complement")
        || !possessed(f, toks, g)) {
      return null;
    }
    if (w.equals("at") && (tags.is(g - 1, "PROPN") || tags.is(g - 1, "NOUN"))
        && !WORDS.is(toks.get(g - 1).lower(), "time") && !WORDS.is(toks.get(g - 1).lower(), "settle")) {
      return HolderPhrases.before(tags, g - 1); // "shows President Trump at 38 percent approval", "puts inflation at 4%"
    }
    if (Attributor.REPORTING.is(w, "verb") && opensClause(tags, first)) {
      return null; // "Sergeant Amy Lowe said £22,000 had been recovered": who said it holds nothing
    }
    String subject = subjectOf(tags, g, previous, false);
    if (subject == null && w.equals("with")) {
      subject = HolderPhrases.before(tags, g - 1); // "followed by the PML-N with 12,894,225"
    }
    return subject;
  }

  /** The subject of the clause the figure at token {@code first} completes, as written, or null (no anaphor). */
  static String clauseSubject(Tags tags, int first) {
    int g = governor(tags, first);
    return g < 1 ? null : subjectOf(tags, g, null, true);
  }

  /** The token that governs the figure at {@code first}: the first before it past qualifiers, articles and adverbs. */
  /**
   * A token whose word class the words alone settle as none of a determiner, an adverb or an adjective: punctuation
   * and digits, "of" and the prepositions a holder hangs on ("in", "at", "by", "with"), conjunctions and
   * auxiliaries ({@code closed.tsv}); the tagger is not asked about it.
   */
  private static boolean settled(Token t) {
    String w = t.lower();
    String cls = Tags.CLOSED.classOf(w);
    return !t.isWord() || Character.isDigit(t.text().charAt(0)) || w.equals("of") || WORDS.is(w, "after")
        || WORDS.is(w, "complement") || "conjunction".equals(cls) || "auxiliary".equals(cls);
  }

  private static int governor(Tags tags, int first) {
    List<Token> toks = tags.tokens();
    int g = first - 1;
    while (g >= 0 && first - g <= LOOK && (WORDS.is(toks.get(g).lower(), "skip") || !settled(toks.get(g))
        && (tags.is(g, "DET") || tags.is(g, "ADV") || tags.is(g, "ADJ") && !toks.get(g).isCapitalised()))) {
      g--;
    }
    return g;
  }

  /**
   * The subject of the verb at or before {@code g} in its clause ("settled at", "was reduced by", "is on the top
   * with"), or null when a pronoun, a conjunction or punctuation comes first.
   */
  private static String subjectOf(Tags tags, int g, String previous, boolean pastOwnObject) {
    List<Token> toks = tags.tokens();
    int v = g;
    while (v >= 0 && g - v <= LOOK && !isVerb(tags, v)) {
      // "Harlow Steel reduced its debt by": the owner speaks of its own (for a source), though the debt is what is held
      boolean possessive = pastOwnObject && Set.of("its", "their", "his", "her", "our").contains(toks.get(v).lower());
      if (!toks.get(v).isWord() || tags.is(v, "PRON") && !possessive || tags.is(v, "SCONJ") || tags.is(v, "CCONJ")) {
        return null;
      }
      v--;
    }
    if (v < 0) {
      return null;
    }
    boolean main = false; // one main verb and its auxiliaries: "have spent", "was reduced", "has not yet reached";
    while (v >= 0 && (tags.is(v, "AUX") || tags.is(v, "ADV") || tags.is(v, "PART") || !main && isVerb(tags, v))) {
      main |= !tags.is(v, "AUX") && isVerb(tags, v); // a second verb before it is a noun the tagger missed
      v--;
    }
    if (v >= 2 && RELATIVE_PRONOUNS.contains(toks.get(v).lower()) && toks.get(v - 1).text().equals(",")) {
      return HolderPhrases.before(tags, v - 2); // "The opposition Liberty Front, which won 71 seats"
    }
    if (v >= 0 && WORDS.is(toks.get(v).lower(), "anaphor") && (Attributor.followsReportingVerb(toks, v)
        || v + 1 < toks.size() && Attributor.REPORTING.is(toks.get(v + 1).lower(), "verb"))) { // "It said 64.3%"
      return null; // "the agency said it needed $350m": "it" is the speaker, not what the sentence before was about
    }
    if (v >= 0 && WORDS.is(toks.get(v).lower(), "anaphor")
        && (v == 0 || !tags.is(v - 1, "NOUN") || WORDS.is(toks.get(v - 1).lower(), "time"))) {
      // not "the figures they reported": a noun before the pronoun makes it a relative clause
      return previous; // "They shot up by 12.2%": what the sentence before was about
    }
    return v < 0 ? null : HolderPhrases.before(tags, HolderPhrases.pastAgent(tags, pastTime(tags, v)));
  }

  /** Whether the figure at {@code first} is the subject of a verb of its own ("£22,000 had been recovered"). */
  private static boolean opensClause(Tags tags, int first) {
    List<Token> toks = tags.tokens();
    for (int k = first + 1; k < toks.size() && k <= first + 4; k++) {
      if (tags.is(k, "AUX") || tags.is(k, "VERB")) {
        return true;
      }
      if (!toks.get(k).isWord() && !Character.isDigit(toks.get(k).text().charAt(0)) && !toks.get(k).text().equals(",")) {
        return false;
      }
    }
    return false;
  }

  /** A verb by its tag, or a change word the tagger took for a noun where no article makes it one ("2015 rose"). */
  private static boolean isVerb(Tags tags, int k) {
    if (tags.is(k, "VERB") || tags.is(k, "AUX") || WORDS.is(tags.tokens().get(k).lower(), "settle")) {
      return true;
    }
    String cls = StatisticMeasure.MEASURES.classOf(tags.tokens().get(k).lower());
    return ("rise".equals(cls) || "fall".equals(cls)) && tags.is(k, "NOUN")
        && (k == 0 || !tags.is(k - 1, "DET") && !tags.is(k - 1, "ADJ"));
  }

  /**
   * Where a noun phrase ends before a time phrase that closes it ("attendances between April and December 2015
   * rose", "emissions in 2014 fell"): {@code end} itself when no time phrase ends there.
   */
  private static int pastTime(Tags tags, int end) {
    List<Token> toks = tags.tokens();
    int j = end;
    boolean time = false;
    while (j > 0 && end - j < 6) {
      Token t = toks.get(j);
      if (WORDS.is(t.lower(), "time") || Character.isDigit(t.text().charAt(0))) {
        time = true;
      } else if (!tags.is(j, "ADP") && !tags.is(j, "CCONJ") && !tags.is(j, "DET") && !t.lower().equals("last")) {
        break;
      } else if (tags.is(j, "ADP") && time) {
        return j - 1;
      }
      j--;
    }
    return end;
  }

  /** A noun phrase starting at {@code k}: up to five words, one "of" inside, with a noun. */
  private static String phrase(Tags tags, int k) {
    List<Token> toks = tags.tokens();
    List<String> words = new ArrayList<>();
    boolean noun = false;
    for (int j = k; j < toks.size() && words.size() < 5; j++) {
      Token t = toks.get(j);
      if (WORDS.is(t.lower(), "time") || WORDS.is(t.lower(), "place")) {
        // "in the first quarter", "in the city": when or where, not what; "on roads last year" ends before the time
        if (words.isEmpty() || !noun) {
          return null;
        }
        while (tags.is(j - 1, "ADJ") && words.size() > 1) {
          words.remove(words.size() - 1); // "last"
          j--;
        }
        break;
      }
      if (!t.isWord() || Character.isDigit(t.text().charAt(0))) {
        break;
      }
      if (!NOUN_PHRASE.contains(tags.at(j)) && !(t.lower().equals("and") && noun)
          || tags.is(j, "PART") && Character.isLetter(t.text().charAt(0))) {
        break; // a possessive ending is part of the phrase; "to" or "not" is not ("$2bn in tax incentives to win")
      }
      noun |= tags.is(j, "NOUN") || tags.is(j, "PROPN") || t.isCapitalised(); // "for Sindh", tagged ADJ
      if (!words.isEmpty() || !tags.is(j, "DET")) {
        words.add(t.text());
      }
    }
    while (!words.isEmpty() && words.get(words.size() - 1).equalsIgnoreCase("and")) {
      words.remove(words.size() - 1);
    }
    return noun && !words.isEmpty() ? String.join(" ", words) : null;
  }

  private static String lastWord(String phrase) {
    return Words.lastLetters(phrase).toLowerCase(Locale.ROOT);
  }
}
