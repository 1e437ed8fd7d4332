package io.claimwire.enrich.text;

import java.util.List;
import java.util.Set;

/**
 * Who claims one figure: the nearest cue of its sentence (before it preferred), else the agent that did or counted
 * it ("Police recorded 120"), an organisation whose own figure it is ("cutting 11% of its workforce"), or the source
 * carried from the sentences around it.
 */
final class FigureSources {
  private FigureSources() {}

  static SourceRef source(Sentence sentence, Tags tags, NumberMention n, List<Attributor.Cue> cues,
      SourceRef carried, People people) {
    List<Token> toks = tags.tokens();
    String text = sentence.text();
    Attributor.Cue outer = null;
    Attributor.Cue before = null;
    Attributor.Cue after = null;
    SourceRef owner = ownersCount(text, n);
    if (owner != null) {
      return people.canonical(owner); // "more than twice the health ministry's toll of 32"
    }
    for (Attributor.Cue c : cues) {
      if (PassiveAgents.rightAfter(toks, c, n) || relativeOf(toks, c, n)) {
        return people.canonical(people.resolve(sentence.start() + c.position(), c.source())); // "the 61 reported by the agency"
      }
      if (relativeOfAnother(toks, c, n) || PassiveAgents.ofAnother(toks, c, n)) {
        continue; // "added 175,000 jobs, fewer than the 240,000 economists had expected": the economists' is the 240,000
      }
      if (c.position() <= n.start()) {
        outer = before;
        before = c;
      } else if (after == null) {
        after = c;
      }
    }
    Attributor.Cue chosen = before != null && !(after != null && believes(toks, before) && trails(text, toks, after))
        ? before : after; // "Insurers expect to pay £500m, the ABI said": the trailing speaker states it
    if (chosen == before && outer != null && believes(toks, before) && !believes(toks, outer)
        && reportsClause(toks, outer, before)) {
      chosen = outer; // "Amir Dostan said volunteers had counted 690 bodies": he states what they counted
    }
    SourceRef s;
    if (officialCount(toks, n)) {
      s = OFFICIALS; // "far more than the official toll of 120": the officials' figure, not the speaker's
    } else if (chosen != null) {
      s = people.resolve(sentence.start() + chosen.position(), chosen.pronoun() ? pronoun(toks, chosen)
          : chosen.source()); // "It also revealed", "according to him", "they said"
    } else {
      s = agent(sentence, toks, n, people);
      s = s != null ? s : ownFigure(tags, n);
      if (s == null) {
        s = carried;
      }
    }
    return people.canonical(s == null ? SourceRef.UNATTRIBUTED : s);
  }

  /**
   * Whether the cue's speaker stands right after another figure than {@code n}, in a relative clause on that figure
   * ("the 240,000 economists had expected", "the 3% analysts forecast"): it speaks for that figure only.
   */
  private static boolean relativeOfAnother(List<Token> toks, Attributor.Cue c, NumberMention n) {
    int k = figureBeforeSpeaker(toks, c);
    return k >= 0 && !(n.start() <= toks.get(k).start() && toks.get(k).end() <= n.end() + 1);
  }

  /** "far more than the 3,400 the company says are at risk": a speaker right after the figure speaks for it. */
  private static boolean relativeOf(List<Token> toks, Attributor.Cue c, NumberMention n) {
    int k = figureBeforeSpeaker(toks, c);
    int first = FigureExtractor.firstTokenAtOrAfter(toks, n.start());
    return k >= 0 && first > 0 && n.start() <= toks.get(k).start() && toks.get(k).end() <= n.end() + 1
        && Tags.CLOSED.is(toks.get(first - 1).lower(), "determiner");
  }

