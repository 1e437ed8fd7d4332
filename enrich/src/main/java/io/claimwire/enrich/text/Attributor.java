package io.claimwire.enrich.text;

import static io.claimwire.enrich.text.SourceNames.*;
import static io.claimwire.enrich.text.Speakers.*;
import static io.claimwire.enrich.text.VerbCues.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who claims what a sentence says: reporting verbs ("X said", "said X"), "according to X", relays
 * ("reports the BBC, citing Western officials": source Western officials, via BBC), passives ("reported by X")
 * and pronouns. Works on one sentence; carrying a source across sentences is {@link FigureExtractor}'s job. The
 * phrase that speaks is read by {@link Speakers}, a reporting verb's source by {@link VerbCues}, and what kind of
 * source a phrase names by {@link SourceNames}.
 */
public final class Attributor {
  /** A source cue at a position in a sentence. {@code anaphoric} cues ("This information was reported by X")
   * also cover the sentence before. {@code pronoun} cues need the article's last named speaker. */
  public record Cue(int position, SourceRef source, boolean anaphoric, boolean pronoun) {}

  /** A line that ends with a colon and a short name with no digit: "... has killed 33: Health ministry". */
  private static final Pattern HEADLINE_SOURCE = Pattern.compile(
      "\\d[^:]*:\\s*((?:[Tt]he\\s+)?\\p{L}[\\p{L}'’.-]*(?:\\s+\\p{L}[\\p{L}'’.-]*){0,3})\\s*$");

  /** Reporting verbs by base form, and the first words of reporting phrases ({@code sources/reporting-verbs.tsv}). */
  static final Lexicon REPORTING = Lexicon.loadInflected("sources/reporting-verbs.tsv");
  /** The reporting phrases: "put the figure at", "places the toll closer to", "gave its own count", "spoke of". */
  private static final Pattern PHRASE_VERB = Pattern.compile(
      "(?i)\\b((?:put|puts|putting|places|placed|placing) (?:[\\p{L}'’-]+ ){0,3}?(?:"
          + String.join("|", Lexicon.load("sources/estimate-nouns.tsv").termsOf("estimate-nouns")) + ")"
          + "(?: of(?: [\\p{L}'’-]+){1,5}?)? (?:" + String.join("|", Lexicon.load("sources/estimate-links.tsv")
          .termsOf("estimate-links")) + ")"
          + "|gave (?:its|their|his|her|a|an)? ?(?:own )?(?:count|figure|tally|estimate|toll)|spoke of)\\b");
  private static final Pattern ANAPHORIC = Pattern.compile("(?is)\\s*(this|these|the|that|those)\\s+(information|figures?"
      + "|numbers?|data|estimates?|reports?|claims?|was|were|is|toll)\\b");
  /** "according to officials cited by the New York Times": the outlet that relayed them. */
  private static final Pattern CITED_BY = Pattern.compile("\\s*,?\\s*(?:as\\s+)?(?:cited|quoted|reported) by\\s+(?:the\\s+)?"
      + "(\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*){0,4})");
  private static final Pattern WORD_THEN_BY = Pattern.compile("\\p{L}+ by\\b");

  private static final Pattern ACRONYM_WORD = Pattern.compile("\\b\\p{Lu}{2,}\\b");
  /** First words of the multi-word reporting verbs ("put the figure at", "gave its own count", "spoke of"). */
  private static final Set<String> PHRASE_VERB_STARTS = REPORTING.terms("phrase");
  /** "The mayor was blunt: "We lost 70 homes."": the speaker introduces a quote after a colon. */
  private static final Pattern QUOTE_INTRO = Pattern.compile(
      "^\\s*((?:[Tt]he |[Aa]n? )?(?:\\p{Lu}[\\p{L}'’.-]*|[\\p{Ll}]+)(?: [\\p{L}'’.-]+){0,4}?) (?:was|were|is|are|said|added|wrote|told [\\p{L}]+)"
          + "(?: [\\p{L}]+){0,3}:\\s*[\"“]");
  private static final Pattern ACCORDING = Pattern.compile(
      "(?i)\\b(?:according to|as (?:noted|stated|set out|outlined|reported|forecast|projected|announced|published) "
          + "(?:in|by))\\s+(?:(?:preliminary |new |recent |official )?(?:estimates|figures|data|a report|reports|"
          + "a statement|statements|an estimate|an assessment|assessments) (?:by|from|of)\\s+)?");
  /** "reported by", "projected by": a participle of {@code sources/by-participles.tsv} and its agent. */
  private static final Pattern BY = Pattern.compile("(?i)\\b(?:"
      + String.join("|", Lexicon.load("sources/by-participles.tsv").termsOf("by-participles")) + ") by\\s+");
  private static final Pattern OWNERS_EVIDENCE = Pattern.compile("(?i)(.+?)['’]s?\\s+(?:own\\s+|latest\\s+|official\\s+)?"
      + "(?:figures|data|estimates?|count|tally|statistics|numbers|report|records)");

