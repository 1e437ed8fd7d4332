package io.claimwire.enrich.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people an article names, so that every mention of one person gives one source: "Interior Minister Pavel Novak"
 * then "Novak" or "the interior minister" or "she" are all Pavel Novak, role Interior Minister. Spellings and
 * transliterations of well-known names ("Zelenskyy", "Selenskyj") come from a small gazetteer,
 * {@code people.tsv}, documented in the file itself.
 */
final class People {
  // Patterns of the string checks below, compiled once, named for what they match.
  private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");

  /** A person with a canonical name and role, known by these lower-case aliases. */
  record Entry(String name, String role, List<String> aliases) {}

  private static final List<Entry> GAZETTEER = load();
  private static final Map<String, Entry> BY_ALIAS = new HashMap<>();

  static {
    for (Entry e : GAZETTEER) {
      BY_ALIAS.put(e.name().toLowerCase(Locale.ROOT), e);
      for (String a : e.aliases()) {
        BY_ALIAS.put(a, e);
      }
    }
  }

  private final Map<String, SourceRef> bySurname = new HashMap<>();
  private final Map<String, SourceRef> byRole = new HashMap<>();
  private final List<int[]> mentionAt = new ArrayList<>();
  private final List<SourceRef> mentions = new ArrayList<>();

  /** Indexes the titled names of the sentences that hold a title as written ("Minister", "spokesman"). */
  People(List<Sentence> sentences) {
    this.sentences = sentences;
    for (Sentence sentence : sentences) {
      if (holdsATitle(sentence.text())) {
        index(sentence.text(), sentence.start());
      }
    }
  }

  /**
   * Whether some run of letters in the text is a title as written: a token that is a title is such a run, so a
   * sentence without one has nothing to index. One pass, comparing a run only with the titles that start as it does.
   */
  private static boolean holdsATitle(String text) {
    return Words.anyLetterRun(text, (start, end) -> {
      char initial = text.charAt(start);
      String[] titles = initial < TITLES_BY_INITIAL.length ? TITLES_BY_INITIAL[initial] : null;
      for (int k = 0; titles != null && k < titles.length; k++) {
        if (titles[k].length() == end - start && text.startsWith(titles[k], start)) {
          return true;
        }
      }
      return false;
    });
  }


  /** Titles as written before a name, in the case they are written in. */
  private static final java.util.Set<String> TITLE_TOKENS = Words.setOf("President", "Minister", "Secretary",
      "Chancellor", "Governor", "Mayor", "Spokesman", "Spokeswoman", "Spokesperson", "spokesman", "spokeswoman",
      "spokesperson", "Gen", "Col", "General", "Colonel", "Commander", "Chief", "Director", "Commissioner", "Premier",
      "Senator", "Sen", "Ambassador", "Envoy", "Leader", "Head", "Prosecutor", "Judge", "Sheriff", "Superintendent",
      "Inspector");
  /** The titles by their first character (all ASCII letters), for {@link #holdsATitle}. */
  private static final String[][] TITLES_BY_INITIAL = new String[128][];

  static {
    for (String t : TITLE_TOKENS) {
      String[] had = TITLES_BY_INITIAL[t.charAt(0)];
      String[] now = had == null ? new String[1] : java.util.Arrays.copyOf(had, had.length + 1);
      now[now.length - 1] = t;
      TITLES_BY_INITIAL[t.charAt(0)] = now;
    }
  }
  private static final java.util.Set<String> NOT_ROLE_WORDS = Words.setOf("The", "A", "An", "But", "And", "In",
      "On", "At", "As", "When", "While", "After", "Before", "Then", "Former");

  /** "Interior Minister Pavel Novak": a title, up to two capitalised words before it, and a name of two or three. */
  private void index(String text, int offset) {
    List<Token> toks = Token.of(text);
    for (int i = 0; i < toks.size(); i++) {
      if (!TITLE_TOKENS.contains(toks.get(i).text())) {
        continue;
      }
      int j = i + 1;
      if (j < toks.size() && toks.get(j).text().equals(".")) {
        j++; // "Gen. Mark Hale"
      }
      int first = j;
      List<String> name = new ArrayList<>(3);
      while (j < toks.size() && name.size() < 3 && isNamePart(toks.get(j))) {
        name.add(toks.get(j).text());
        j++;
      }
      if (name.size() < 2) {
        continue;
      }
      int roleStart = i;
      while (roleStart > 0 && i - roleStart < 2 && toks.get(roleStart - 1).isCapitalised()
          && toks.get(roleStart - 1).isWord() && !NOT_ROLE_WORDS.contains(toks.get(roleStart - 1).text())) {
        roleStart--;
      }
      String role = text.substring(toks.get(roleStart).start(), toks.get(i).end());
      add(offset + toks.get(first).start(), new SourceRef(String.join(" ", name), role, SourceRef.Kind.PERSON, null));
      i = j - 1;
    }
  }