  /** The token of a figure right before the cue's speaker ("the 240,000 economists had expected"), or -1. */
  private static int figureBeforeSpeaker(List<Token> toks, Attributor.Cue c) {
    if (c.pronoun() || c.position() <= 0) {
      return -1;
    }
    int k = FigureExtractor.firstTokenAtOrAfter(toks, c.position()) - 1;
    if (k > 0 && k < toks.size() && Tags.CLOSED.is(toks.get(k).lower(), "determiner")) {
      k--; // "the 3,400 the company says"
    }
    if (k < 0 || k >= toks.size() || YEAR.matcher(toks.get(k).text()).matches()
        || !NUMBER.matcher(toks.get(k).text()).matches() && !(k > 0
        && NUMBER.matcher(toks.get(k - 1).text()).matches() && toks.get(k).text().equals("%"))) {
      return -1; // "August 3, 2014Chinese officials announced": a year, or a token that only opens with digits
    }
    return k;
  }

  /** "the health ministry's toll of 32", "the union's own count of 3,000": an owner, its estimate noun, "of". */
  private static final java.util.regex.Pattern OWNERS_COUNT = java.util.regex.Pattern.compile(
      "(?i)\\b(?:the\\s+)?((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)['’]s\\s+(?:(?:own|latest|official|death|revised)\\s+){0,2}(?:"
          + String.join("|", Lexicon.load("sources/estimate-nouns.tsv").termsOf("estimate-nouns"))
          + ")\\s+of\\s+(?:(?:about|around|some|nearly|almost|roughly|at least|more than|over)\\s+)?\\p{Sc}?$");

  /** Characters between " of " and the figure, at most: a qualifier and a currency sign. */
  private static final int OF_REACH = 16;

  /** The owner of the count a figure is given as ("the ministry's toll of 32"), or null. */
  private static SourceRef ownersCount(String text, NumberMention n) {
    int of = text.lastIndexOf(" of ", n.start());
    if (of < 0 || n.start() - of > OF_REACH || text.lastIndexOf("s ", of) < Math.max(0, of - 60)) {
      return null; // no "of" right before the figure, or no possessive before it: most figures, at no cost
    }
    java.util.regex.Matcher m = OWNERS_COUNT.matcher(text).region(Math.max(0, n.start() - 80), n.start());
    if (!m.find()) {
      return null;
    }
    String owner = m.group(1).strip();
    int the = owner.toLowerCase(java.util.Locale.ROOT).lastIndexOf("the ");
    owner = the >= 0 && (the == 0 || owner.charAt(the - 1) == ' ') ? owner.substring(the + 4) : owner; // "twice the X's"
    if (Tags.CLOSED.classOf(owner.toLowerCase(java.util.Locale.ROOT)) != null || Holder.WORDS.is(
        Words.lastLetters(owner).toLowerCase(java.util.Locale.ROOT), "time")) {
      return null; // "its", "this year's toll of 32": no owner who speaks
    }
    return SourceNames.classify(owner, null);
  }

  /** The pronoun a pronoun cue's verb follows: "he" and "she" stand for the last person, "they" for either kind. */
  private static SourceRef pronoun(List<Token> toks, Attributor.Cue c) {
    int k = FigureExtractor.firstTokenAtOrAfter(toks, c.position());
    String word = k > 0 && People.PRONOUNS.classOf(toks.get(k - 1).lower()) != null ? toks.get(k - 1).lower() : "he";
    return new SourceRef(word, null, SourceRef.Kind.PERSON, null);
  }

  private static final SourceRef OFFICIALS = new SourceRef("officials", null, SourceRef.Kind.GOVERNMENT, null);
  /** Nouns of a count that "official" gives to officials ({@code sources/official-counts.tsv}). */
  private static final Set<String> OFFICIAL_COUNTS = Lexicon.load("sources/official-counts.tsv").terms("count");

