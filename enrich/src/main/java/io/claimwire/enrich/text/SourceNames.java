package io.claimwire.enrich.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a phrase that speaks is: a person with a name and a role, an organisation, a government body or an outlet,
 * decided from the words of the phrase and the lexicons of titles, demonyms, states and organisation heads.
 */
final class SourceNames {
  /** Words around a time word in a phrase of time ("on Tuesday", "last week"). */
  private static final Set<String> TIME_MODIFIERS = Words.setOf("on", "last", "this", "next", "early", "late", "the");
  private SourceNames() {}

  static final Pattern TRAILING_PUNCT = Pattern.compile("[.,;:]+$");

  static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?i)(while|whereas|but|and|as|although|though|yet)\\s+");

  static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");

  static final Pattern LEADING_COUNT = Pattern.compile("^(?i)(two|three|four|five|several|multiple|many|some|other|\\d+)\\s+(?=\\p{L})");

  static final Pattern TRAILING_TIME = Pattern.compile("(?i)(?<=\\S)\\s+(?:on\\s+)?(?:yesterday|today|monday|tuesday|"
      + "wednesday|thursday|friday|saturday|sunday|last week|last month|last year)$");

  static final Pattern TRAILING_PARTICIPLE = Pattern.compile("(?<=\\S)\\s+\\p{Ll}+ed$");

  static final Pattern TRAILING_ADVERB = Pattern.compile("(?i)\\s+(also|earlier)$");

  /** "Ukraine's" ends in a possessive. */
  static boolean isPossessive(String w) {
    int n = w.length();
    return n >= 2 && w.charAt(n - 1) == 's' && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '’');
  }

  static String withoutPossessive(String w) {
    return isPossessive(w) ? w.substring(0, w.length() - 2) : w;
  }

  /** As {@link #withoutPossessive}, and a plural's bare apostrophe too: "councils’" gives "councils". */
  static String withoutAnyPossessive(String w) {
    String bare = withoutPossessive(w);
    return bare == w && w.length() > 1 && (w.endsWith("'") || w.endsWith("’")) ? w.substring(0, w.length() - 1) : bare;
  }

  static final Pattern MEDIA_WORD = Pattern.compile("\\b(news|newspaper|outlet|radio|television|tv|times|post|gazette|"
      + "journal|daily|magazine|broadcaster)\\b");

  static final Pattern MEDIA_PREFIX = Pattern.compile("^(?i)(\\p{Lu}\\p{L}+ )?(news outlet|newspaper|outlet|broadcaster|daily|magazine) ");

  static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");

  static final Set<String> NAME_PARTICLES = Lexicon.load("sources/name-particles.tsv").terms("particle");

  /** A phrase of time words only ("Monday", "on Tuesday", "yesterday"): never a source. */
  static boolean isTime(String phrase) {
    for (String w : Gate.WHITESPACE.split(phrase.strip().toLowerCase(Locale.ROOT))) {
      if (!Holder.WORDS.is(w, "time") && !TIME_MODIFIERS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Lowercase words that belong inside a source's noun phrase ("South Korea's intelligence agency"). */
  static final Set<String> SOURCE_WORDS = Lexicon.load("sources/source-words.tsv").terms("source");

  private static final Lexicon TITLE_WORDS = Lexicon.load("sources/titles.tsv");
  /** Every word of a title, a role or a word that opens one ({@code sources/titles.tsv}). */
  static final Set<String> TITLES = Words.union(TITLE_WORDS.terms("title"), TITLE_WORDS.terms("modifier"));
  /** Title words that only open a longer title ("National", "Foreign"): no surname follows them alone. */
  private static final Set<String> TITLE_MODIFIERS = TITLE_WORDS.terms("modifier");

  static final Set<String> MEDIA = Lexicon.load("sources/media.tsv").terms("outlet");

  static final Set<String> STATES = Lexicon.load("sources/states.tsv").terms("state");

  static final Set<String> GOVERNMENT_WORDS = Lexicon.load("sources/government.tsv").terms("government");

  static SourceRef withRole(SourceRef s, String role) {
    if (role == null || s.role() != null) {
      return s;
    }
    // An appositive makes a name a person ("John Marsh, head of the port authority"), not an organisation.
    SourceRef.Kind kind = s.kind() == SourceRef.Kind.ORGANISATION && !describesABody(role) && ORG_HEADS.stream().noneMatch(
        h -> s.name().toLowerCase(Locale.ROOT).contains(h)) ? SourceRef.Kind.PERSON : s.kind();
    return new SourceRef(s.name(), role, kind == SourceRef.Kind.UNATTRIBUTED ? SourceRef.Kind.PERSON : kind, s.via());
  }

  /** "state news agency" (WAFA), not "head of the port authority" (John Marsh): a bare compound that ends in a body. */
  static boolean describesABody(String role) {
    String r = " " + role.toLowerCase(Locale.ROOT) + " ";
    return Speakers.endsWithSourceHead(role) && !r.contains(" of ") && !r.contains(" for ") && !r.contains(",");
  }

  static String trim(String np) {
    String s = TRAILING_PUNCT.matcher(np.strip()).replaceAll("").strip();
    s = LEADING_CONJUNCTION.matcher(s).replaceAll("");
    s = LEADING_ARTICLE.matcher(s).replaceAll("");
    s = LEADING_COUNT.matcher(s).replaceAll("");
    s = TRAILING_ADVERB.matcher(s).replaceAll("");
    return withoutPossessive(s);
  }

  /** Splits a phrase into name and role and decides the kind of source. */
  static SourceRef classify(String phrase, String via) {
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
    if (nameWords == 1 && nameStart > 0 && TITLE_MODIFIERS.contains(withoutPossessive(
        words[nameStart - 1].toLowerCase(Locale.ROOT)))) {
      person = false; // "National Highways", "US Treasury": a body's name, not a surname after a title
    }
    if (nameStart >= 2 && FigureSources.NAME_JOINERS.contains(words[nameStart - 1])
        && Character.isUpperCase(words[nameStart - 2].charAt(0))) {
      person = false; // "Customs and Border Protection": "and" between capitals joins one body's name
    }
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
  static final Set<String> GROUP_NOUNS = Lexicon.load("sources/group-nouns.tsv").terms("group");

  /** Head nouns of organisations' names: "World Bank", "Red Cross", "Refugee Council". */
  static final Set<String> ORG_HEADS = Lexicon.load("sources/org-heads.tsv").terms("organisation");

  /** Generational suffixes that end a person's name ({@code sources/name-suffixes.tsv}), as written. */
  private static final Lexicon NAME_SUFFIXES = Lexicon.load("sources/name-suffixes.tsv");

  static boolean isNameWord(String w) {
    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && NAME_SUFFIXES.classOf(w) != null) {
      return true; // "III", "Jr."
    }
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

  /** Nouns that name a document, not who speaks: "The report said" is unattributed unless its author is named. */
  static final Set<String> DOCUMENTS = Lexicon.load("sources/documents.tsv").terms("document");
}