  /**
   * "the latest numbers provided by X", "preliminary results published by X": evidence (a document noun of
   * {@code sources/documents.tsv}) and the body that gave it.
   */
  private static final Pattern EVIDENCE_BY = Pattern.compile("(?i).*?\\b(?:" + String.join("|",
      SourceNames.DOCUMENTS.stream().filter(d -> Tags.CLOSED.classOf(d) == null).sorted().toList())
      + ")\\s+(?:provided|released|published|compiled|issued|collected)\\s+by\\s+(.+)");

  /** Lowercase keepers of records: "court records", "police figures". */
  private static final Set<String> RECORD_KEEPERS = Lexicon.load("sources/record-keepers.tsv").terms("keeper");
  /** "court records show", "Interior Ministry data show": records whose keeper is named right before them. */
  private static final Pattern RECORDS_SHOW = Pattern.compile(
      "\\b((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|for|and)\\s+(?=\\p{Lu}))?){1,3}|(?i:"
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

  /** Evidence from a named body, then a verb that it shows something: the body is the source. */
  private static final Pattern EVIDENCE_FROM = Pattern.compile("(?i)\\b(?:figures|data|statistics|numbers|estimates|research"
      + "|analysis|report|study|survey|count|census|poll|polling)\\s+(?:(?:released|published|compiled|collected|carried\\s+out"
      + "|conducted)(?:\\s+(?:last|this|on|in)\\s+\\p{L}+)?\\s+)?"
      + "(?:from|by|of)\\s+(?=\\S+(?:\\s+\\S+){0,8}?\\s+(?:shows?|showed|suggests?|suggested|found|finds|indicates?|indicated"
      + "|reveals?|revealed|put|puts|placed|places)\\b)");
  private static final Set<String> EVIDENCE_VERBS = Words.setOf("show", "shows", "showed", "suggest", "suggests",
      "suggested", "found", "finds", "indicate", "indicates", "indicated", "reveal", "reveals", "revealed", "put", "puts",
      "placed", "places");
  /** "citing Western officials"; not "without citing a source", which names no one. */
  private static final Pattern CITING = Pattern.compile("(?i),?\\s*\\b(?<!\\bwithout\\s)(?<!\\bnot\\s)(?:citing|quoting)\\s+");
  private static final Pattern IMPERSONAL = Pattern.compile("(?i)\\b(it is|it's|it was|it has been) (said|reported|claimed|believed)\\b");

  /** Splits a phrase into name and role and decides the kind of source ({@link SourceNames#classify}). */
  public SourceRef classify(String phrase, String via) {
    return SourceNames.classify(phrase, via);
  }

  /** Every source cue in the sentence, in order. */
  public List<Cue> cues(String sentence) {
    return cues(sentence, Gate.words(sentence), null);
  }

  /** As {@link #cues(String)}, with the sentence's lower-case words (and its tokens, when known) at hand. */
  List<Cue> cues(String sentence, Set<String> words, List<Token> tokens) {
    boolean anyVerb = false;
    for (String w : words) {
      if (REPORTING.classOf(w) != null) {
        anyVerb = true;
        break;
      }
    }
    boolean evidenceVerb = false;
    for (String w : EVIDENCE_VERBS) {
      evidenceVerb |= words.contains(w);
    }
    if ((words.contains("its") || words.contains("their")) && (words.contains("forecast") || words.contains("forecasts")
        || words.contains("estimate") || words.contains("estimates") || words.contains("projection")
        || words.contains("projections") || words.contains("outlook") || words.contains("guidance"))) {
      List<Cue> own = ownForecast(sentence);
      if (!own.isEmpty()) {
        return own;
      }
    }
    if (!anyVerb && !evidenceVerb && !words.contains("heard") && !words.contains("according") && !words.contains("by")
        && !words.contains("as") && !words.contains("citing")
        && !words.contains("quoting") && !words.contains("believed") && sentence.indexOf(':') < 0) {
      return List.of(); // no cue word at all: nothing below can match
    }
    List<Token> toks = tokens != null ? tokens : Token.of(sentence);
    List<Cue> out = citingCues(sentence, words, toks);
    if (!out.isEmpty()) {
      return out;
    }
    phraseCues(sentence, words, evidenceVerb, out);
    Matcher by = BY.matcher(sentence);
    boolean byCue = false;
    while (words.contains("by") && by.find()) {
      byCue = true;
      String np = phraseAfter(sentence, by.end());
      np = np != null ? np : agentAfter(sentence, by.end()); // "projected by planners": a passive's agent is a speaker
      if (np != null) {
        out.add(new Cue(by.start(), SourceNames.classify(np, null), isAnaphoric(sentence), false));
      }
    }
    verbCues(sentence, words, toks, anyVerb, byCue, out);
    if (evidenceVerb || words.contains("heard")) {
      documentCues(toks, out); // "a hospital report shows", "the court heard"
    }
    Matcher headline = HEADLINE_SOURCE.matcher(sentence);
    if (out.isEmpty() && sentence.indexOf(':') > 0 && headline.find()) {
      headlineCue(headline).ifPresent(out::add);
    }
    if (out.isEmpty() && words.contains("it") && IMPERSONAL.matcher(sentence).find()) {
      out.add(new Cue(0, SourceRef.UNATTRIBUTED, false, false));
    }
    out.sort((a, b) -> Integer.compare(a.position(), b.position()));
    return out;
  }

  /** Words a lowercase agent may have after a reporting participle's "by": "by local planners". */
  private static final int AGENT_WORDS = 3;

  /** A lowercase agent after "reported by": a short phrase that ends in a plural noun ("planners", "the organisers"). */
  private static String agentAfter(String sentence, int from) {
    String np = Speakers.lowercasePhraseAfter(sentence, from);
    if (np == null || Gate.WHITESPACE.split(np).length > AGENT_WORDS) {
      return null;
    }
    String last = Words.lastLetters(np).toLowerCase(java.util.Locale.ROOT);
    return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") ? np : null;
  }

  /** "reports the BBC, citing Western officials": the cited, relayed by the outlet before ", citing". */
  private static List<Cue> citingCues(String sentence, Set<String> words, List<Token> toks) {
    List<Cue> out = new ArrayList<>();
    Matcher citing = CITING.matcher(sentence);
    while ((words.contains("citing") || words.contains("quoting")) && citing.find()) {
      String cited = phraseAfter(sentence, citing.end());
      String relay = relayBefore(toks, citing.start());
      if (cited != null) {
        SourceRef s = SourceNames.classify(cited, null);
        out.add(new Cue(citing.start(), new SourceRef(s.name(), s.role(), s.kind(), relay), isAnaphoric(sentence), false));
      }
    }
    return out;
  }

  /** A speaker introducing a quote after a colon, "according to X", evidence from X, records that show. */
  private static void phraseCues(String sentence, Set<String> words, boolean evidenceVerb, List<Cue> out) {
    Matcher intro = QUOTE_INTRO.matcher(sentence);
    if (sentence.indexOf(':') >= 0 && intro.find()) {
      String np = trim(intro.group(1));
      if (!DOCUMENTS.contains(np.toLowerCase(Locale.ROOT)) && !PRONOUN.matcher(np).matches()) {
        out.add(new Cue(0, SourceNames.classify(np, null), false, false));
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
        Matcher by = owner.matches() ? null : EVIDENCE_BY.matcher(np);
        String spoken = owner.matches() ? owner.group(1) // "the ministry's figures": the ministry
            : by.matches() ? trim(by.group(1)) : np; // "the latest numbers provided by the agency": the agency
        Matcher relay = CITED_BY.matcher(sentence).region(Math.min(sentence.length(), acc.end() + np.length()), sentence.length());
        String via = relay.lookingAt() ? trim(relay.group(1)) : null;
        out.add(new Cue(acc.start(), SourceNames.classify(spoken, via), false, false));
      }
    }
    Matcher evidence = EVIDENCE_FROM.matcher(sentence);
    while (evidenceVerb && evidence.find()) {
      // "Data from the charity Shelter suggests", "The latest report from the audit office found"
      String np = phraseAfter(sentence, evidence.end());
      if (np != null && !insideAny(out, evidence.start(), sentence)) {
        out.add(new Cue(evidence.start(), SourceNames.classify(np, null), false, false));
      }
    }
    Matcher records = RECORDS_SHOW.matcher(sentence);
    while (evidenceVerb && records.find()) {
      // "court records show", "Interior Ministry data suggest": the records' keeper speaks through them; a capitalised
      // word that only opens the sentence ("New figures show") names no one
      String keeper = records.group(1).strip();
      boolean opener = records.start(1) == 0 && keeper.indexOf(' ') < 0 && !RECORD_KEEPERS.contains(keeper.toLowerCase(Locale.ROOT));
      if (!opener && !insideAny(out, records.start(1), sentence) && !overlapsCue(out, records.start(1), records.end())) {
        out.add(new Cue(records.start(1), SourceNames.classify(keeper + " " + records.group(2), null), false, false));
      }
    }
  }

  /**
   * A body that revises its own forecast or estimate states the figures it gives ("Turkey's central bank revised its
   * year-end inflation forecast, dropping it to 14.6 percent"; "The IMF cut its growth forecast to 2.9%"): the body,
   * a capitalised name or a phrase headed by a source's noun, with its owner.
   */
  private static final Pattern OWN_FORECAST = Pattern.compile("((?:\\p{Lu}[\\p{L}.-]*['’]s\\s+)?(?:\\p{Ll}+\\s+){0,2}?\\p{Ll}+"
      + "|(?:\\p{Lu}[\\p{L}'’.&-]*\\s+){0,4}\\p{Lu}[\\p{L}'’.&-]*)\\s+(?:\\p{Ll}+ly\\s+)?(?:has\\s+|have\\s+|had\\s+)?"
      + "(?:revised|cut|raised|lowered|lifted|trimmed|upgraded|downgraded|kept|left|maintained|nudged|slashed|hiked)"
      + "\\s+(?:its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:forecasts?|estimates?|projections?|outlook|guidance)\\b");

  private static List<Cue> ownForecast(String sentence) {
    Matcher m = OWN_FORECAST.matcher(sentence);
    if (!m.find()) {
      return List.of();
    }
    String body = m.group(1);
    String last = body.substring(body.lastIndexOf(' ') + 1);
    boolean capitalised = Character.isUpperCase(body.charAt(0)) && Character.isUpperCase(last.charAt(0))
        && !(body.indexOf(' ') < 0 && m.start(1) == 0 && !ACRONYM_WORD.matcher(body).find()
        && Lemmas.isNoun(body.toLowerCase(Locale.ROOT))); // "Prices kept their ...": a noun that opens the sentence
    if (!capitalised && !Speakers.isSourceHead(last.toLowerCase(Locale.ROOT)) && !SourceNames.ORG_HEADS.contains(last)) {
      return List.of(); // "prices kept their ..." names no body
    }
    return List.of(new Cue(m.start(1), SourceNames.classify(body, null), false, false));
  }

  /** One-word reporting verbs from the tokens; the few multi-word forms ("put the figure at") by pattern. */
  private static void verbCues(String sentence, Set<String> words, List<Token> toks, boolean anyVerb, boolean byCue,
      List<Cue> out) {
    Boolean titleCase = null; // read only when a capitalised verb form inside the sentence asks
    for (int i = 0; anyVerb && i < toks.size(); i++) {
      Token t = toks.get(i);
      String w = t.lower();
      if (!isOneWordVerb(w)) {
        continue;
      }
      if (i > 0 && t.isCapitalised() && toks.get(i - 1).isWord()) {
        titleCase = titleCase != null ? titleCase : titleCase(toks);
        if (!titleCase) {
          continue; // "the United States Federal Reserve": a capital inside a sentence makes a name, not "states"
        }
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
    Matcher verb = PHRASE_VERB.matcher(sentence);
    while (phraseVerb && verb.find()) {
      if (insideAny(out, verb.start(), sentence)) {
        continue;
      }
      Cue c = verbCue(sentence, toks, verb.start(), verb.end());
      if (c != null) {
        out.add(c);
      }
    }
  }

  /**
   * "a council report shows", "the survey found", "the ministry's study suggests": a document that shows or finds
   * speaks for whoever wrote it, as it does with a reporting verb; "the court heard", "an inquest heard": what was
   * said before a court is on its record. A cue already found over its words is kept.
   */
  private static void documentCues(List<Token> toks, List<Cue> out) {
    for (int i = 1; i < toks.size(); i++) {
      String w = toks.get(i).lower();
      String document = EVIDENCE_VERBS.contains(w) ? DocumentSpeakers.documentSubject(toks, i - 1)
          : w.equals("heard") ? DocumentSpeakers.headedSubject(toks, i - 1, DocumentSpeakers.HEARINGS) : null;
      if (document != null && !overlapsCue(out, toks.get(Math.max(0, i - 6)).start(), toks.get(i).end())) {
        out.add(new Cue(toks.get(i - 1).start(), new SourceRef(document, null, SourceRef.Kind.ORGANISATION, null),
            false, false));
      } else if (document == null && EVIDENCE_VERBS.contains(w) && unownedDocument(toks, i - 1)
          && !overlapsCue(out, toks.get(Math.max(0, i - 6)).start(), toks.get(i).end())) {
        // "grew 0.4%, official data showed": figures no one is named for; no speaker of an earlier sentence carries over
        out.add(new Cue(toks.get(i - 1).start(), SourceRef.UNATTRIBUTED, false, false));
      }
    }
  }

  /** "official data", "new figures": a document noun (no pronoun) that no determiner refers back with. */
  private static boolean unownedDocument(List<Token> toks, int noun) {
    String w = toks.get(noun).lower();
    return SourceNames.DOCUMENTS.contains(w) && Tags.CLOSED.classOf(w) == null && !determined(toks, noun);
  }

  /** "the figures", "these latest data": a document noun that refers back, within two words before it. */
  private static boolean determined(List<Token> toks, int noun) {
    for (int k = noun - 1; k >= Math.max(0, noun - 2); k--) {
      if (ANAPHORIC_DETERMINERS.contains(toks.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ANAPHORIC_DETERMINERS = Words.setOf("the", "these", "those", "this", "that", "its",
      "their", "his", "her");

  /** Whether most words of a line are capitalised, as in a headline ("Officials Say 40 Were Killed"). */
  private static boolean titleCase(List<Token> toks) {
    int words = 0;
    int capitalised = 0;
    for (Token t : toks) {
      if (t.isWord() && Character.isLetter(t.text().charAt(0))) {
        words++;
        capitalised += t.isCapitalised() ? 1 : 0;
      }
    }
    return words > 0 && capitalised * 5 >= words * 3;
  }

  /** A one-word reporting verb in any of its forms ("said", "stresses"), not the start of a phrase. */
  static boolean isOneWordVerb(String w) {
    String cls = REPORTING.classOf(w);
    return "verb".equals(cls) || "sure".equals(cls);
  }

  /** The source a wire headline names after a colon ("... reaches 238: NDMA"), or null. */
  static SourceRef headlineSource(String headline) {
    Matcher m = HEADLINE_SOURCE.matcher(headline);
    return m.find() ? headlineCue(m).map(Cue::source).orElse(null) : null;
  }

  /** "Ebola outbreak has killed 33: Health ministry": a wire headline names its source after a colon. */
  private static java.util.Optional<Cue> headlineCue(Matcher headline) {
    SourceRef s = SourceNames.classify(headline.group(1), null);
    String name = headline.group(1);
    boolean acronym = ACRONYM_WORD.matcher(name).find(); // "IOM"; not a heading such as "Key figures"
    boolean body = s.kind() == SourceRef.Kind.GOVERNMENT || s.kind() == SourceRef.Kind.MEDIA
        || s.kind() == SourceRef.Kind.ORGANISATION && acronym || s.kind() == SourceRef.Kind.PERSON && name.contains(" ")
        && !DOCUMENTS.contains(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
    return body && s.name() != null ? java.util.Optional.of(new Cue(headline.start(), s, false, false))
        : java.util.Optional.empty();
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

  /** Whether the pronoun at {@code v} follows a reporting verb, with "that" between or not ("said it", "says that they"). */
  static boolean followsReportingVerb(List<Token> toks, int v) {
    int k = v - 1;
    if (k >= 0 && toks.get(k).lower().equals("that")) {
      k--;
    }
    return k >= 0 && REPORTING.is(toks.get(k).lower(), "verb");
  }
}