  /** "the official (death) toll of 120", "an official count of 45": the figure right after "of". */
  private static boolean officialCount(List<Token> toks, NumberMention n) {
    int first = FigureExtractor.firstTokenAtOrAfter(toks, n.start());
    if (first < 3 || !toks.get(first - 1).lower().equals("of") || !OFFICIAL_COUNTS.contains(toks.get(first - 2).lower())) {
      return false;
    }
    for (int k = first - 3; k >= 0 && k >= first - 4; k--) {
      if (toks.get(k).lower().equals("official")) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of belief and estimate ({@code sources/belief-verbs.tsv}). */
  private static final Lexicon BELIEF = Lexicon.loadInflected("sources/belief-verbs.tsv");
  /** Tokens a trailing attribution may have after its comma, at most: ", the Association of British Insurers said." */
  private static final int TRAILING = 16;

  /** Whether the cue's verb, at its position or within a few tokens after it, is a verb of belief. */
  private static boolean believes(List<Token> toks, Attributor.Cue c) {
    int k = FigureExtractor.firstTokenAtOrAfter(toks, Math.max(0, c.position()));
    for (int j = k; j < toks.size() && j - k < 4; j++) {
      if (BELIEF.classOf(toks.get(j).lower()) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether the inner cue is in the clause the outer one reports: no comma, colon or semicolon between them. */
  private static boolean reportsClause(List<Token> toks, Attributor.Cue outer, Attributor.Cue inner) {
    int from = FigureExtractor.firstTokenAtOrAfter(toks, Math.max(0, outer.position()));
    int to = FigureExtractor.firstTokenAtOrAfter(toks, Math.max(0, inner.position()));
    for (int k = from + 1; k < to && k < toks.size(); k++) {
      String t = toks.get(k).text();
      if (t.equals(",") || t.equals(";") || t.equals(":") || t.equals("\u201c") || t.equals("\"")) {
        return false;
      }
    }
    return true;
  }

  static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d[\\d.,]*");

  /** A day of a month, next to its month: "said on 3 March", "in its March 3 statement". */
  private static boolean dated(List<Token> toks, int j) {
    return j > 0 && NotFigures.MONTH_OR_DAY.matcher(toks.get(j - 1).text()).matches()
        || j + 1 < toks.size() && NotFigures.MONTH_OR_DAY.matcher(toks.get(j + 1).text()).matches();
  }

  /** A four-digit year, which a trailing attribution may name ("said in its 2024 report"). */
  static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

  /**
   * Whether the cue closes the sentence after a comma: ", the ABI said." or ", said the ABI on Wednesday." A cue
   * with a figure of its own after it does not close the sentence ("..., but the ministry puts the figure at 3,000").
   */
  private static boolean trails(String text, List<Token> toks, Attributor.Cue c) {
    int k = FigureExtractor.firstTokenAtOrAfter(toks, Math.max(0, c.position()));
    for (int j = k; j < toks.size(); j++) {
      String t = toks.get(j).text();
      if (Character.isDigit(t.charAt(0)) && !YEAR.matcher(t).matches() && !dated(toks, j)) {
        return false;
      }
    }
    int comma = k - 1;
    while (comma >= 0 && k - comma <= TRAILING && !toks.get(comma).text().equals(",")) {
      comma--;
    }
    return comma >= 0 && toks.get(comma).text().equals(",") && toks.size() - comma <= TRAILING + 1;
  }

  /**
   * "Biogen will be cutting 11% of its workforce", "The bank reduced its debt by £195m": an organisation that the
   * clause says the figure is its own ("its") states it. Named organisations only; a person or a place is no such
   * source.
   */
  private static SourceRef ownFigure(Tags tags, NumberMention n) {
    List<Token> toks = tags.tokens();
    int first = FigureExtractor.firstTokenAtOrAfter(toks, n.start());
    boolean its = false;
    for (int k = Math.max(0, first - 6); k < Math.min(toks.size(), first + 6) && !its; k++) {
      its = toks.get(k).lower().equals("its");
    }
    if (!its) {
      return null;
    }
    String subject = Holder.clauseSubject(tags, first);
    if (subject == null || !Character.isUpperCase(subject.charAt(0))) {
      return null;
    }
    SourceRef s = SourceNames.classify(subject, null); // "its": a body, whatever the bare name looks like
    return s.kind() == SourceRef.Kind.GOVERNMENT || s.kind() == SourceRef.Kind.MEDIA ? s
        : new SourceRef(s.name() != null ? s.name() : subject, null, SourceRef.Kind.ORGANISATION, null);
  }

  /**
   * "the Special Operations Forces killed 21", "Police recorded 120": the one who did or counted it reports it; verbs
   * of counting are data ({@code agents.tsv}). A pronoun subject is resolved as a pronoun cue would be.
   */
  private static final Lexicon AGENTS = Lexicon.load("agents.tsv");

  private static final Set<String> ARTICLE_OR_FOR = Lexicon.load("figures/article-or-for.tsv").terms("article-or-for");

  /** Words that open a time between an agent and its verb: "on Monday", "last week". */
  private static final Set<String> TIME_OPENERS = Lexicon.load("figures/time-openers.tsv").terms("time-openers");

  /** The change a mover makes ("raised" rise, "cut" fall: {@code agents.tsv} classes raise, lower), or null. */
  static String moverClass(String word) {
    String cls = AGENTS.classOf(word);
    return "raise".equals(cls) ? "rise" : "lower".equals(cls) ? "fall" : null;
  }

  /** Lowercase words inside an organisation's name ("Bank of England", "Customs and Border Protection"). */
  static final Set<String> NAME_JOINERS = Words.setOf("of", "for", "and", "on", "the", "de", "du", "des");
  /** How many words an object may have between a verb of change and "by" ("cut its key deposit rate by"). */
  private static final int OBJECT_WORDS = 4;

  /**
   * The verb that moved an object by the figure ("raised interest rates by", "cut its key rate by"), from the "by"
   * at {@code by}: a change word or a mover ({@code agents.tsv}, classes raise and lower) with at least one word of
   * object between it and "by"; -1 when none ("rose by 5%" moved itself: what rose is no one who did it).
   */
  private static int verbOverObject(List<Token> toks, int by) {
    return verbOverObject(toks, by, w -> Changes.isChange(w) || moverClass(w) != null || AGENTS.is(w, "agent"));
  }

  /**
   * The lower-case verb that {@code verb} accepts, with one to {@link #OBJECT_WORDS} words of object between it and
   * the "by" at {@code by}, and nothing but words; -1 when none.
   */
  static int verbOverObject(List<Token> toks, int by, java.util.function.Predicate<String> verb) {
    for (int v = by - 2; v >= 0 && by - v <= OBJECT_WORDS + 1; v--) {
      Token t = toks.get(v);
      if (!t.isWord()) {
        return -1;
      }
      if (verb.test(t.lower()) && !t.isCapitalised()) {
        return v;
      }
    }
    return -1;
  }

  /**
   * The body that did what the verb at {@code verb} says, when the noun phrase before it (past a time: "on Monday")
   * names an organisation or a government ("The Federal Reserve", "the central bank"); null for anything else ("The
   * storm pushed water levels up by 2 metres").
   */
  private static SourceRef body(Sentence sentence, List<Token> toks, int verb) {
    int j = verb - 1;
    while (j >= 0 && "auxiliary".equals(Tags.CLOSED.classOf(toks.get(j).lower()))) {
      j--;
    }
    while (j >= 1 && Holder.WORDS.is(toks.get(j).lower(), "time")) {
      j--;
      if (TIME_OPENERS.contains(toks.get(j).lower())) {
        j--;
      }
    }
    String np = j >= 0 ? Speakers.nounPhraseBefore(sentence.text(), toks, j) : null;
    if (np == null) {
      return null;
    }
    String[] words = Words.of(np.strip());
    int capitals = 0;
    boolean named = true; // "The Bank of England", "U.S. Customs and Border Protection": capitals and their joiners
    for (int w = 0; w < words.length; w++) {
      boolean capital = Character.isUpperCase(words[w].charAt(0));
      capitals += capital ? 1 : 0;
      named &= capital || w > 0 && w < words.length - 1 && NAME_JOINERS.contains(words[w]);
    }
    named &= capitals >= 2;
    SourceRef s = SourceNames.classify(np, null);
    boolean body = s.kind() == SourceRef.Kind.ORGANISATION || s.kind() == SourceRef.Kind.GOVERNMENT;
    String head = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    return body && (named || Speakers.isSourceHead(head)) ? s : null;
  }

  private static SourceRef agent(Sentence sentence, List<Token> toks, NumberMention n, People people) {
    String text = sentence.text();
    int i = FigureExtractor.firstTokenAtOrAfter(toks, n.start()) - 1;
    boolean article = false;
    while (i >= 0 && (Qualifiers.isQualifierWord(toks.get(i).lower()) || Set.of("at", "least", "than", "up", "to", "as",
        "many", "had", "have", "has", "a", "an", "for").contains(toks.get(i).lower()))) {
      article |= ARTICLE_OR_FOR.contains(toks.get(i).lower());
      i--; // "appealed for $22.2bn", "posted a 37% rise", "approved a $2.3bn budget"
    }
    if (article && i >= 0 && !AGENTS.is(toks.get(i).lower(), "agent")) {
      return null; // "..., killing an estimated 500": only a body's own issue takes an article between
    }
    if (i >= 3 && toks.get(i).lower().equals("of") && Set.of("the", "a").contains(toks.get(i - 2).lower())) {
      i -= 3; // "documented the deaths of 160 people", "confirmed the arrival of 300"
    }
    int moved = i >= 0 && toks.get(i).lower().equals("by") ? verbOverObject(toks, i) : -1;
    if (moved >= 0) {
      return body(sentence, toks, moved); // "The Federal Reserve on Wednesday raised interest rates by 25 basis points"
    }
    if (i < 0 || !FigureExtractor.isEventWord(toks.get(i).lower()) && !AGENTS.is(toks.get(i).lower(), "agent")) {
      return null;
    }
    int j = i - 1;
    while (j >= 0 && (Set.of("had", "have", "has", "reportedly", "also", "allegedly", "and", ",").contains(toks.get(j).lower())
        || "auxiliary".equals(Tags.CLOSED.classOf(toks.get(j).lower())) // "Biogen will be cutting 11%"
        || FigureExtractor.isEventWord(toks.get(j).lower()) || Character.isDigit(toks.get(j).text().charAt(0))
        || Qualifiers.isQualifierWord(toks.get(j).lower()))) {
      j--;
    }
    while (j >= 1 && Holder.WORDS.is(toks.get(j).lower(), "time")) {
      j--; // "The United Nations on Monday appealed for": the time between the agent and its verb
      if (TIME_OPENERS.contains(toks.get(j).lower())) {
        j--;
      }
    }
    if (j >= 0 && People.PRONOUNS.classOf(toks.get(j).lower()) != null && !toks.get(j).lower().startsWith("the")
        && (j == 0 || !toks.get(j - 1).isWord() || Set.of("and", "but").contains(toks.get(j - 1).lower()))) {
      // "it rescued 76 migrants": who "it" is, as for a pronoun cue
      SourceRef r = people.resolve(sentence.start() + toks.get(j).start(),
          new SourceRef(toks.get(j).lower(), null, SourceRef.Kind.UNATTRIBUTED, null));
      return r.kind() == SourceRef.Kind.UNATTRIBUTED ? null : r;
    }
    if (j >= 2 && Set.of("which", "who").contains(toks.get(j).lower()) && toks.get(j - 1).text().equals(",")) {
      // "The Irish coastguard, which has recorded 23 drownings": the noun phrase the clause hangs from
      // a common noun only where it heads a body ("the coastguard"), not a thing ("the blaze, which has destroyed")
      String head = Speakers.nounPhraseBefore(text, toks, j - 2);
      String common = head != null ? null : Speakers.commonNounPhraseBefore(text, toks, j - 2);
      head = head != null ? head : common != null && Speakers.endsWithSourceHead(common) ? common : null;
      return head == null ? null : SourceNames.classify(head, null);
    }
    String np = Speakers.nounPhraseBefore(text, toks, j);
    SourceRef s = np == null ? null : SourceNames.classify(np, null);
    if (s != null && s.kind() == SourceRef.Kind.PERSON && s.role() == null && !s.name().contains(" ")
        && !people.knowsSurname(s.name())) {
      return null; // "Birmingham has recorded 310 cases": one capitalised word no one was named by is a place or a
      // thing, not a person who vouches for the count
    }
    return s;
  }
}
