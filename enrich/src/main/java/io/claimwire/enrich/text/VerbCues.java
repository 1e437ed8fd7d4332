package io.claimwire.enrich.text;

import static io.claimwire.enrich.text.SourceNames.*;
import static io.claimwire.enrich.text.Speakers.*;

import io.claimwire.enrich.text.Attributor.Cue;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source of a reporting verb ("X said", "said X", "X told the BBC"): who speaks, read from the words before the
 * verb and, failing them, after it; or nobody, where the verb is used for something else ("claimed the lives of").
 */
final class VerbCues {
  private VerbCues() {}

  static final Pattern PREPOSITION_START = Pattern.compile("(?i)(?:on|in|at|to|for|with|from|about|after|during)\\b");

  /** "The NDMA's flood-related figures": the capitalised owner of figures, before the verb. */
  static final Pattern OWNER_IN_CLAUSE = Pattern.compile("(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,4})['’]s?"
      + "\\s+(?:[\\p{L}-]+\\s+){0,2}(?:figures|data|estimates?|count|tally|statistics|numbers|report|records|bulletin)\\b");

  /** "19 percent of", "a third of the": a share of a group stands before the noun phrase. */
  static final Pattern SHARE_OF_BEFORE = Pattern.compile("(?i)(?:percent|per cent|%|\\d|half|third|quarter)\\s+of\\s+"
      + "(?:the\\s+|all\\s+)?$");

  /** Whether text ends with "of", "of the" or "of all" and a space: the cheap test before {@link #SHARE_OF_BEFORE}. */
  private static boolean endsWithOfPhrase(String before) {
    String t = before.stripTrailing().toLowerCase(Locale.ROOT);
    return t.endsWith(" of") || t.endsWith(" of the") || t.endsWith(" of all");
  }

  /** Anonymous informants right before the reporting verb, with what they know. */
  static final Pattern INFORMANTS = Pattern.compile("(?i)(?:\\b(?:two|three|four|five|several|multiple|\\d+)\\s+)?"
      + "\\b((?:(?:senior|western|european|american|u\\.s\\.|government|security|industry|diplomatic)\\s+)?(?:sources|people"
      + "|officials|diplomats|insiders|persons)\\s+(?:familiar with|close to|with knowledge of|briefed on|involved in|aware of)"
      + "\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+)\\s*,?\\s*$");

  /** Verb forms that are as often nouns ("Recent estimates suggest"): a cue only when used as a verb. */
  static final Set<String> AMBIGUOUS_VERBS = Lexicon.load("sources/ambiguous-verbs.tsv").terms("ambiguous");

  static final Set<String> AFTER_VERB = Words.setOf("that", "the", "a", "an", "at", "more", "over", "about",
      "around", "up", "nearly", "some", "on", "in", "almost", "roughly", "approximately", "as", "fewer", "less", "to",
      ",", ":", "\"", "“", "this", "there", "it", "its", "his", "her", "their");

  static final Pattern PRONOUN = Pattern.compile("(?i)^(he|she|they)$");

  static final Set<String> SKIP_BEFORE_VERB = Lexicon.load("sources/speaker-gaps.tsv").terms("skip");
  static final Lexicon TIME_GAPS = Lexicon.load("sources/time-gaps.tsv");

  /**
   * Before the token at {@code i}: the index before a time phrase that ends there ("The ministry on Friday said",
   * "Police late on Sunday told"), or {@code i} when none does. The phrase holds a word that names when (a day, a
   * month, a part of the day; a date's digits go with it) and starts with a lead word or is that word alone
   * ("yesterday").
   */
  static int beforeTimePhrase(List<Token> toks, int i) {
    int j = i;
    boolean when = false;
    while (j >= 0 && (TIME_GAPS.is(toks.get(j).lower(), "time") || Character.isDigit(toks.get(j).text().charAt(0))
        && toks.get(j).text().length() <= 4)) {
      when |= TIME_GAPS.is(toks.get(j).lower(), "time");
      j--;
    }
    if (!when) {
      return i;
    }
    int k = j;
    while (k >= 0 && TIME_GAPS.is(toks.get(k).lower(), "lead")) {
      k--;
    }
    boolean alone = j == i - 1 && Set.of("yesterday", "today", "tonight").contains(toks.get(i).lower());
    return k < j || alone ? k : i;
  }