  private static boolean isNamePart(Token t) {
    String s = t.text();
    if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    for (int k = 1; k < s.length(); k++) {
      if (!Character.isLetter(s.charAt(k)) && s.charAt(k) != '-') {
        return false;
      }
    }
    return true;
  }

  /** Records a person named at an offset of the article (a speaker found by a cue, say). */
  void add(int offset, SourceRef person) {
    if (person.name() != null && person.kind() != SourceRef.Kind.PERSON && person.kind() != SourceRef.Kind.UNATTRIBUTED
        && PRONOUNS.classOf(person.name()) == null) {
      bodies.add(new Object[] {offset, person}); // an organisation, a government, an outlet: what "it" may mean
    }
    if (person.kind() != SourceRef.Kind.PERSON || person.name() == null) {
      return;
    }
    SourceRef p = resolveGazetteer(person);
    String name = p.name().strip();
    int space = name.length() - 1;
    while (space >= 0 && !Character.isWhitespace(name.charAt(space))) {
      space--;
    }
    if (space >= 0) { // two words or more: the last is the surname
      String surname = name.substring(space + 1);
      SourceRef known = bySurname.get(surname);
      if (known == null || known.role() == null && p.role() != null) {
        bySurname.put(surname, p);
      }
    }
    if (p.role() != null) {
      byRole.putIfAbsent(p.role().toLowerCase(Locale.ROOT), p);
    }
    int at = mentionAt.size(); // cues come in text order: the place is nearly always the end
    while (at > 0 && mentionAt.get(at - 1)[0] > offset) {
      at--;
    }
    mentionAt.add(at, new int[] {offset});
    mentions.add(at, p);
  }

  /** The last person named before an offset: who "she" or "he" is. */
  /** Pronouns that stand for a source, by class: person (he, she), body (it), any (they). From pronouns.tsv. */
  static final Lexicon PRONOUNS = Lexicon.load("pronouns.tsv");
  private final List<Object[]> bodies = new ArrayList<>();
  private final List<Sentence> sentences;
  /** How many sentences back "it" may reach for a body that no cue named. */
  private static final int BODY_REACH = 3;

  /**
   * The last organisation named in the {@value #BODY_REACH} sentences before the one at {@code offset} and after the
   * one that holds {@code after} (where a cue last named a body), though no cue named it ("The Election Commission
   * released the results. ... came fourth, it said"), or its own sentence's subject where a body opens it ("The
   * carmaker will cut 3,500 jobs, it said").
   */
  private SourceRef namedBodyBefore(int offset, int after) {
    int last = -1;
    for (int i = 0; i < sentences.size() && sentences.get(i).start() <= offset; i++) {
      last = i;
    }
    if (last >= 0) {
      // "The carmaker will cut 3,500 jobs, it said": its own sentence's subject, where a body opens it
      Sentence own = sentences.get(last);
      List<Token> toks = Token.of(own.text().substring(0, Math.min(own.text().length(), offset - own.start())));
      String found = bodySubject(own.text(), toks);
      if (found != null && toks.size() > 1) {
        return new SourceRef(found, null, SourceRef.Kind.ORGANISATION, null);
      }
    }
    for (int i = last - 1; i >= 0 && i >= last - BODY_REACH; i--) { // "X came third, it said": X is no body
      Sentence s = sentences.get(i);
      if (s.start() <= after) {
        break; // a cue named a body later than this sentence
      }
      List<Token> toks = Token.of(s.text());
      String found = capitalisedBody(s.text(), toks);
      found = found != null ? found : bodySubject(s.text(), toks);
      if (found != null) {
        return new SourceRef(found, null, SourceRef.Kind.ORGANISATION, null);
      }
    }
    return SourceRef.UNATTRIBUTED;
  }

  /** The last run of capitalised words with an organisation's head noun, with an "of" and the name after it. */
  private static String capitalisedBody(String text, List<Token> toks) {
    String found = null;
    for (int k = 0; k < toks.size(); k++) {
      if (!toks.get(k).isCapitalised() || !SourceNames.ORG_HEADS.contains(toks.get(k).lower())) {
        continue;
      }
      int a = k;
      while (a > 0 && toks.get(a - 1).isCapitalised() && toks.get(a - 1).isWord() && a > 0
          && !Set.of("The", "A", "An", "In", "On", "At", "But", "And").contains(toks.get(a - 1).text())) {
        a--;
      }
      int b = k;
      if (b + 2 < toks.size() && toks.get(b + 1).lower().equals("of") && toks.get(b + 2).isCapitalised()) {
        b += 2; // "Election Commission of Pakistan"
        while (b + 1 < toks.size() && toks.get(b + 1).isCapitalised() && toks.get(b + 1).isWord()) {
          b++;
        }
      }
      found = text.substring(toks.get(a).start(), toks.get(b).end());
      k = b;
    }
    return found;
  }

  /** Words a lowercase body's name may have before its head at the start of a sentence: "The electoral commission". */
  private static final int BODY_WORDS = 3;

