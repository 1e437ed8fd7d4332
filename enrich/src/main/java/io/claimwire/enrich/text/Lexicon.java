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
final class Lexicon {
  private final Map<String, String> classes;
  private final boolean inflected;
  private final java.util.Set<String> nounClasses;

  private Lexicon(Map<String, String> classes, boolean inflected, java.util.Set<String> nounClasses) {
    this.classes = classes;
    this.inflected = inflected;
    this.nounClasses = nounClasses;
  }

  /** A list whose terms match as written. */
  static Lexicon load(String resource) {
    return new Lexicon(read(resource), false, java.util.Set.of());
  }

  /**
   * A list of verbs and nouns: a word not listed as written takes the class of its base form. The terms of
   * {@code nounClasses} are nouns: only a plural takes their class ("votes" is a vote, "voted" is not).
   */
  static Lexicon loadInflected(String resource, String... nounClasses) {
    return new Lexicon(read(resource), true, java.util.Set.of(nounClasses));
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
  static java.util.List<String[]> entries(String resource) {
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

  /** The class of a word (any case), or of its base form in an inflected list, or null. */
  String classOf(String word) {
    if (word == null) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    String cls = classes.get(w);
    if (cls != null || !inflected || w.indexOf(' ') >= 0) {
      return cls;
    }
    for (Lemmas.Reading r : Lemmas.of(w)) {
      cls = classes.get(r.lemma());
      if (cls != null && !(r.verb() && nounClasses.contains(cls))) {
        return cls;
      }
    }
    return null;
  }

  /** Every term of a class, sorted. */
  java.util.List<String> termsOf(String cls) {
    return classes.entrySet().stream().filter(e -> e.getValue().equals(cls)).map(Map.Entry::getKey).sorted().toList();
  }

  /** Every term of a class, as a set (for a list that is one class of its file). */
  java.util.Set<String> terms(String cls) {
    return java.util.Set.copyOf(termsOf(cls));
  }

  boolean is(String word, String cls) {
    return cls.equals(classOf(word));
  }
}
