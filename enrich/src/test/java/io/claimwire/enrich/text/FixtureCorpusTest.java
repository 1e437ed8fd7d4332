package io.claimwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the fixture corpus under {@code src/test/resources/fixtures/*.cases}: hand-written cases, one per pattern, each
 * with its reason. Format, one case per block separated by blank lines:
 *
 * <pre>
 * case: why this case exists
 * text: a sentence (several text: lines join with a space; para: starts a new paragraph)
 * figure: value=40 qualifier=AT_LEAST measure=injured subject~people
 * figure: none
 * </pre>
 *
 * Each {@code figure:} line is one expected figure, in text order, and the case expects exactly that many
 * ({@code figure: none} expects none). Only the fields named are checked: {@code key=value} is a case-insensitive
 * match, {@code key~value} a substring, {@code key=-} means absent. Values with spaces are quoted. Keys: value,
 * low, high, qualifier, vague, unit, measure, subject, location, period, source (name), role, kind, via.
 */
class FixtureCorpusTest {
  static final List<String> FILES = List.of("numbers.cases", "not-figures.cases", "counted.cases", "sources.cases",
      "context.cases", "measures.cases", "holders.cases");
  private static final Pattern FIELD = Pattern.compile("(\\w+)([=~])(\"[^\"]*\"|\\S+)");
  private final FigureExtractor extractor = new FigureExtractor();

  record Case(String file, int line, String reason, String text, List<Map<String, String[]>> figures) {
    @Override
    public String toString() {
      return file + ":" + line + " " + reason;
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String file : FILES) {
      out.addAll(parse(file).stream().map(Arguments::of).toList());
    }
    return out.stream();
  }

  static List<Case> parse(String file) throws IOException {
    String content;
    try (InputStream in = FixtureCorpusTest.class.getResourceAsStream("/fixtures/" + file)) {
      if (in == null) {
        throw new IOException("missing fixture file " + file);
      }
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Case> cases = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    String reason = null;
    StringBuilder text = new StringBuilder();
    List<Map<String, String[]>> figures = new ArrayList<>();
    int startLine = 0;
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i] : "";
      if (line.isBlank()) {
        if (reason != null) {
          if (text.length() == 0 || figures.isEmpty()) {
            throw new IllegalStateException(file + ":" + startLine + ": a case needs text: and figure: lines");
          }
          cases.add(new Case(file, startLine, reason, text.toString(), figures));
        }
        reason = null;
        text = new StringBuilder();
        figures = new ArrayList<>();
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String key = colon < 0 ? "" : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1).strip();
      switch (key) {
        case "case" -> {
          reason = value;
          startLine = i + 1;
        }
        case "text" -> text.append(text.length() == 0 ? "" : " ").append(value);
        case "para" -> text.append("\n\n").append(value);
        case "figure" -> {
          if (!value.equals("none")) {
            Map<String, String[]> f = new LinkedHashMap<>();
            Matcher m = FIELD.matcher(value);
            while (m.find()) {
              f.put(m.group(1), new String[] {m.group(2), m.group(3).replaceAll("^\"|\"$", "")});
            }
            figures.add(f);
          } else {
            figures.add(Map.of());
          }
        }
        default -> throw new IllegalStateException(file + ":" + (i + 1) + ": unknown line '" + line + "'");
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void shouldExtractWhatTheCaseExpects(Case c) {
    List<Figure> got = Strict.figures(extractor, c.text());
    List<Map<String, String[]>> want = c.figures().size() == 1 && c.figures().get(0).isEmpty() ? List.of() : c.figures();
    String shown = got.stream().map(FixtureCorpusTest::show).reduce("", (a, b) -> a + "\n  " + b);
    assertThat(got).as("%s%nfigures in: %s%ngot:%s", c, c.text(), shown).hasSize(want.size());
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < want.size(); i++) {
      Figure f = got.get(i);
      for (Map.Entry<String, String[]> e : want.get(i).entrySet()) {
        String actual = field(f, e.getKey());
        String op = e.getValue()[0];
        String expected = e.getValue()[1];
        String what = c + " figure " + (i + 1) + " " + e.getKey() + "\ngot:" + shown;
        if (expected.equals("-")) {
          soft.assertThat(actual).as(what).isNull();
        } else if (java.util.Set.of("value", "low", "high").contains(e.getKey())) {
          soft.assertThat(actual == null ? Double.NaN : Double.parseDouble(actual)).as(what)
              .isCloseTo(Double.parseDouble(expected), org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(Double.parseDouble(expected)))));
        } else if (op.equals("~")) {
          soft.assertThat(actual == null ? "" : actual.toLowerCase(Locale.ROOT)).as(what)
              .contains(expected.toLowerCase(Locale.ROOT));
        } else {
          soft.assertThat(actual).as(what).isEqualToIgnoringCase(expected);
        }
      }
    }
    soft.assertAll();
  }

  static String field(Figure f, String key) {
    return switch (key) {
      case "value" -> Double.toString(f.value());
      case "low" -> f.low() == null ? null : Double.toString(f.low());
      case "high" -> f.high() == null ? null : Double.toString(f.high());
      case "qualifier" -> f.qualifier().name();
      case "vague" -> Boolean.toString(f.vague());
      case "unit" -> f.unit();
      case "measure" -> f.measure();
      case "change" -> f.change() == null ? null : f.change().name();
      case "subject" -> f.subject();
      case "location" -> f.location();
      case "period" -> f.period();
      case "source" -> f.source().name();
      case "role" -> f.source().role();
      case "kind" -> f.source().kind().name();
      case "via" -> f.source().via();
      default -> throw new IllegalArgumentException("unknown fixture key " + key);
    };
  }

  static String show(Figure f) {
    return String.format(Locale.ROOT, "%s %s%s unit=%s measure=%s subject=%s location=%s period=%s source=%s/%s/%s via=%s",
        f.value(), f.qualifier(), f.vague() ? " vague" : "", f.unit(), f.measure(), f.subject(), f.location(), f.period(),
        f.source().name(), f.source().role(), f.source().kind(), f.source().via());
  }
}
