package io.claimwire.enrich.text;

import static io.claimwire.enrich.text.SourceNames.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrase that speaks around a reporting cue: the noun phrase before a verb (with the role an appositive gives
 * it), the phrase after "said" or "according to", a document and its owner, the outlet a claim was told to.
 */
final class Speakers {
  /** Capitalised words that open a sentence rather than name someone. */
  private static final Set<String> SENTENCE_OPENERS = Words.setOf("The", "A", "An", "In", "On", "At", "But", "And",
      "However", "Meanwhile");
  /** Words that end a run of modifiers before a source noun. */
  private static final Set<String> NOT_MODIFIERS = Words.setOf("the", "a", "an", "and", "or", "but", "that", "which",
      "who", "said", "says", ",");
  private Speakers() {}

  /** A speaker's noun phrase (null when there is none) and the role an appositive or the words before it give. */
  record NounPhrase(String text, String role) {}

  static final Pattern HAS_CAPITAL = Pattern.compile("\\b\\p{Lu}");

  static final Pattern NOT_A_RELAY = Pattern.compile("(?i)\\b(?:conference|briefing|reporters|journalists|parliament"
      + "|lawmakers|legislators|committee|hearing|audience|crowd)\\b");

  static final Pattern PHRASE = Pattern.compile("^\\s*((?:the |an? )?[\\p{L}\\p{N}'’.&()-]+(?: [\\p{L}\\p{N}'’.&()-]+){0,8}?)"
      + "(?=\\s*(?:,|;|:|(?<!\\b\\p{Lu})\\.(?:\\s|$)|\\bthat\\b|\\bwho\\b|\\bon\\b|\\bin\\b|\\bat\\b|\\bwhen\\b|\\bafter\\b"
      + "|\\bcited\\b|\\bquoted\\b|\\bshow(?:s|ed|n)?\\b|\\bsuggest(?:s|ed)?\\b|\\bfound\\b|\\bfinds\\b"
      + "|\\bindicate(?:s|d)?\\b|\\breveal(?:s|ed)?\\b|\\bputs?\\b(?=\\s+\\p{Ll})"
      + "|\\bas\\b|\\bis\\b|\\bare\\b|\\bwas\\b|\\bwere\\b|\\bhas\\b|\\bhave\\b|\\bhad\\b|$))");