  /** "The electoral commission rejected the claims": a sentence that opens with a lowercase body as its subject. */
  private static String bodySubject(String text, List<Token> toks) {
    if (toks.isEmpty() || !toks.get(0).text().equals("The")) {
      return null;
    }
    for (int k = 1; k < toks.size() && k <= BODY_WORDS; k++) {
      Token t = toks.get(k);
      if (!t.isWord() || t.isCapitalised()) {
        return null;
      }
      if (SourceNames.ORG_HEADS.contains(t.lower())) {
        return text.substring(toks.get(1).start(), t.end());
      }
    }
    return null;
  }

  /**
   * What a pronoun standing as a source means: the last person named before it (he, she, him, her), the last body
   * (it: an organisation, government or outlet), the last source of either kind (they); the source itself when it is
   * no pronoun.
   */
  SourceRef resolve(int offset, SourceRef s) {
    String cls = s.name() == null ? null : PRONOUNS.classOf(s.name());
    if (cls == null) {
      return s;
    }
    SourceRef body = SourceRef.UNATTRIBUTED;
    int bodyAt = -1;
    for (Object[] b : bodies) {
      if ((int) b[0] < offset) {
        body = (SourceRef) b[1];
        bodyAt = (int) b[0];
      }
    }
    SourceRef person = lastBefore(offset);
    return switch (cls) {
      case "person" -> person;
      case "body" -> { // the nearer of the last body a cue named and a body a sentence after it opens with
        SourceRef named = namedBodyBefore(offset, bodyAt);
        yield named.kind() != SourceRef.Kind.UNATTRIBUTED || bodyAt < 0 ? named : body;
      }
      default -> bodyAt >= 0 && (person.kind() == SourceRef.Kind.UNATTRIBUTED || bodyAt > lastPersonAt(offset)) ? body : person;
    };
  }

  private int lastPersonAt(int offset) {
    int at = -1;
    for (int i = 0; i < mentions.size() && mentionAt.get(i)[0] < offset; i++) {
      at = mentionAt.get(i)[0];
    }
    return at;
  }

  SourceRef lastBefore(int offset) {
    SourceRef last = null;
    for (int i = 0; i < mentions.size() && mentionAt.get(i)[0] < offset; i++) {
      last = mentions.get(i);
    }
    return last == null ? SourceRef.UNATTRIBUTED : canonical(last);
  }

  /** Whether a one-word name is the surname of a person the article has named in full, or a known public figure. */
  boolean knowsSurname(String name) {
    return bySurname.containsKey(name) || resolveGazetteer(new SourceRef(name, null, SourceRef.Kind.PERSON, null)).name()
        .contains(" ");
  }

  /** The one canonical form of a source: full name and role for a person however they were named. */
  SourceRef canonical(SourceRef s) {
    if (s.name() == null) {
      return s;
    }
    String lower = LEADING_THE.matcher(s.name().toLowerCase(Locale.ROOT)).replaceAll("");
    if (s.kind() != SourceRef.Kind.PERSON) {
      SourceRef byTitle = byRole.get(lower);
      Entry e = BY_ALIAS.get(lower);
      if (byTitle != null) {
        return withVia(byTitle, s.via());
      }
      return e != null && lower.contains(" ") ? new SourceRef(e.name(), e.role(), SourceRef.Kind.PERSON, s.via()) : s;
    }
    SourceRef g = resolveGazetteer(s);
    if (g != s) {
      return g;
    }
    if (!s.name().contains(" ")) {
      SourceRef full = bySurname.get(s.name());
      if (full != null) {
        return new SourceRef(full.name(), s.role() != null ? s.role() : full.role(), SourceRef.Kind.PERSON, s.via());
      }
    }
    return s;
  }

  private static SourceRef withVia(SourceRef s, String via) {
    return via == null ? s : new SourceRef(s.name(), s.role(), s.kind(), via);
  }

  private static SourceRef resolveGazetteer(SourceRef s) {
    String lower = s.name().toLowerCase(Locale.ROOT);
    Entry e = BY_ALIAS.get(lower);
    if (e == null) {
      int space = lower.length() - 1;
      while (space >= 0 && !Character.isWhitespace(lower.charAt(space))) {
        space--;
      }
      e = BY_ALIAS.get(lower.substring(space + 1)); // the last word, without a regular expression
    }
    return e == null ? s : new SourceRef(e.name(), e.role(), SourceRef.Kind.PERSON, s.via());
  }


  private static List<Entry> load() {
    List<Entry> out = new ArrayList<>();
    try (InputStream in = People.class.getResourceAsStream("people.tsv")) {
      if (in == null) {
        throw new IllegalStateException("people.tsv is missing from the classpath");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalStateException("people.tsv: expected name<TAB>role<TAB>aliases, got '" + line + "'");
        }
        out.add(new Entry(f[0].strip(), f[1].strip(), List.of(f[2].strip().toLowerCase(Locale.ROOT).split("\\|"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
