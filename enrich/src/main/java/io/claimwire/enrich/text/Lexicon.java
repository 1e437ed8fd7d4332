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
 * once. Terms are matched in lower case.
 */
final class Lexicon {
  private final Map<String, String> classes;

  private Lexicon(Map<String, String> classes) {
    this.classes = classes;
  }

  static Lexicon load(String resource) {
    Map<String, String> m = new HashMap<>();
    for (String[] e : entries(resource)) {
      String was = m.put(e[0].toLowerCase(Locale.ROOT), e[1]);
      if (was != null && !was.equals(e[1])) { // one class per term: a second line would silently win
        throw new IllegalStateException(resource + ": '" + e[0] + "' is in both " + was + " and " + e[1]);
      }
    }
    return new Lexicon(Map.copyOf(m));
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

  /** The class of a word (any case), or null. */
  String classOf(String word) {
    return word == null ? null : classes.get(word.toLowerCase(Locale.ROOT));
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