  /** "told the BBC", "told Reuters": an outlet that was told relays the claim. */
  static String listener(String sentence, List<Token> toks, int verbIndex, int verbEnd) {
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

  private static final Set<String> ARTICLES = Words.setOf("the", "a", "an");

  /**
   * "The coastguard reported", "the rebels claimed", "a local radio station reported": an article and one or two
   * lowercase nouns right before a reporting verb, at the start of a clause. Documents ("the report said") do not
   * count.
   */
  static String commonNounSubject(List<Token> toks, int last) {
    for (int words = 1; words <= 3; words++) {
      int the = last - words;
      if (the < 0 || !ARTICLES.contains(toks.get(the).lower())) {
        continue; // "the coastguard reported", "a local radio station reported"
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

  static int firstNounPhraseEnd(List<Token> toks) {
    int i = 0;
    while (i < toks.size() && (toks.get(i).isCapitalised() || SOURCE_WORDS.contains(toks.get(i).lower()))) {
      i++;
    }
    return i - 1;
  }

  /** The source noun phrase ending at token {@code last}, walking back; an appositive role is skipped. */
  static String nounPhraseBefore(String sentence, List<Token> toks, int last) {
    return withRoleBefore(sentence, toks, last).text();
  }

  /** As {@link #nounPhraseBefore}, with the role an appositive or the lowercase words before the name give. */
  static NounPhrase withRoleBefore(String sentence, List<Token> toks, int last) {
    if (last < 0) {
      return new NounPhrase(null, null);
    }
    int end = Asides.pastAsides(toks, last);
    String role = null;
    if (",".equals(toks.get(end).text())) {
      NounPhrase between = betweenCommas(sentence, toks, end);
      if (between != null) {
        return between;
      }
      // "John Kirby, spokesman for the U.S. National Security Council, reported": the role between the commas
      int prevComma = previousComma(toks, end);
      role = sentence.substring(toks.get(prevComma + 1).start(), toks.get(end - 1).end());
      end = prevComma - 1;
    }
    int nameStart = end + 1;
    while (nameStart > 0 && toks.get(nameStart - 1).isCapitalised()) {
      nameStart--;
    }
    NounPhrase placed = toks.get(end).isWord() ? PlacedSpeakers.before(sentence, toks, nameStart, end) : null;
    if (placed != null && placed.text() != null) {
      return placed; // the people before a place speak ("Doctors in the state of Kestrel say")
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
      sawCapital |= t.isCapitalised() && !SENTENCE_OPENERS.contains(t.text());
      start = j;
    }
    if (start > end && end >= 0 && isSourceHead(toks.get(end).lower())) {
      start = end;
    }
    nameStart = Math.max(nameStart, start);
    String descriptor = nameStart == end ? Asides.descriptor(sentence, toks, end) : null;
    if (nameStart > start && end > nameStart && allNameWords(toks, nameStart, end)
        && !(nameStart - 2 >= start && FigureSources.NAME_JOINERS.contains(toks.get(nameStart - 1).lower())
        && toks.get(nameStart - 2).isCapitalised())) { // "Customs and Border Protection": one name, no role
      start = nameStart; // "fire service chief Dana Holt said": the lowercase words are her role, not her name
    } else if (descriptor != null) {
      // "the national weather service Meteo-France said", "agency AEMET": a body's one-word name after what it is
      role = role != null ? role : descriptor;
      start = end;
    }
    while (start > 0 && start > end - 3 && isModifier(toks.get(start - 1)) && isSourceHead(toks.get(end).lower())) {
      start--;
    }
    if (start > end || !sawCapital && !hasSourceNoun(toks, start, end) && !isSourceHead(toks.get(end).lower())) {
      return new NounPhrase(null, role);
    }
    role = placed != null && placed.role() != null ? placed.role() : role; // failing the speakers, their role stays
    return new NounPhrase(trim(sentence.substring(toks.get(start).start(), toks.get(end).end())),
        role != null ? role : roleBeforeName(sentence, toks, start, end));
  }

  /** The comma before the one at {@code end}, skipping the commas inside a number ("60,000"); -1 when none. */
  static int previousComma(List<Token> toks, int end) {
    int prevComma = end - 1;
    while (prevComma >= 0 && (!",".equals(toks.get(prevComma).text()) || isDigitGroupComma(toks, prevComma))) {
      prevComma--;
    }
    return prevComma;
  }

  /**
   * A subject that ends in a comma: null when what lies between the commas is a role (the caller reads the name
   * before it), else the answer: the speaker before a "who" clause, a name between commas with the role before it
   * ("Kyiv's mayor, Vitali Klitschko, wrote"), or no phrase at all.
   */
  static NounPhrase betweenCommas(String sentence, List<Token> toks, int end) {
    int prevComma = previousComma(toks, end);
    if (prevComma <= 0 || prevComma >= end - 1) {
      return new NounPhrase(null, null);
    }
    String first = toks.get(prevComma + 1).lower();
    int titled = prevComma + 1;
    while (titled < end - 1 && TITLES.contains(toks.get(titled).lower())) {
      titled++; // "The agency head, Colonel Idris Demir, said": a title and then a name between the commas
    }
    if (titled > prevComma + 1 && titled < end && allNameWords(toks, titled, end - 1) && prevComma > 0) {
      return new NounPhrase(sentence.substring(toks.get(titled).start(), toks.get(end - 1).end()),
          trim(sentence.substring(toks.get(prevComma + 1).start(), toks.get(titled - 1).end())));
    }
    if (TITLES.contains(first) || first.equals("a") || first.equals("an")
        || first.equals("the") && TITLES.contains(toks.get(prevComma + 2).lower())) {
      return null;
    }
    if (clauseAside(toks, prevComma + 1)) {
      // "a Ukrainian commander, who asked not to be named, told the BBC": the speaker is before the clause; so with
      // "Two officials, speaking on condition of anonymity, said"
      int aged = VerbCues.beforeAge(sentence, toks, prevComma); // "Maria Lopes, 62, who runs the shelter, said"
      NounPhrase np = withRoleBefore(sentence, toks, aged < prevComma ? aged : prevComma - 1);
      return np.text() != null ? np : new NounPhrase(commonNounPhraseBefore(sentence, toks, prevComma - 1), np.role());
    }
    if (allNameWords(toks, prevComma + 1, end - 1) && end - 1 - prevComma >= 2) {
      int roleStart = prevComma - 1;
      while (roleStart > 0 && toks.get(roleStart - 1).isWord() && !",".equals(toks.get(roleStart - 1).text())) {
        roleStart--;
      }
      String role = roleStart < prevComma ? trim(sentence.substring(toks.get(roleStart).start(), toks.get(prevComma - 1).end())) : null;
      return new NounPhrase(sentence.substring(toks.get(prevComma + 1).start(), toks.get(end - 1).end()), role);
    }
    return new NounPhrase(null, null);
  }

  /** An aside that opens with a relative ("who asked not to be named") or a lowercase participle, at token {@code k}. */
  static boolean clauseAside(List<Token> toks, int k) {
    return Set.of("who", "which", "whose", "whom").contains(toks.get(k).lower()) || participleAside(toks, k);
  }

  /** An aside that opens with a lowercase participle: "speaking on condition of anonymity", "asked about the cost". */
  private static boolean participleAside(List<Token> toks, int k) {
    String w = toks.get(k).text();
    return !toks.get(k).isCapitalised() && w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed"))
        && Lemmas.isVerb(w.toLowerCase(Locale.ROOT));
  }

  /** "County emergency director Helen Achebe": lowercase role words before a name, back to the clause start. */
  static String roleBeforeName(String sentence, List<Token> toks, int start, int end) {
    if (start <= 0 || end - start < 1 || !allNameWords(toks, start, end)) {
      return null;
    }
    int r = start;
    while (r > 0 && start - r < 4 && toks.get(r - 1).isWord() && !toks.get(r - 1).lower().endsWith("ly")
        && !Set.of("the", "a", "an", "and", "but", "that", "which", "who", "said", "says", "while").contains(toks.get(r - 1).lower())) {
      r--;
    }
    boolean clauseStart = r == 0 || Set.of(",", "the", "a", "an", "and", "while", "but", ";").contains(toks.get(r - 1).lower());
    return r < start && clauseStart && !toks.get(start - 1).isCapitalised()
        ? sentence.substring(toks.get(r).start(), toks.get(start - 1).end()) : null;
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

  static boolean isDigitGroupComma(List<Token> toks, int at) {
    return at > 0 && at + 1 < toks.size() && toks.get(at - 1).end() == toks.get(at).start()
        && toks.get(at).end() == toks.get(at + 1).start() && Character.isDigit(toks.get(at - 1).text().charAt(0))
        && Character.isDigit(toks.get(at + 1).text().charAt(0));
  }

  static boolean allNameWords(List<Token> toks, int from, int to) {
    for (int j = from; j <= to; j++) {
      if (!toks.get(j).isCapitalised() || !isNameWord(toks.get(j).text())) {
        return false;
      }
    }
    return true;
  }

  /** Nouns that name a source on their own, with lowercase modifiers: "the fire service", "rescue officials". */
  /** Head nouns of a source's phrase, by base form: "official" finds "officials" ({@code sources/source-heads.tsv}). */
  private static final Lexicon SOURCE_HEADS = Lexicon.loadInflected("sources/source-heads.tsv", "head");

  /**
   * Whether a word (lower case) is the head noun of a source's phrase ("ministry", "officials", "regulators"), or a
   * group that speaks together ("opposition councillors said", {@code sources/group-nouns.tsv}).
   */
  static boolean isSourceHead(String w) {
    return SOURCE_HEADS.is(w, "head") || GROUP_NOUNS.contains(w);
  }

  static boolean isModifier(Token t) {
    String w = t.lower();
    return t.isWord() && !NOT_MODIFIERS.contains(w) && !Character.isDigit(w.charAt(0)) && !w.endsWith("ly");
  }

  static boolean hasSourceNoun(List<Token> toks, int from, int to) {
    for (int j = from; j <= to; j++) {
      String w = toks.get(j).lower();
      if (GOVERNMENT_WORDS.contains(w) || w.equals("sources") || w.equals("analysts") || w.equals("experts")) {
        return true;
      }
    }
    return false;
  }

  /** The outlet before ", citing": "reports the BBC", "reported by the BBC". */
  static String relayBefore(List<Token> toks, int citingStart) {
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
  static String phraseAfter(String sentence, int from) {
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
  static boolean endsWithSourceHead(String np) {
    String last = np.substring(np.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return isSourceHead(last);
  }

  /** What may follow a document's name in a long phrase: where and when it was published ("for England and Wales"). */
  private static final Pattern DOCUMENT_TAIL = Pattern.compile("\\s(?:for|from|published|released|compiled|issued)\\b");

  /** A lowercase noun phrase of up to six words after a strong cue, up to punctuation or a clause word. */
  static String lowercasePhraseAfter(String sentence, int from) {
    String rest = sentence.substring(Math.min(from, sentence.length()));
    Matcher m = PHRASE.matcher(rest);
    if (!m.find()) {
      Matcher tail = DOCUMENT_TAIL.matcher(rest); // a phrase too long for a name: the document before where it was published
      if (!tail.find() || rest.substring(0, tail.start()).contains(" by ") || rest.startsWith("by ", tail.end() + 1)
          || !(m = PHRASE.matcher(rest.substring(0, tail.start()))).find()) { // "published by X": X's, read elsewhere
        return null;
      }
    }
    String np = trim(m.group(1));
    Matcher tail = DOCUMENT_TAIL.matcher(np);
    if (Gate.WHITESPACE.split(np).length > 6 && tail.find() && !np.contains(" by ")) {
      np = trim(np.substring(0, tail.start())); // "police recorded crime figures for England and Wales published today"
    }
    String lower = np.toLowerCase(Locale.ROOT);
    // "according to the figures" names no one; "according to the poll" names the poll, as "the poll said" would
    return np.isEmpty() || Gate.WHITESPACE.split(np).length > 6
        || DOCUMENTS.contains(lower) && !DocumentSpeakers.SPEAKING_DOCUMENTS.contains(lower) ? null : np;
  }

  static boolean startsWithSourceWord(String np) {
    String first = Gate.WHITESPACE.split(np)[0].toLowerCase(Locale.ROOT);
    return SOURCE_WORDS.contains(first) && !first.equals("of") && !first.equals("and") && !first.equals("for");
  }
}
