package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who claims what a sentence says: reporting verbs ("X said", "said X"), "according to X", relays
 * ("reports the BBC, citing Western officials": source Western officials, via BBC), passives ("reported by X")
 * and pronouns. Works on one sentence; carrying a source across sentences is {@link FigureExtractor}'s job.
 */
public final class Attributor {
  /** A source cue at a position in a sentence. {@code anaphoric} cues ("This information was reported by X")
   * also cover the sentence before. {@code pronoun} cues need the article's last named speaker. */
  public record Cue(int position, SourceRef source, boolean anaphoric, boolean pronoun) {}

  /** A line that ends with a colon and a short name with no digit: "... has killed 33: Health ministry". */
  private static final Pattern HEADLINE_SOURCE = Pattern.compile(
      "\\d[^:]*:\\s*((?:[Tt]he\\s+)?\\p{L}[\\p{L}'’.-]*(?:\\s+\\p{L}[\\p{L}'’.-]*){0,3})\\s*$");

  private static final Pattern VERB = Pattern.compile(
      "(?i)\\b(said|says|say|stated|states|told|tells|estimated|estimates|estimate|reported|reports|announced|announces|claimed"
          + "|claims|confirmed|confirms|warned|noted|added|remarked|revealed|wrote|writes|believes|mentioned|highlighted"
          + "|emphasi[sz]ed|acknowledged|admitted|insisted|explained|spoke of"
          + "|(?:put|puts|places|placed) (?:[\\p{L}'’-]+ ){0,3}?(?:figure|number|toll|losses|casualties|cost|damage|total|tally|count)"
          + "(?: of(?: [\\p{L}'’-]+){1,5}?)? at"
          + "|counted|tallied"
          + "|gave (?:its|their|his|her|a|an)? ?(?:own )?(?:count|figure|tally|estimate|toll))\\b");
  /** The words that can start a {@link #VERB} match; a sentence with none of them is not searched. */
  private static final Set<String> VERB_WORDS = Set.of("said", "says", "say", "stated", "states", "told", "tells",
      "estimated", "estimates", "estimate", "reported", "reports", "announced", "announces", "claimed", "claims", "confirmed",
      "confirms", "warned", "noted", "added", "remarked", "revealed", "wrote", "writes", "believes", "mentioned",
      "highlighted", "emphasised", "emphasized", "acknowledged", "admitted", "insisted", "explained", "spoke", "put",
      "puts", "places", "placed", "counted", "tallied", "gave");
  private static final Pattern ANAPHORIC = Pattern.compile("(?is)\\s*(this|these|the|that|those)\\s+(information|figures?"
      + "|numbers?|data|estimates?|reports?|claims?|was|were|is|toll)\\b");
  /** "according to officials cited by the New York Times": the outlet that relayed them. */
  private static final Pattern CITED_BY = Pattern.compile("\\s*,?\\s*(?:as\\s+)?(?:cited|quoted|reported) by\\s+(?:the\\s+)?"
      + "(\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*){0,4})");
  private static final Pattern PREPOSITION_START = Pattern.compile("(?i)(?:on|in|at|to|for|with|from|about|after|during)\\b");
  private static final Pattern WORD_THEN_BY = Pattern.compile("\\p{L}+ by\\b");
  private static final Pattern HAS_CAPITAL = Pattern.compile("\\b\\p{Lu}");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[.,;:]+$");
  private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?i)(while|whereas|but|and|as|although|though|yet)\\s+");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");
  private static final Pattern LEADING_COUNT = Pattern.compile("^(?i)(two|three|four|five|several|multiple|many|some|other|\\d+)\\s+(?=\\p{L})");
  private static final Pattern TRAILING_TIME = Pattern.compile("(?i)(?<=\\S)\\s+(?:on\\s+)?(?:yesterday|today|monday|tuesday|"
      + "wednesday|thursday|friday|saturday|sunday|last week|last month|last year)$");
  private static final Pattern TRAILING_PARTICIPLE = Pattern.compile("(?<=\\S)\\s+\\p{Ll}+ed$");
  private static final Pattern TRAILING_ADVERB = Pattern.compile("(?i)\\s+(also|earlier)$");
  /** "Ukraine's" ends in a possessive. */
  static boolean isPossessive(String w) {
    int n = w.length();
    return n >= 2 && w.charAt(n - 1) == 's' && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '’');
  }

  static String withoutPossessive(String w) {
    return isPossessive(w) ? w.substring(0, w.length() - 2) : w;
  }
  private static final Pattern MEDIA_WORD = Pattern.compile("\\b(news|newspaper|outlet|radio|television|tv|times|post|gazette|"
      + "journal|daily|magazine|broadcaster)\\b");
  private static final Pattern MEDIA_PREFIX = Pattern.compile("^(?i)(\\p{Lu}\\p{L}+ )?(news outlet|newspaper|outlet|broadcaster|daily|magazine) ");
  private static final Pattern ACRONYM_WORD = Pattern.compile("\\b\\p{Lu}{2,}\\b");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
  private static final Set<String> NAME_PARTICLES = Lexicon.load("sources/name-particles.tsv").terms("particle");
  /** First words of the multi-word reporting verbs ("put the figure at", "gave its own count"). */
  private static final Set<String> PHRASE_VERB_STARTS = Set.of("put", "puts", "places", "placed", "gave");
  /** "The mayor was blunt: "We lost 70 homes."": the speaker introduces a quote after a colon. */
  private static final Pattern QUOTE_INTRO = Pattern.compile(
      "^\\s*((?:[Tt]he |[Aa]n? )?(?:\\p{Lu}[\\p{L}'’.-]*|[\\p{Ll}]+)(?: [\\p{L}'’.-]+){0,4}?) (?:was|were|is|are|said|added|wrote|told [\\p{L}]+)"
          + "(?: [\\p{L}]+){0,3}:\\s*[\"“]");
  /** Nouns that name a document, not who speaks: "The report said" is unattributed unless its author is named. */
  static final Set<String> DOCUMENTS = Lexicon.load("sources/documents.tsv").terms("document");
  private static final Pattern ACCORDING = Pattern.compile(
      "(?i)\\b(?:according to|as (?:noted|stated|set out|outlined|reported|forecast|projected|announced|published) "
          + "(?:in|by))\\s+(?:(?:preliminary |new |recent |official )?(?:estimates|figures|data|a report|reports|"
          + "a statement|statements|an estimate|an assessment|assessments) (?:by|from|of)\\s+)?");
  private static final Pattern BY = Pattern.compile(
      "(?i)\\b(?:reported|estimated|confirmed|announced|stated|claimed|released|published|provided|given|cited) by\\s+");
  private static final Pattern OWNERS_EVIDENCE = Pattern.compile("(?i)(.+?)['’]s?\\s+(?:own\\s+|latest\\s+|official\\s+)?"
      + "(?:figures|data|estimates?|count|tally|statistics|numbers|report|records)");

  /** "The NDMA's flood-related figures": the capitalised owner of figures, before the verb. */
  private static final Pattern OWNER_IN_CLAUSE = Pattern.compile("(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,4})['’]s?"
      + "\\s+(?:[\\p{L}-]+\\s+){0,2}(?:figures|data|estimates?|count|tally|statistics|numbers|report|records|bulletin)\\b");
  /** "19 percent of", "a third of the": a share of a group stands before the noun phrase. */
  private static final Pattern SHARE_OF_BEFORE = Pattern.compile("(?i)(?:percent|per cent|%|\\d|half|third|quarter)\\s+of\\s+"
      + "(?:the\\s+|all\\s+)?$");

  /** A phrase of time words only ("Monday", "on Tuesday", "yesterday"): never a source. */
  static boolean isTime(String phrase) {
    for (String w : Gate.WHITESPACE.split(phrase.strip().toLowerCase(Locale.ROOT))) {
      if (!Holder.WORDS.is(w, "time") && !Set.of("on", "last", "this", "next", "early", "late", "the").contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Lowercase keepers of records: "court records", "police figures". */
  private static final Set<String> RECORD_KEEPERS = Lexicon.load("sources/record-keepers.tsv").terms("keeper");
  /** "court records show", "Interior Ministry data show": records whose keeper is named right before them. */
  private static final Pattern RECORDS_SHOW = Pattern.compile("\\b((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}|(?i:"
      + String.join("|", new java.util.TreeSet<>(RECORD_KEEPERS)) + ")\\s+)"
      + "(?i:(records|figures|data|statistics|documents|filings|accounts|poll|polls|survey|surveys|measure|study"
      + "|analysis|census|estimates))(?:\\s+\\p{Ll}+){0,3}?\\s+(?i:show|shows|showed|suggest|suggests"
      + "|suggested|indicate|indicates|indicated|reveal|reveals|revealed)\\b");

  /** Whether a cue already lies within a span (evidence "from X" found first). */
  private static boolean overlapsCue(List<Cue> cues, int start, int end) {
    for (Cue c : cues) {
      if (c.position() >= start && c.position() < end) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern NOT_A_RELAY = Pattern.compile("(?i)\\b(?:conference|briefing|reporters|journalists|parliament"
      + "|lawmakers|legislators|committee|hearing|audience|crowd)\\b");
  /** Anonymous informants right before the reporting verb, with what they know. */
  private static final Pattern INFORMANTS = Pattern.compile("(?i)(?:\\b(?:two|three|four|five|several|multiple|\\d+)\\s+)?"
      + "\\b((?:(?:senior|western|european|american|u\\.s\\.|government|security|industry|diplomatic)\\s+)?(?:sources|people"
      + "|officials|diplomats|insiders|persons)\\s+(?:familiar with|close to|with knowledge of|briefed on|involved in|aware of)"
      + "\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+)\\s*,?\\s*$");

  /** Evidence from a named body, then a verb that it shows something: the body is the source. */
  private static final Pattern EVIDENCE_FROM = Pattern.compile("(?i)\\b(?:figures|data|statistics|numbers|estimates|research"
      + "|analysis|report|study|survey|count|census|poll|polling)\\s+(?:released\\s+|published\\s+|compiled\\s+|collected\\s+)?"
      + "(?:from|by|of)\\s+(?=\\S+(?:\\s+\\S+){0,8}?\\s+(?:shows?|showed|suggests?|suggested|found|finds|indicates?|indicated"
      + "|reveals?|revealed)\\b)");
  private static final Set<String> EVIDENCE_VERBS = Set.of("show", "shows", "showed", "suggest", "suggests", "suggested",
      "found", "finds", "indicate", "indicates", "indicated", "reveal", "reveals", "revealed");
  private static final Pattern CITING = Pattern.compile("(?i),?\\s*\\b(?:citing|quoting)\\s+");
  private static final Pattern IMPERSONAL = Pattern.compile("(?i)\\b(it is|it's|it was|it has been) (said|reported|claimed|believed)\\b");
  private static final Pattern PHRASE = Pattern.compile("^\\s*((?:the |an? )?[\\p{L}\\p{N}'’.&()-]+(?: [\\p{L}\\p{N}'’.&()-]+){0,8}?)"
      + "(?=\\s*(?:,|;|:|(?<!\\b\\p{Lu})\\.(?:\\s|$)|\\bthat\\b|\\bwho\\b|\\bon\\b|\\bin\\b|\\bat\\b|\\bwhen\\b|\\bafter\\b"
      + "|\\bcited\\b|\\bquoted\\b|\\bshow(?:s|ed|n)?\\b|\\bsuggest(?:s|ed)?\\b|\\bfound\\b|\\bfinds\\b"
      + "|\\bindicate(?:s|d)?\\b|\\breveal(?:s|ed)?\\b"
      + "|\\bas\\b|\\bis\\b|\\bare\\b|\\bwas\\b|\\bwere\\b|\\bhas\\b|\\bhave\\b|\\bhad\\b|$))");
  /** Verb forms that are as often nouns ("Recent estimates suggest"): a cue only when used as a verb. */
  private static final Set<String> AMBIGUOUS_VERBS = Lexicon.load("sources/ambiguous-verbs.tsv").terms("ambiguous");
  private static final Set<String> AFTER_VERB = Set.of("that", "the", "a", "an", "at", "more", "over", "about",
      "around", "up", "nearly", "some", "on", "in", "almost", "roughly", "approximately", "as", "fewer", "less", "to",
      ",", ":", "\"", "“", "this", "there", "it", "its", "his", "her", "their");
  private static final Pattern PRONOUN = Pattern.compile("(?i)^(he|she|they)$");
  private static final Set<String> SKIP_BEFORE_VERB = Lexicon.load("sources/speaker-gaps.tsv").terms("skip");
  /** Lowercase words that belong inside a source's noun phrase ("South Korea's intelligence agency"). */
  static final Set<String> SOURCE_WORDS = Lexicon.load("sources/source-words.tsv").terms("source");
  static final Set<String> TITLES = Lexicon.load("sources/titles.tsv").terms("title");
  static final Set<String> MEDIA = Lexicon.load("sources/media.tsv").terms("outlet");
  static final Set<String> STATES = Lexicon.load("sources/states.tsv").terms("state");
  private static final Set<String> GOVERNMENT_WORDS = Lexicon.load("sources/government.tsv").terms("government");

  /** Every source cue in the sentence, in order. */
  public List<Cue> cues(String sentence) {
    return cues(sentence, Gate.words(sentence), null);
  }

  /** As {@link #cues(String)}, with the sentence's lower-case words (and its tokens, when known) at hand. */
  List<Cue> cues(String sentence, Set<String> words, List<Token> tokens) {
    boolean anyVerb = false;
    for (String w : words) {
      anyVerb |= VERB_WORDS.contains(w);
    }
    boolean evidenceVerb = false;
    for (String w : EVIDENCE_VERBS) {
      evidenceVerb |= words.contains(w);
    }
    if (!anyVerb && !evidenceVerb && !words.contains("according") && !words.contains("by") && !words.contains("as") && !words.contains("citing")
        && !words.contains("quoting") && !words.contains("believed") && sentence.indexOf(':') < 0) {
      return List.of(); // no cue word at all: nothing below can match
    }
    List<Token> toks = tokens != null ? tokens : Token.of(sentence);
    List<Cue> out = new ArrayList<>();
    Matcher citing = CITING.matcher(sentence);
    while ((words.contains("citing") || words.contains("quoting")) && citing.find()) {
      String cited = phraseAfter(sentence, citing.end());
      String relay = relayBefore(toks, citing.start());
      if (cited != null) {
        SourceRef s = classify(cited, null);
        out.add(new Cue(citing.start(), new SourceRef(s.name(), s.role(), s.kind(), relay), isAnaphoric(sentence), false));
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    Matcher intro = QUOTE_INTRO.matcher(sentence);
    if (sentence.indexOf(':') >= 0 && intro.find()) {
      String np = trim(intro.group(1));
      if (!DOCUMENTS.contains(np.toLowerCase(Locale.ROOT)) && !PRONOUN.matcher(np).matches()) {
        out.add(new Cue(0, classify(np, null), false, false));
      }
    }
    Matcher acc = ACCORDING.matcher(sentence);
    while ((words.contains("according") || words.contains("as")) && acc.find()) {
      String np = phraseAfter(sentence, acc.end());
      if (np == null) {
        np = lowercasePhraseAfter(sentence, acc.end()); // "according to the farmers' union"
      }
      if (np != null) {
        Matcher owner = OWNERS_EVIDENCE.matcher(np);
        String spoken = owner.matches() ? owner.group(1) : np; // "the ministry's figures": the ministry
        Matcher relay = CITED_BY.matcher(sentence).region(Math.min(sentence.length(), acc.end() + np.length()), sentence.length());
        String via = relay.lookingAt() ? trim(relay.group(1)) : null;
        out.add(new Cue(acc.start(), classify(spoken, via), false, false));
      }
    }
    Matcher evidence = EVIDENCE_FROM.matcher(sentence);
    while (evidenceVerb && evidence.find()) {
      // "Data from the charity Shelter suggests", "The latest report from the audit office found"
      String np = phraseAfter(sentence, evidence.end());
      if (np != null && !insideAny(out, evidence.start(), sentence)) {
        out.add(new Cue(evidence.start(), classify(np, null), false, false));
      }
    }
    Matcher records = RECORDS_SHOW.matcher(sentence);
    while (evidenceVerb && records.find()) {
      // "court records show", "Interior Ministry data suggest": the records' keeper speaks through them; a capitalised
      // word that only opens the sentence ("New figures show") names no one
      String keeper = records.group(1).strip();
      boolean opener = records.start(1) == 0 && keeper.indexOf(' ') < 0 && !RECORD_KEEPERS.contains(keeper.toLowerCase(Locale.ROOT));
      if (!opener && !insideAny(out, records.start(1), sentence) && !overlapsCue(out, records.start(1), records.end())) {
        out.add(new Cue(records.start(1), classify(keeper + " " + records.group(2), null), false, false));
      }
    }
    Matcher by = BY.matcher(sentence);
    while (words.contains("by") && by.find()) {
      String np = phraseAfter(sentence, by.end());
      if (np != null) {
        out.add(new Cue(by.start(), classify(np, null), isAnaphoric(sentence), false));
      }
    }
    // One-word reporting verbs from the tokens; the few multi-word forms ("put the figure at") by pattern.
    boolean byCue = words.contains("by") && by.reset().find();
    for (int i = 0; anyVerb && i < toks.size(); i++) {
      Token t = toks.get(i);
      String w = t.lower();
      if (!VERB_WORDS.contains(w) || PHRASE_VERB_STARTS.contains(w) || w.equals("spoke")) {
        continue;
      }
      if (insideAny(out, t.start(), sentence) || byCue && overlapsBy(sentence, t.start())) {
        continue;
      }
      Cue c = verbCue(sentence, toks, t.start(), t.end());
      if (c != null) {
        out.add(c);
      }
    }
    boolean phraseVerb = false;
    for (String w : PHRASE_VERB_STARTS) {
      phraseVerb |= words.contains(w);
    }
    Matcher verb = VERB.matcher(sentence);
    while ((phraseVerb || words.contains("spoke")) && verb.find()) {
      String first = verb.group(1).toLowerCase(Locale.ROOT).split(" ")[0];
      if (!PHRASE_VERB_STARTS.contains(first) && !first.equals("spoke") || !verb.group(1).contains(" ")
          || insideAny(out, verb.start(), sentence)) {
        continue;
      }
      Cue c = verbCue(sentence, toks, verb.start(), verb.end());
      if (c != null) {
        out.add(c);
      }
    }
    Matcher headline = HEADLINE_SOURCE.matcher(sentence);
    if (out.isEmpty() && sentence.indexOf(':') > 0 && headline.find()) {
      // "Ebola outbreak has killed 33: Health ministry": a wire headline names its source after a colon
      SourceRef s = classify(headline.group(1), null);
      String name = headline.group(1);
      boolean acronym = ACRONYM_WORD.matcher(name).find(); // "IOM"; not a heading such as "Key figures"
      boolean body = s.kind() == SourceRef.Kind.GOVERNMENT || s.kind() == SourceRef.Kind.MEDIA
          || s.kind() == SourceRef.Kind.ORGANISATION && acronym || s.kind() == SourceRef.Kind.PERSON && name.contains(" ")
          && !DOCUMENTS.contains(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
      if (body && s.name() != null) {
        out.add(new Cue(headline.start(), s, false, false));
      }
    }
    if (out.isEmpty() && words.contains("it") && IMPERSONAL.matcher(sentence).find()) {
      out.add(new Cue(0, SourceRef.UNATTRIBUTED, false, false));
    }
    out.sort((a, b) -> Integer.compare(a.position(), b.position()));
    return out;
  }

  private static boolean overlapsBy(String sentence, int verbStart) {
    String rest = sentence.substring(verbStart).toLowerCase(Locale.ROOT);
    return WORD_THEN_BY.matcher(rest).lookingAt();
  }

  private static boolean insideAny(List<Cue> cues, int pos, String sentence) {
    for (Cue c : cues) {
      if (Math.abs(c.position() - pos) < 3) {
        return true;
      }
    }
    return false;
  }

  /** "This information was reported by X", "The figures were confirmed by Y": a cue that covers the sentence before. */
  static boolean isAnaphoric(String sentence) {
    return ANAPHORIC.matcher(sentence).lookingAt();
  }

  /**
   * ", the trade body UK Finance estimates.": the verb closes the sentence after a comma and a named or official
   * subject, so it is the attribution, not a noun ("in line with recent estimates.").
   */
  private static boolean invertedAtEnd(List<Token> toks, int vi) {
    if (vi < 1 || vi + 1 >= toks.size() || !Set.of(".", ";", "!").contains(toks.get(vi + 1).text())) {
      return false;
    }
    Token before = toks.get(vi - 1);
    if (!before.isCapitalised() && !SOURCE_WORDS.contains(before.lower())) {
      return false;
    }
    for (int i = vi - 2; i >= Math.max(0, vi - 10); i--) {
      if (toks.get(i).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  private Cue verbCue(String sentence, List<Token> toks, int verbStart, int verbEnd) {
    int vi = indexAt(toks, verbStart);
    if (vi < 0) {
      return null;
    }
    if (toks.get(vi).lower().startsWith("claim") && vi + 1 < toks.size() && Set.of("the", "lives", "responsibility",
        "victory", "credit").contains(toks.get(vi + 1).lower())) {
      return null; // "the floods have claimed the lives of 47", "claimed responsibility": no one says anything
    }
    if (Set.of("added", "adds", "adding").contains(toks.get(vi).lower()) && vi + 1 < toks.size()
        && (Character.isDigit(toks.get(vi + 1).text().charAt(0)) || toks.get(vi + 1).lower().equals("another"))) {
      return null; // "Employers added 12,400 jobs": a sum, no one speaking
    }
    if (AMBIGUOUS_VERBS.contains(toks.get(vi).lower()) && vi + 1 < toks.size()) {
      Token next = toks.get(vi + 1);
      boolean verbUse = AFTER_VERB.contains(next.lower()) || next.isCapitalised() || Character.isDigit(next.text().charAt(0))
          || toks.get(vi).lower().endsWith("ed") && !next.lower().equals("by") || invertedAtEnd(toks, vi);
      if (!verbUse) {
        return null;
      }
    }
    // "X said": the noun phrase right before the verb.
    int i = vi - 1;
    while (i >= 0 && SKIP_BEFORE_VERB.contains(toks.get(i).lower())) {
      i--;
    }
    if (i >= 0 && PRONOUN.matcher(toks.get(i).text()).matches()) {
      return new Cue(verbStart, null, false, true);
    }
    if (i >= 2 && Set.of("which", "who").contains(toks.get(i).lower()) && toks.get(i - 1).text().equals(",")) {
      // "The French coastguard, which has reported 48 deaths": the noun phrase the clause hangs from
      String head = nounPhraseBefore(sentence, toks, i - 2);
      head = head != null ? head : commonNounPhraseBefore(sentence, toks, i - 2);
      if (head != null) {
        return new Cue(toks.get(i).start(), classify(head, null), false, false);
      }
    }
    if (i >= 0 && toks.get(i).text().equals("it") && (i == 0 || !toks.get(i - 1).isWord()
        || Set.of("and", "but").contains(toks.get(i - 1).lower()))) {
      return new Cue(toks.get(i).start(), classify("it", null), false, false); // ", it said": the body named before
    }
    if (i > 0 && toks.get(i).text().equals(")")) {
      // "Deutsche Bank (DB - Analyst Report) announced": the name before the brackets
      int open = i;
      while (open > 0 && !toks.get(open).text().equals("(")) {
        open--;
      }
      i = open > 0 ? open - 1 : i;
    }
    String document = documentSubject(toks, i);
    if (document != null) {
      // "The UN report said", "the survey found", "the report said": the document speaks, with its owner if named
      return new Cue(toks.get(i).start(), new SourceRef(document, null, SourceRef.Kind.ORGANISATION, null), false, false);
    }
    String np = nounPhraseBefore(sentence, toks, i);
    if (np != null && np.indexOf(' ') < 0 && Tags.CLOSED.classOf(np.toLowerCase(Locale.ROOT)) != null) {
      return null; // "As noted in the programme": a conjunction, no one
    }
    if (np != null && isTime(np)) {
      // "The agency's figures released on Monday said": not Monday, the owner of the figures
      Matcher owner = OWNER_IN_CLAUSE.matcher(sentence.substring(0, verbStart));
      return owner.find() ? new Cue(owner.start(1), classify(owner.group(1), null), false, false) : null;
    }
    if (np != null && SHARE_OF_BEFORE.matcher(sentence.substring(0, Math.max(0,
        sentence.lastIndexOf(np, toks.get(i).end())))).find()) {
      return null; // "19 percent of Independents said the same": those polled, not a source
    }
    if (np != null) {
      return new Cue(toks.get(i).start(), withRole(classify(np, listener(sentence, toks, vi, verbEnd)), appositiveRole),
          false, false);
    }
    String common = commonNounSubject(toks, i);
    if (common != null) {
      return new Cue(toks.get(i).start(), classify(common, null), false, false);
    }
    Matcher informants = INFORMANTS.matcher(sentence.substring(0, verbStart));
    if (informants.find()) {
      // "two sources familiar with the matter told Reuters": anonymous sources, relayed by whom they told
      String who = trim(informants.group(1));
      return new Cue(informants.start(1), withRole(classify(who, listener(sentence, toks, vi, verbEnd)), null), false, false);
    }
    // "the health ministry in the enclave said": the body before a place phrase
    for (int k = i; k >= 1 && k >= i - 5; k--) {
      if (Set.of("in", "at", "from", "for").contains(toks.get(k).lower()) && SOURCE_HEADS.contains(toks.get(k - 1).lower())) {
        String body = nounPhraseBefore(sentence, toks, k - 1);
        if (body != null) {
          return new Cue(toks.get(k - 1).start(), classify(body, null), false, false);
        }
      }
      if (!toks.get(k).isWord()) {
        break;
      }
    }
    // "... and reported": the subject of the sentence.
    if (i >= 0 && toks.get(i).lower().equals("and")) {
      String subject = nounPhraseBefore(sentence, toks, firstNounPhraseEnd(toks));
      if (subject != null) {
        return new Cue(verbStart, classify(subject, null), false, false);
      }
    }
    // "said X", "reports the BBC", "writes news outlet Mandiner"; not "told X" (X listens) nor "wrote on Telegram".
    String verb = toks.get(vi).lower();
    String after = verb.equals("told") || verb.equals("tells") ? null : phraseAfter(sentence, verbEnd);
    if (after != null && PREPOSITION_START.matcher(after).lookingAt()) {
      after = null;
    }
    if (after != null && (i < 0 || ",".equals(toks.get(i).text()) || "\"".equals(toks.get(i).text())
        || "”".equals(toks.get(i).text()))) {
      return new Cue(verbStart, classify(after, null), false, false);
    }
    return null;
  }

  private String appositiveRole;

  /** "told the BBC", "told Reuters": an outlet that was told relays the claim. */
  private String listener(String sentence, List<Token> toks, int verbIndex, int verbEnd) {
    String verb = toks.get(verbIndex).lower();
    if (!verb.equals("told") && !verb.equals("tells")) {
      return null;
    }
    String after = phraseAfter(sentence, verbEnd);
    if (after == null || NOT_A_RELAY.matcher(after).find()) {
      return null; // "told a news conference", "told reporters": an audience, not an outlet that relays
    }
    if (classify(after, null).kind() == SourceRef.Kind.MEDIA) {
      return after;
    }
    // "told Reuters the plan could...": the capitalised name right after the verb, where the phrase runs on
    int j = verbIndex + 1;
    if (j < toks.size() && toks.get(j).lower().equals("the")) {
      j++;
    }
    int from = j;
    while (j < toks.size() && toks.get(j).isCapitalised() && toks.get(j).isWord()) {
      j++;
    }
    if (j == from) {
      return null;
    }
    String name = sentence.substring(toks.get(from).start(), toks.get(j - 1).end());
    return classify(name, null).kind() == SourceRef.Kind.MEDIA ? name : null;
  }

  /**
   * "The coastguard reported", "the rebels claimed": "the" and one or two lowercase nouns right before a reporting
   * verb, at the start of a clause. Documents ("the report said") do not count.
   */
  /** Documents that speak for whoever wrote them ("the report said", "the survey found"). */
  private static final Set<String> SPEAKING_DOCUMENTS = Lexicon.load("sources/speaking-documents.tsv").terms("document");

  /**
   * The document heading the subject that ends at {@code last}, with the capitalised names that own it ("UN report",
   * "Gallup poll"), or the document alone ("report"); null when the subject is no document.
   */
  private static String documentSubject(List<Token> toks, int last) {
    if (last < 0 || !SPEAKING_DOCUMENTS.contains(toks.get(last).lower())) {
      return null;
    }
    int j = last - 1;
    List<String> owner = new ArrayList<>();
    while (j >= 0 && last - j <= 5 && toks.get(j).isWord() && !Set.of("the", "a", "an", "its", "their", "this", "that")
        .contains(toks.get(j).lower())) {
      if (toks.get(j).isCapitalised()) {
        owner.add(0, toks.get(j).text());
      } else if (!Set.of("latest", "new", "annual", "official", "final", "global", "first", "quarterly", "monthly",
          "humanitarian", "recent").contains(toks.get(j).lower())) {
        return null; // "the figures in the report": a report that is no subject
      }
      j--;
    }
    if (j >= 0 && toks.get(j).isWord() && !Set.of("the", "a", "an", "its", "their", "this", "that")
        .contains(toks.get(j).lower())) {
      return null;
    }
    return owner.isEmpty() ? toks.get(last).lower() : String.join(" ", owner) + " " + toks.get(last).lower();
  }

  private static String commonNounSubject(List<Token> toks, int last) {
    for (int words = 1; words <= 3; words++) {
      int the = last - words;
      if (the < 0 || !toks.get(the).lower().equals("the")) {
        continue;
      }
      boolean clauseStart = the == 0 || Set.of(",", "and", "while", "but", ";", "\"", "“", "after", "before", "when",
          "as", "since", "because", "though", "although", "that").contains(toks.get(the - 1).lower());
      StringBuilder np = new StringBuilder();
      boolean ok = clauseStart;
      for (int j = the + 1; j <= last && ok; j++) {
        Token t = toks.get(j);
        // "the French coastguard": a capitalised modifier, a common noun at the head
        ok = t.isWord() && (!t.isCapitalised() || j < last) && !Character.isDigit(t.text().charAt(0)) && !t.lower().endsWith("ly")
            && !DOCUMENTS.contains(t.lower());
        np.append(np.length() == 0 ? "" : " ").append(t.text());
      }
      if (ok) {
        return np.toString();
      }
    }
    return null;
  }

  private static SourceRef withRole(SourceRef s, String role) {
    if (role == null || s.role() != null) {
      return s;
    }
    // An appositive makes a name a person ("John Marsh, head of the port authority"), not an organisation.
    SourceRef.Kind kind = s.kind() == SourceRef.Kind.ORGANISATION && ORG_HEADS.stream().noneMatch(
        h -> s.name().toLowerCase(Locale.ROOT).contains(h)) ? SourceRef.Kind.PERSON : s.kind();
    return new SourceRef(s.name(), role, kind == SourceRef.Kind.UNATTRIBUTED ? SourceRef.Kind.PERSON : kind, s.via());
  }

  private static int firstNounPhraseEnd(List<Token> toks) {
    int i = 0;
    while (i < toks.size() && (toks.get(i).isCapitalised() || SOURCE_WORDS.contains(toks.get(i).lower()))) {
      i++;
    }
    return i - 1;
  }

  private static int indexAt(List<Token> toks, int pos) {
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).start() == pos) {
        return i;
      }
    }
    return -1;
  }

  /** The source noun phrase ending at token {@code last}, walking back; an appositive role is skipped. */
  String nounPhraseBefore(String sentence, List<Token> toks, int last) {
    appositiveRole = null;
    if (last < 0) {
      return null;
    }
    int end = last;
    if (",".equals(toks.get(end).text())) {
      // "John Kirby, spokesman for the U.S. National Security Council, reported"
      int prevComma = end - 1;
      while (prevComma >= 0 && (!",".equals(toks.get(prevComma).text()) || isDigitGroupComma(toks, prevComma))) {
        prevComma--; // "60,000" is one number, its comma no clause boundary
      }
      if (prevComma > 0 && prevComma < end - 1) {
        String first = toks.get(prevComma + 1).lower();
        if (TITLES.contains(first) || first.equals("a") || first.equals("the") && TITLES.contains(toks.get(prevComma + 2).lower())) {
          appositiveRole = sentence.substring(toks.get(prevComma + 1).start(), toks.get(end - 1).end());
          end = prevComma - 1;
        } else if (Set.of("who", "which", "whose", "whom").contains(first)) {
          // "a Ukrainian commander, who asked not to be named, told the BBC": the speaker is before the clause.
          String np = nounPhraseBefore(sentence, toks, prevComma - 1);
          return np != null ? np : commonNounPhraseBefore(sentence, toks, prevComma - 1);
        } else if (allNameWords(toks, prevComma + 1, end - 1) && end - 1 - prevComma >= 2) {
          // "Kyiv's mayor, Vitali Klitschko, wrote": the name between the commas, the role before them.
          int roleStart = prevComma - 1;
          while (roleStart > 0 && toks.get(roleStart - 1).isWord() && !",".equals(toks.get(roleStart - 1).text())) {
            roleStart--;
          }
          appositiveRole = roleStart < prevComma
              ? trim(sentence.substring(toks.get(roleStart).start(), toks.get(prevComma - 1).end())) : null;
          return sentence.substring(toks.get(prevComma + 1).start(), toks.get(end - 1).end());
        } else {
          return null;
        }
      } else {
        return null;
      }
    }
    int start = end + 1;
    boolean sawCapital = false;
    for (int j = end; j >= 0; j--) {
      Token t = toks.get(j);
      boolean ok = t.isCapitalised() || SOURCE_WORDS.contains(t.lower()) || t.text().equals(".") && j > 0
          && toks.get(j - 1).text().length() == 1;
      if (!ok) {
        break;
      }
      sawCapital |= t.isCapitalised() && !Set.of("The", "A", "An", "In", "On", "At", "But", "And", "However", "Meanwhile")
          .contains(t.text());
      start = j;
    }
    if (start > end && end >= 0 && SOURCE_HEADS.contains(toks.get(end).lower())) {
      start = end;
    }
    while (start > 0 && start > end - 3 && isModifier(toks.get(start - 1)) && SOURCE_HEADS.contains(toks.get(end).lower())) {
      start--;
    }
    if (start > end || !sawCapital && !hasSourceNoun(toks, start, end) && !SOURCE_HEADS.contains(toks.get(end).lower())) {
      return null;
    }
    if (start >= 2 && allNameWords(toks, start, end) && Set.of("in", "at", "from").contains(toks.get(start - 1).lower())
        && SOURCE_HEADS.contains(toks.get(start - 2).lower())) {
      // "Health officials in Manitoba confirmed": the officials speak; the place says where they are
      String speakers = nounPhraseBefore(sentence, toks, start - 2);
      if (speakers != null) {
        return speakers;
      }
    }
    if (appositiveRole == null && start > 0 && end - start >= 1 && allNameWords(toks, start, end)) {
      // "County emergency director Helen Achebe": lowercase role words before the name, back to the clause start.
      int r = start;
      while (r > 0 && start - r < 4 && toks.get(r - 1).isWord() && !toks.get(r - 1).lower().endsWith("ly")
          && !Set.of("the", "a", "an", "and", "but", "that", "which", "who", "said", "says", "while").contains(toks.get(r - 1).lower())) {
        r--;
      }
      boolean clauseStart = r == 0 || Set.of(",", "the", "a", "an", "and", "while", "but", ";").contains(toks.get(r - 1).lower());
      if (r < start && clauseStart && !toks.get(start - 1).isCapitalised()) {
        appositiveRole = sentence.substring(toks.get(r).start(), toks.get(start - 1).end());
      }
    }
    return trim(sentence.substring(toks.get(start).start(), toks.get(end).end()));
  }

  /** "a Ukrainian commander", "the mayor": a determiner and up to three words, ending at {@code last}. */
  static String commonNounPhraseBefore(String sentence, List<Token> toks, int last) {
    for (int start = last; start >= 0 && last - start <= 3; start--) {
      String w = toks.get(start).lower();
      if (w.equals("a") || w.equals("an") || w.equals("the")) {
        return start < last ? trim(sentence.substring(toks.get(start).start(), toks.get(last).end())) : null;
      }
      if (!toks.get(start).isWord()) {
        return null;
      }
    }
    return null;
  }

  private static boolean isDigitGroupComma(List<Token> toks, int at) {
    return at > 0 && at + 1 < toks.size() && toks.get(at - 1).end() == toks.get(at).start()
        && toks.get(at).end() == toks.get(at + 1).start() && Character.isDigit(toks.get(at - 1).text().charAt(0))
        && Character.isDigit(toks.get(at + 1).text().charAt(0));
  }

  private static boolean allNameWords(List<Token> toks, int from, int to) {
    for (int j = from; j <= to; j++) {
      if (!toks.get(j).isCapitalised() || !isNameWord(toks.get(j).text())) {
        return false;
      }
    }
    return true;
  }

  /** Nouns that name a source on their own, with lowercase modifiers: "the fire service", "rescue officials". */
  static final Set<String> SOURCE_HEADS = Lexicon.load("sources/source-heads.tsv").terms("head");

  private static boolean isModifier(Token t) {
    String w = t.lower();
    return t.isWord() && !Set.of("the", "a", "an", "and", "or", "but", "that", "which", "who", "said", "says", ",")
        .contains(w) && !Character.isDigit(w.charAt(0)) && !w.endsWith("ly");
  }

  private static boolean hasSourceNoun(List<Token> toks, int from, int to) {
    for (int j = from; j <= to; j++) {
      String w = toks.get(j).lower();
      if (GOVERNMENT_WORDS.contains(w) || w.equals("sources") || w.equals("analysts") || w.equals("experts")) {
        return true;
      }
    }
    return false;
  }

  /** The outlet before ", citing": "reports the BBC", "reported by the BBC". */
  private String relayBefore(List<Token> toks, int citingStart) {
    int last = -1;
    for (int j = 0; j < toks.size(); j++) {
      if (toks.get(j).end() <= citingStart) {
        last = j;
      }
    }
    if (last >= 0 && Set.of("reported", "reports", "said", "says", "wrote", "writes", "added", "noted").contains(toks.get(last).lower())) {
      last--; // "Reuters reported, citing ..."
    }
    StringBuilder sb = new StringBuilder();
    for (int j = last; j >= 0 && toks.get(j).isCapitalised(); j--) {
      sb.insert(0, toks.get(j).text() + (sb.length() > 0 ? " " : ""));
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /** The noun phrase starting at {@code from}: up to a comma, "that", a verb-like word or the sentence end. */
  String phraseAfter(String sentence, int from) {
    String rest = sentence.substring(Math.min(from, sentence.length()));
    Matcher m = PHRASE.matcher(rest);
    if (!m.find()) {
      return null;
    }
    String np = trim(m.group(1));
    if (np.isEmpty() || !HAS_CAPITAL.matcher(np).find() && !startsWithSourceWord(np) && !endsWithSourceHead(np)) {
      return null;
    }
    return np.length() > 80 ? null : np;
  }

  /** "the transport ministry", "the regional council": a lowercase phrase whose head names a body. */
  private static boolean endsWithSourceHead(String np) {
    String last = np.substring(np.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return SOURCE_HEADS.contains(last);
  }

  /** A lowercase noun phrase of up to six words after a strong cue, up to punctuation or a clause word. */
  private static String lowercasePhraseAfter(String sentence, int from) {
    Matcher m = PHRASE.matcher(sentence.substring(Math.min(from, sentence.length())));
    if (!m.find()) {
      return null;
    }
    String np = trim(m.group(1));
    return np.isEmpty() || Gate.WHITESPACE.split(np).length > 6 || DOCUMENTS.contains(np.toLowerCase(Locale.ROOT)) ? null : np;
  }

  private static boolean startsWithSourceWord(String np) {
    String first = Gate.WHITESPACE.split(np)[0].toLowerCase(Locale.ROOT);
    return SOURCE_WORDS.contains(first) && !first.equals("of") && !first.equals("and") && !first.equals("for");
  }

  private static String trim(String np) {
    String s = TRAILING_PUNCT.matcher(np.strip()).replaceAll("").strip();
    s = LEADING_CONJUNCTION.matcher(s).replaceAll("");
    s = LEADING_ARTICLE.matcher(s).replaceAll("");
    s = LEADING_COUNT.matcher(s).replaceAll("");
    s = TRAILING_ADVERB.matcher(s).replaceAll("");
    return withoutPossessive(s);
  }

  /** Splits a phrase into name and role and decides the kind of source. */
  public SourceRef classify(String phrase, String via) {
    // "the IOM yesterday": the IOM; "the economy program announced": the programme
    String p = TRAILING_PARTICIPLE.matcher(TRAILING_TIME.matcher(phrase.strip()).replaceAll("")).replaceAll("");
    String lower = p.toLowerCase(Locale.ROOT);
    if (MEDIA.contains(lower) || MEDIA_WORD.matcher(lower).find()) {
      String name = MEDIA_PREFIX.matcher(p).replaceAll("");
      return new SourceRef(name, null, SourceRef.Kind.MEDIA, via);
    }
    if (STATES.contains(lower) || lower.startsWith("the ") && STATES.contains(lower.substring(4))) {
      return new SourceRef(p, null, SourceRef.Kind.GOVERNMENT, via);
    }
    String[] words = Gate.WHITESPACE.split(p);
    boolean governmentWord = false;
    for (String w : words) {
      String lw = withoutPossessive(w.toLowerCase(Locale.ROOT));
      governmentWord |= GOVERNMENT_WORDS.contains(lw) || STATES.contains(lw);
    }
    // A person: trailing capitalised words that are not titles, after optional titles ("Ukrainian President ...").
    int nameStart = words.length;
    while (nameStart > 0 && isNameWord(words[nameStart - 1])) {
      nameStart--;
    }
    int nameWords = words.length - nameStart;
    boolean titlesOnly = true;
    boolean roleWords = false;
    for (int i = 0; i < nameStart; i++) {
      String lw = withoutPossessive(words[i].toLowerCase(Locale.ROOT));
      titlesOnly &= TITLES.contains(lw) || isDemonym(words[i]);
      roleWords |= TITLES.contains(lw) || Character.isLowerCase(words[i].charAt(0));
    }
    boolean organisation = false;
    for (String w : words) {
      organisation |= ORG_HEADS.contains(w.toLowerCase(Locale.ROOT));
    }
    // A name after titles ("Ukrainian President ..."), or two or more name words after any role ("fire chief ...").
    boolean person = nameWords >= 1 && nameWords <= 4 && (titlesOnly || nameWords >= 2 && roleWords)
        || nameWords >= 2 && nameWords <= 4 && nameStart == 0;
    if (words.length == 1 && GROUP_NOUNS.contains(lower)) {
      person = false; // "Insurers estimate", "Economists expect": a group capitalised by the sentence, not a surname
    }
    if (person && !organisation && !(nameStart == 0 && governmentWord)) {
      String name = String.join(" ", java.util.Arrays.copyOfRange(words, nameStart, words.length));
      String role = nameStart == 0 ? null : String.join(" ", java.util.Arrays.copyOfRange(words, 0, nameStart));
      return new SourceRef(name, role, SourceRef.Kind.PERSON, via);
    }
    if (governmentWord || lower.contains("sources")) {
      return new SourceRef(p, null, SourceRef.Kind.GOVERNMENT, via);
    }
    return new SourceRef(p, null, SourceRef.Kind.ORGANISATION, via);
  }

  /** Plural nouns for groups that speak as one; capitalised at the start of a sentence they are no surname. */
  private static final Set<String> GROUP_NOUNS = Lexicon.load("sources/group-nouns.tsv").terms("group");

  /** Head nouns of organisations' names: "World Bank", "Red Cross", "Refugee Council". */
  static final Set<String> ORG_HEADS = Lexicon.load("sources/org-heads.tsv").terms("organisation");

  private static boolean isNameWord(String w) {
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return NAME_PARTICLES.contains(w);
    }
    String lw = w.toLowerCase(Locale.ROOT);
    return !TITLES.contains(lw) && !isDemonym(w) && !STATES.contains(lw) && !GOVERNMENT_WORDS.contains(lw)
        && !SOURCE_WORDS.contains(lw) && !ORG_HEADS.contains(lw) && !isPossessive(w) && !ACRONYM.matcher(w).matches();
  }

  static boolean isDemonym(String w) {
    return DEMONYMS.contains(w.toLowerCase(Locale.ROOT));
  }

  static final Set<String> DEMONYMS = Lexicon.load("sources/demonyms.tsv").terms("demonym");
}
