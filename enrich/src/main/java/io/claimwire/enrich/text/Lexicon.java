package io.claimwire.enrich.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A word list kept as data: a resource file of {@code term<TAB>class} lines ({@code #} starts a comment), loaded
 * once. Terms are matched in lower case. A list of verbs and nouns loaded with {@link #loadInflected} names each
 * word once, by its base form, and its class is found for every form: "slow" lists "slowed", "slows" and "slowing"
 * ({@link Lemmas}); a form listed itself keeps its own class.
 */
public final class Lexicon {
  /** Every term and, in an inflected list, every form of a term, with its class. */
  private final Map<String, String> classes;
  /** The terms as listed (without their forms): what {@link #termsOf} gives. */
  private final Map<String, String> listed;

  private Lexicon(Map<String, String> listed, Map<String, String> classes) {
    this.listed = listed;
    this.classes = classes;
  }

  /** A list whose terms match as written. */
  public static Lexicon load(String resource) {
    Map<String, String> m = read(resource);
    return new Lexicon(m, new HashMap<>(m)); // a hash map: a miss costs one probe
  }

  /**
   * A list of verbs and nouns: a word not listed as written takes the class of its base form. The terms of
   * {@code nounClasses} are nouns: only a plural takes their class ("votes" is a vote, "voted" is not).
   */
  public static Lexicon loadInflected(String resource, String... nounClasses) {
    Map<String, String> listed = read(resource);
    java.util.Set<String> nouns = java.util.Set.of(nounClasses);
    Map<String, String> all = new HashMap<>(listed);
    // the forms are found once, here, from the dictionary: a lookup costs what any listed word costs
    listed.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      if (e.getKey().indexOf(' ') < 0) {
        for (String form : Lemmas.formsOf(e.getKey(), !nouns.contains(e.getValue()))) {
          all.putIfAbsent(form, e.getValue()); // a form listed itself keeps its own class
        }
      }
    });
    return new Lexicon(listed, new HashMap<>(all)); // a hash map: a miss costs one probe
  }

  /** A list of nouns: a word not listed as written takes the class of its singular ("bodies" is a body). */
  public static Lexicon loadNouns(String resource) {
    Map<String, String> listed = read(resource);
    Map<String, String> all = new HashMap<>(listed);
    listed.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      if (e.getKey().indexOf(' ') < 0) {
        for (String form : Lemmas.formsOf(e.getKey(), false)) {
          all.putIfAbsent(form, e.getValue());
        }
      }
    });
    return new Lexicon(listed, new HashMap<>(all));
  }

  /** A base form of a word (lower case): "forced" gives force, "bodies" body; the word itself when it has none. */
  public static String baseForm(String word) {
    java.util.List<Lemmas.Reading> readings = Lemmas.of(word);
    return readings.isEmpty() ? word.toLowerCase(Locale.ROOT) : readings.get(0).lemma();
  }

  /** Whether the word is an inflected verb form and no plural noun ("killed", "injured"; not "cases", "deaths"). */
  public static boolean isOnlyVerbForm(String word) {
    boolean verb = false;
    for (Lemmas.Reading r : Lemmas.of(word)) {
      if (!r.verb()) {
        return false;
      }
      verb = true;
    }
    return verb;
  }

  /** Whether English spells this word in lower case too ("Energy" yes, "Korean" no): the dictionary's reading. */
  public static boolean hasLowerCaseForm(String word) {
    return Lemmas.knowsLowerCase(word.toLowerCase(Locale.ROOT));
  }

  private static Map<String, String> read(String resource) {
    Map<String, String> m = new HashMap<>();
    for (String[] e : entries(resource)) {
      String was = m.put(e[0].toLowerCase(Locale.ROOT), e[1]);
      if (was != null && !was.equals(e[1])) { // one class per term: a second line would silently win
        throw new IllegalStateException(resource + ": '" + e[0] + "' is in both " + was + " and " + e[1]);
      }
    }
    return Map.copyOf(m);
  }

  /** The {@code term, class} lines of a resource in file order, terms as written. */
  public static java.util.List<String[]> entries(String resource) {
    java.util.List<String[]> m = new java.util.ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        if (parts.length != 2) {
          throw new IllegalStateException(resource + ":" + n + ": expected term<TAB>class, got '" + line + "'");
        }
        m.add(new String[] {parts[0].strip(), parts[1].strip()});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  /** The class of a word (any case), or null; in an inflected list, every form of a listed base form too. */
  public String classOf(String word) {
    if (word == null) {
      return null;
    }
    String cls = classes.get(word); // most callers hand in a lower-case word: no copy to look it up
    if (cls != null) {
      return cls;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return lower == word ? null : classes.get(lower); // the same string when it was lower case: looked up already
  }

  /** Every term of a class, sorted. */
  java.util.List<String> termsOf(String cls) {
    return listed.entrySet().stream().filter(e -> e.getValue().equals(cls)).map(Map.Entry::getKey).sorted().toList();
  }

  /** Every term of a class, as a set (for a list that is one class of its file). */
  java.util.Set<String> terms(String cls) {
    return Words.setCopyOf(termsOf(cls));
  }

  /**
   * Where a phrase of class {@code cls} that ends at token {@code end} starts ("as well as" ending at "as"), of at
   * most {@code maxWords} words and none before token {@code from}; -1 when none does.
   */
  int phraseEndingAt(java.util.List<Token> toks, int end, int maxWords, int from, String cls) {
    StringBuilder phrase = new StringBuilder();
    for (int k = end; k >= from && end - k < maxWords; k--) {
      phrase.insert(0, k == end ? toks.get(k).lower() : toks.get(k).lower() + " ");
      if (is(phrase.toString(), cls)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Where a phrase of class {@code cls} that starts at token {@code start} ends (its last token), of at most
   * {@code maxWords} words, the longest first; -1 when none does.
   */
  int phraseStartingAt(java.util.List<Token> toks, int start, int maxWords, String cls) {
    int found = -1;
    StringBuilder phrase = new StringBuilder();
    for (int k = start; k < toks.size() && k - start < maxWords; k++) {
      phrase.append(k == start ? "" : " ").append(toks.get(k).lower());
      found = is(phrase.toString(), cls) ? k : found;
    }
    return found;
  }

  boolean is(String word, String cls) {
    return cls.equals(classOf(word));
  }
}
