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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people an article names, so that every mention of one person gives one source: "Interior Minister Pavel Novak"
 * then "Novak" or "the interior minister" or "she" are all Pavel Novak, role Interior Minister. Spellings and
 * transliterations of well-known names ("Zelenskyy", "Selenskyj") come from a small gazetteer,
 * {@code people.tsv}, documented in the file itself.
 */
final class People {
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

  private static final String TITLE = "President|Minister|Secretary|Chancellor|Governor|Mayor|Spokes(?:man|woman|person)"
      + "|spokes(?:man|woman|person)|Gen\\.|Col\\.|General|Colonel|Commander|Chief|Director|Commissioner|Premier"
      + "|Senator|Sen\\.|Ambassador|Envoy|Leader|Head|Prosecutor|Judge|Sheriff|Superintendent|Inspector";
  private static final Pattern TITLED = Pattern.compile("\\b((?:\\p{Lu}[\\p{L}.-]+\\s+){0,2}(?:" + TITLE + "))\\s+"
      + "(\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+){1,2})");

  private final Map<String, SourceRef> bySurname = new HashMap<>();
  private final Map<String, SourceRef> byRole = new HashMap<>();
  private final List<int[]> mentionAt = new ArrayList<>();
  private final List<SourceRef> mentions = new ArrayList<>();

  /** Indexes the titled names in the text ("Prime Minister Elena Vargas"). */
  People(String text) {
    Matcher m = TITLED.matcher(text);
    while (m.find()) {
      String role = m.group(1).strip();
      add(m.start(2), new SourceRef(m.group(2), role, SourceRef.Kind.PERSON, null));
    }
  }

  /** Records a person named at an offset of the article (a speaker found by a cue, say). */
  void add(int offset, SourceRef person) {
    if (person.kind() != SourceRef.Kind.PERSON || person.name() == null) {
      return;
    }
    SourceRef p = resolveGazetteer(person);
    String[] parts = p.name().split("\\s+");
    if (parts.length >= 2) {
      SourceRef known = bySurname.get(parts[parts.length - 1]);
      if (known == null || known.role() == null && p.role() != null) {
        bySurname.put(parts[parts.length - 1], p);
      }
    }
    if (p.role() != null) {
      byRole.putIfAbsent(p.role().toLowerCase(Locale.ROOT), p);
    }
    int at = 0;
    while (at < mentionAt.size() && mentionAt.get(at)[0] <= offset) {
      at++;
    }
    mentionAt.add(at, new int[] {offset});
    mentions.add(at, p);
  }

  /** The last person named before an offset: who "she" or "he" is. */
  SourceRef lastBefore(int offset) {
    SourceRef last = null;
    for (int i = 0; i < mentions.size() && mentionAt.get(i)[0] < offset; i++) {
      last = mentions.get(i);
    }
    return last == null ? SourceRef.UNATTRIBUTED : canonical(last);
  }

  /** The one canonical form of a source: full name and role for a person however they were named. */
  SourceRef canonical(SourceRef s) {
    if (s.name() == null) {
      return s;
    }
    String lower = s.name().toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "");
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
      String[] parts = lower.split("\\s+");
      e = BY_ALIAS.get(parts[parts.length - 1]);
    }
    return e == null ? s : new SourceRef(e.name(), e.role(), SourceRef.Kind.PERSON, s.via());
  }

  static List<Entry> gazetteer() {
    return GAZETTEER;
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