  /**
   * ", the trade body UK Finance estimates.": the verb closes the sentence after a comma and a named or official
   * subject, so it is the attribution, not a noun ("in line with recent estimates.").
   */
  static boolean invertedAtEnd(List<Token> toks, int vi) {
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

  /**
   * Whether the token is a word sources are named by ("officials", "police"), or the tagger reads it as a noun or a
   * pronoun (in a window of the sentence around it).
   */
  static boolean nounOrPronoun(String sentence, List<Token> toks, int t) {
    if (SOURCE_WORDS.contains(toks.get(t).lower())) {
      return true; // the tagger takes a sentence's first "Officials" for a verb
    }
    String tag = tagAt(sentence, toks, t);
    return "NOUN".equals(tag) || "PROPN".equals(tag) || "PRON".equals(tag);
  }

  /** The tagger's word class of the token at {@code k}, read in a window of a few words around it. */
  private static String tagAt(String sentence, List<Token> toks, int k) {
    int from = Math.max(0, k - 4);
    return PosTagger.tags(sentence, toks.subList(from, Math.min(toks.size(), k + 3)))[k - from];
  }

  /** Decided: the verb has no source (as against null, not decided yet). */
  static final Cue NONE = new Cue(-1, null, false, false);

  /** The source of the reporting verb at [{@code verbStart}, {@code verbEnd}), or null when it has none. */
  static Cue verbCue(String sentence, List<Token> toks, int verbStart, int verbEnd) {
    int vi = indexAt(toks, verbStart);
    if (vi < 0 || !reports(sentence, toks, vi) || nounBeforePunctuation(sentence, toks, vi)) {
      return null;
    }
    if (toks.get(vi).lower().endsWith("ing")) {
      return ParticipleCues.cue(sentence, toks, vi, verbStart, verbEnd);
    }
    return speakerOf(sentence, toks, vi, verbStart, verbEnd);
  }

  /** Who does the verb at token {@code vi}: "X said", "said X"; the cue stands at {@code verbStart}. */
  static Cue speakerOf(String sentence, List<Token> toks, int vi, int verbStart, int verbEnd) {
    // "X said": the noun phrase right before the verb.
    int i = vi - 1;
    while (i >= 0 && SKIP_BEFORE_VERB.contains(toks.get(i).lower())) {
      i--;
    }
    int t = beforeTimePhrase(toks, i);
    while (t >= 0 && t < i && SKIP_BEFORE_VERB.contains(toks.get(t).lower())) {
      t--; // "officials on Friday also said"
    }
    if (t >= 0 && t < i && nounOrPronoun(sentence, toks, t)) {
      i = t; // a speaker ends before the time phrase; "figures released on Monday said" keeps its own reading
    }
    i = beforeAge(sentence, toks, i);
    if (portionOfGroup(toks, i)) {
      return null; // "19 percent of independents said the same": what a poll found, not who claims it
    }
    Cue c = invertedAfterClause(sentence, toks, i, vi, verbStart, verbEnd);
    c = c != null ? c : atClauseEdge(sentence, toks, i, verbStart);
    if (c == null) {
      i = beforeBrackets(toks, i);
      c = namedBefore(sentence, toks, i, vi, verbStart, verbEnd);
    }
    if (c == null) {
      c = furtherBack(sentence, toks, i, vi, verbStart, verbEnd);
    }
    if (c == null) {
      c = after(sentence, toks, i, vi, verbStart, verbEnd);
    }
    return c == NONE ? null : c;
  }

  /**
   * "Tomas Reyes, 58, said", "the driver, 41, told police": the person before an age between commas ending at token
   * {@code i}; {@code i} itself where no age stands there.
   */
  static int beforeAge(String sentence, List<Token> toks, int i) {
    if (i < 3 || !toks.get(i).text().equals(",") || !toks.get(i - 2).text().equals(",")) {
      return i;
    }
    Token age = toks.get(i - 1);
    if (!Character.isDigit(age.text().charAt(0)) || age.text().length() > 3 || !age.text().chars().allMatch(Character::isDigit)) {
      return i;
    }
    return NotFigures.isAgeAppositive(sentence, age.start(), age.end(), Integer.parseInt(age.text())) ? i - 3 : i;
  }

  /** Portions of a group before "of" ({@code sources/portions.tsv}). */
  private static final Lexicon PORTIONS = Lexicon.load("sources/portions.tsv");

  /**
   * Whether the noun phrase that ends at token {@code end} is a portion of a group ("21 percent of Independents",
   * "half of the respondents", "3 in 10 of them"): a portion word or a number right before an "of" within it.
   */
  private static boolean portionOfGroup(List<Token> toks, int end) {
    for (int k = end; k >= 1 && end - k < 5 && toks.get(k).isWord(); k--) {
      if (toks.get(k).lower().equals("of")) {
        Token before = toks.get(k - 1);
        return PORTIONS.classOf(before.lower()) != null || Character.isDigit(before.text().charAt(0));
      }
    }
    return false;
  }


  /**
   * "in Kerala and Tamil Nadu states, the commissioner said": a word that is a verb or a noun, before a comma,
   * where the tagger reads a noun, is the noun.
   */
  static boolean nounBeforePunctuation(String sentence, List<Token> toks, int vi) {
    if (!ambiguous(toks.get(vi).lower()) || vi + 1 >= toks.size() || !",".equals(toks.get(vi + 1).text())) {
      return false;
    }
    String tag = tagAt(sentence, toks, vi);
    return "NOUN".equals(tag) || "PROPN".equals(tag);
  }

  /**
   * Whether a reporting verb's form is as often something else: listed ("estimated", "reported"), or read by the
   * dictionary as a noun too ("notes", "claims", "estimate") unless news uses it as the verb ("says").
   */
  static boolean ambiguous(String w) {
    // a participle ("saying") reports only after a comma (participleCue), which tells it from the noun
    return AMBIGUOUS_VERBS.contains(w) || !w.endsWith("ing") && Attributor.REPORTING.is(w, "verb") && Lemmas.isNoun(w);
  }

  /** Whether a word is {@code lemma} or one of its forms. */
  private static boolean isFormOf(String w, String lemma) {
    if (w.equals(lemma)) {
      return true;
    }
    for (Lemmas.Reading r : Lemmas.of(w)) {
      if (r.lemma().equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the verb reports speech here: not "claimed the lives", "added 12,400 jobs", a noun such as "estimates". */
  static boolean reports(String sentence, List<Token> toks, int vi) {
    if (VerbUse.namesNoSpeaker(toks, vi)) {
      return false; // "an estimated £7.4bn", "was estimated at", "Sales expected to top": no one speaking
    }
    if (toks.get(vi).lower().startsWith("claim") && vi + 1 < toks.size() && Set.of("the", "lives", "responsibility",
        "victory", "credit").contains(toks.get(vi + 1).lower())) {
      return false; // "the floods have claimed the lives of 47", "claimed responsibility": no one says anything
    }
    if (isFormOf(toks.get(vi).lower(), "add") && vi + 1 < toks.size()
        && (startsFigure(toks, vi + 1) || Set.of("another", "to", "up").contains(toks.get(vi + 1).lower()))) {
      return false; // "Employers added 12,400 jobs", "will add £96 a year", "will add to the count": a sum
    }
    if (ambiguous(toks.get(vi).lower()) && vi + 1 < toks.size()) {
      Token next = toks.get(vi + 1);
      return AFTER_VERB.contains(next.lower()) || next.isCapitalised() || Character.isDigit(next.text().charAt(0))
          || toks.get(vi).lower().endsWith("ed") && !next.lower().equals("by") || invertedAtEnd(toks, vi)
          || vi > 1 && toks.get(vi - 1).isCapitalised() && "VERB".equals(tagAt(sentence, toks, vi)) // "Network Rail estimates each"
          || vi > 1 && toks.get(vi - 1).isCapitalised() && vi + 2 < toks.size() && next.isWord() && !next.isCapitalised()
          && Set.of("VERB", "AUX").contains(tagAt(sentence, toks, vi + 2)) // "the Association estimates councils face"
          || VerbUse.objectOfAmount(toks, vi) || VerbUse.afterPerfect(toks, vi);
    }
    return true;
  }

  /** Whether a figure starts at token {@code k}: a digit, or a currency sign before one ("£96"). */
  static boolean startsFigure(List<Token> toks, int k) {
    char c = toks.get(k).text().charAt(0);
    return Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL && k + 1 < toks.size()
        && Character.isDigit(toks.get(k + 1).text().charAt(0));
  }

  /** A pronoun, a "which" clause or "it" right before the verb ({@code i}): the speaker they stand for. */
  static Cue atClauseEdge(String sentence, List<Token> toks, int i, int verbStart) {
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
    if (i >= 0 && toks.get(i).lower().equals("it") && (i == 0 || !toks.get(i - 1).isWord()
        || Set.of("and", "but").contains(toks.get(i - 1).lower()))) {
      return new Cue(toks.get(i).start(), classify("it", null), false, false); // ", it said": the body named before
    }
    return null;
  }

  /** "Deutsche Bank (DB - Analyst Report) announced": the token before the brackets that end at {@code i}. */
  static int beforeBrackets(List<Token> toks, int i) {
    if (i > 0 && toks.get(i).text().equals(")")) {
      int open = i;
      while (open > 0 && !toks.get(open).text().equals("(")) {
        open--;
      }
      return open > 0 ? open - 1 : i;
    }
    return i;
  }

  /** A document or a named noun phrase ending at {@code i}; {@link #NONE} where that phrase rules a source out. */
  static Cue namedBefore(String sentence, List<Token> toks, int i, int vi, int verbStart, int verbEnd) {
    String document = DocumentSpeakers.documentSubject(toks, i);
    if (document != null) {
      // "The UN report said", "the survey found", "the report said": the document speaks, with its owner if named
      return new Cue(toks.get(i).start(), new SourceRef(document, null, SourceRef.Kind.ORGANISATION, null), false, false);
    }
    NounPhrase subject = withRoleBefore(sentence, toks, i);
    String np = subject.text();
    if (np == null) {
      return null;
    }
    if (np.indexOf(' ') < 0 && Tags.CLOSED.classOf(np.toLowerCase(Locale.ROOT)) != null && !ACRONYM.matcher(np).matches()) {
      return NONE; // "As noted in the programme": a conjunction, no one
    }
    if (isTime(np)) {
      // "The agency's figures released on Monday said": not Monday, the owner of the figures
      Matcher owner = OWNER_IN_CLAUSE.matcher(sentence.substring(0, verbStart));
      return owner.find() ? new Cue(owner.start(1), classify(owner.group(1), null), false, false) : NONE;
    }
    String before = sentence.substring(0, Math.max(0, sentence.lastIndexOf(np, toks.get(i).end())));
    if (endsWithOfPhrase(before) && SHARE_OF_BEFORE.matcher(before).find()) {
      return NONE; // "19 percent of Independents said the same": those polled, not a source
    }
    SourceRef ref = classify(np, listener(sentence, toks, vi, verbEnd));
    if (subject.role() != null && ref.kind() == SourceRef.Kind.PERSON && describesABody(subject.role())) {
      // "the state news agency WAFA": the body its role names, not a person
      ref = new SourceRef(ref.name(), ref.role(), classify(subject.role() + " " + np, null).kind(), ref.via());
    }
    return new Cue(toks.get(i).start(), withRole(ref, subject.role()), false, false);
  }

  /** A common noun subject, anonymous informants, a body before a place phrase, or the subject before "and". */
  static Cue furtherBack(String sentence, List<Token> toks, int i, int vi, int verbStart, int verbEnd) {
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
      if (Set.of("in", "at", "from", "for").contains(toks.get(k).lower()) && isSourceHead(toks.get(k - 1).lower())) {
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
    return null;
  }

  /** "said X", "reports the BBC", "writes news outlet Mandiner"; not "told X" (X listens) nor "wrote on Telegram". */
  /**
   * "fought the blaze, which destroyed a warehouse, said fire chief Tomas Rell": after a comma that closes a clause
   * of its own, a named speaker after the verb speaks, not a noun of that clause; null when there is none.
   */
  private static final Set<String> CLAUSE_RELATIVES = Words.setOf("which", "who", "that");

  private static Cue invertedAfterClause(String sentence, List<Token> toks, int i, int vi, int verbStart, int verbEnd) {
    if (i < 2 || !",".equals(toks.get(i).text()) || vi + 1 >= toks.size()
        || !CLAUSE_RELATIVES.contains(toks.get(Speakers.previousComma(toks, i) + 1).lower())) {
      return null;
    }
    Cue c = after(sentence, toks, i, vi, verbStart, verbEnd);
    return c == NONE || c.source() == null || c.source().name() == null
        || !HAS_CAPITAL.matcher(c.source().name()).find() && !endsWithSourceHead(c.source().name()) ? null : c;
  }

  static Cue after(String sentence, List<Token> toks, int i, int vi, int verbStart, int verbEnd) {
    String verb = toks.get(vi).lower();
    String after = verb.equals("told") || verb.equals("tells") ? null : phraseAfter(sentence, verbEnd);
    if (after != null && PREPOSITION_START.matcher(after).lookingAt()) {
      after = null;
    }
    if (after != null && (i < 0 || ",".equals(toks.get(i).text()) || "\"".equals(toks.get(i).text())
        || "”".equals(toks.get(i).text()))) {
      return new Cue(verbStart, classify(after, null), false, false);
    }
    return NONE;
  }

  static int indexAt(List<Token> toks, int pos) {
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).start() == pos) {
        return i;
      }
    }
    return -1;
  }
}
