package io.claimwire.app.commands;

import io.claimwire.app.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Floors on the seed gold ({@code ../shared/eval/seed-gold.json}, beside the repository), scored the way
 * {@code score.py} scores {@code claimwire extract --json}: a figure matches by value (within 0.5%) and unit. Skips
 * where the shared folder is absent. The seeds were seen while building the extractor, so these floors guard against
 * regressions; they are not a measure of quality on unseen news. Raise them as extraction improves.
 */
public class SeedGoldTest {
  static final double PRECISION_FLOOR = 0.95; // issue 3's bar is F1 >= 0.95
  static final double RECALL_FLOOR = 0.95;
  static final double SOURCE_FLOOR = 0.9;
  static final double MEASURE_FLOOR = 0.9;
  static final double SUBJECT_FLOOR = 0.85;
  static final double QUALIFIER_FLOOR = 0.9;
  static final double LOCATION_FLOOR = 0.8;
  /** score.py's qualifier equivalences: a gold qualifier and the claim qualifiers that count as it. */
  static final Map<String, java.util.Set<String>> QUALIFIERS = Map.of(
      "exact", java.util.Set.of("exact"),
      "at_least", java.util.Set.of("at_least", "range"),
      "more_than", java.util.Set.of("more_than"),
      "approximately", java.util.Set.of("approximately"),
      "up_to", java.util.Set.of("up_to", "at_most"),
      "at_most", java.util.Set.of("at_most", "up_to"),
      "fewer_than", java.util.Set.of("fewer_than"));

  @Test
  void shouldKeepFigureRecallPrecisionAndSourcesAboveTheFloors() throws IOException {
    Optional<Path> shared = sharedDir();
    assumeTrue(shared.isPresent(), "../shared/seeds and ../shared/eval/seed-gold.json are not here");
    JsonNode gold = new ObjectMapper().readTree(shared.get().resolve("eval/seed-gold.json").toFile());
    OfflineExtraction extraction = new OfflineExtraction();

    int correct = 0;
    int wrong = 0;
    int forbidden = 0;
    int required = 0;
    int found = 0;
    int sourceChecked = 0;
    int sourceRight = 0;
    int measureChecked = 0;
    int measureRight = 0;
    int[] subject = new int[2];
    int[] qualifier = new int[2];
    int[] location = new int[2];
    List<String> misses = new ArrayList<>();
    for (JsonNode article : gold.get("articles")) {
      Path file = shared.get().resolve("seeds").resolve(article.get("file").asText());
      List<Map<String, Object>> claims = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      assertThat(extraction.extract(file, a -> claims.addAll(claimsOf(a)), warnings::add)).isEmpty();
      assertThat(warnings).as("sentences that failed").isEmpty();
      for (Map<String, Object> c : claims) {
        double v = ((Number) c.get("value")).doubleValue();
        List<JsonNode> hits = matching(article.get("claims"), v, c);
        if (hits.stream().anyMatch(SeedGoldTest::required)) {
          correct++;
        } else if (hits.isEmpty()) {
          wrong++;
          misses.add("extra " + v + " in " + file.getFileName());
          for (JsonNode n : article.path("not_figures")) {
            forbidden += sameValue(v, n.asDouble()) ? 1 : 0;
          }
        }
      }
      for (JsonNode g : article.get("claims")) {
        if (!required(g)) {
          continue;
        }
        required++;
        List<Map<String, Object>> cands = claims.stream()
            .filter(c -> sameValue(((Number) c.get("value")).doubleValue(), g.get("value").asDouble()) && unitOk(g, c))
            .toList();
        if (cands.isEmpty()) {
          misses.add("missed " + g.get("text").asText());
          continue;
        }
        found++;
        if (g.hasNonNull("source")) {
          sourceChecked++;
          sourceRight += cands.stream().anyMatch(c -> anyWord(g.get("source"), flat(c.get("source")))) ? 1 : 0;
        }
        if (g.hasNonNull("measure")) {
          measureChecked++;
          measureRight += cands.stream().anyMatch(c -> allGroups(g.get("measure"), flat(c.get("measure")))) ? 1 : 0;
        }
        if (g.hasNonNull("subject")) {
          subject[1]++;
          subject[0] += cands.stream().anyMatch(c -> allGroups(g.get("subject"), flat(c.get("subject")))) ? 1 : 0;
        }
        if (g.hasNonNull("qualifier")) {
          qualifier[1]++;
          java.util.Set<String> ok = QUALIFIERS.getOrDefault(g.get("qualifier").asText(), java.util.Set.of(g.get("qualifier").asText()));
          qualifier[0] += cands.stream().anyMatch(c -> ok.contains(flat(c.get("qualifier")).strip())) ? 1 : 0;
        }
        if (g.hasNonNull("location")) {
          location[1]++;
          location[0] += cands.stream().anyMatch(c -> anyWord(g.get("location"), flat(c.get("location")))) ? 1 : 0;
        }
      }
    }
    double precision = correct + wrong == 0 ? 0 : (double) correct / (correct + wrong);
    double recall = required == 0 ? 0 : (double) found / required;
    String report = String.format(Locale.ROOT, "P=%.2f R=%.2f source=%d/%d measure=%d/%d subject=%d/%d qualifier=%d/%d "
        + "location=%d/%d forbidden=%d %s", precision, recall, sourceRight, sourceChecked, measureRight, measureChecked,
        subject[0], subject[1], qualifier[0], qualifier[1], location[0], location[1], forbidden, misses);
    assertThat(forbidden).as(report).isZero();
    assertThat(precision).as(report).isGreaterThanOrEqualTo(PRECISION_FLOOR);
    assertThat(recall).as(report).isGreaterThanOrEqualTo(RECALL_FLOOR);
    assertThat((double) sourceRight / Math.max(1, sourceChecked)).as(report).isGreaterThanOrEqualTo(SOURCE_FLOOR);
    assertThat((double) measureRight / Math.max(1, measureChecked)).as(report).isGreaterThanOrEqualTo(MEASURE_FLOOR);
    assertThat((double) subject[0] / Math.max(1, subject[1])).as(report).isGreaterThanOrEqualTo(SUBJECT_FLOOR);
    assertThat((double) qualifier[0] / Math.max(1, qualifier[1])).as(report).isGreaterThanOrEqualTo(QUALIFIER_FLOOR);
    assertThat((double) location[0] / Math.max(1, location[1])).as(report).isGreaterThanOrEqualTo(LOCATION_FLOOR);
  }

  /** {@code shared/} beside the repository root or any folder above the working directory. */
  public static Optional<Path> sharedDir() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path shared = dir.resolveSibling("shared");
      if (Files.isRegularFile(shared.resolve("eval/seed-gold.json")) && Files.isDirectory(shared.resolve("seeds"))) {
        return Optional.of(shared);
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> claimsOf(Map<String, Object> article) {
    return (List<Map<String, Object>>) article.get("claims");
  }

  private static boolean required(JsonNode g) {
    return g.path("required").asBoolean(true);
  }

  private static List<JsonNode> matching(JsonNode golds, double v, Map<String, Object> c) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode g : golds) {
      if (sameValue(v, g.get("value").asDouble()) && unitOk(g, c)) {
        out.add(g);
      }
    }
    return out;
  }

  static boolean sameValue(double a, double b) {
    return Math.abs(a - b) <= Math.max(1e-6, 0.005 * Math.abs(b));
  }

  /** A count (no gold unit) takes any unit; otherwise the extracted unit must be the gold one. */
  private static boolean unitOk(JsonNode g, Map<String, Object> c) {
    if (!g.hasNonNull("unit")) {
      return true;
    }
    return g.get("unit").asText().equalsIgnoreCase(String.valueOf(c.get("unit")));
  }

  private static String flat(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Map<?, ?> m) {
      StringBuilder s = new StringBuilder();
      m.values().forEach(x -> s.append(flat(x)).append(' '));
      return s.toString();
    }
    return v.toString().toLowerCase(Locale.ROOT);
  }

  /** A stem is found at the start of a word; a short stem (three letters or fewer) only as a whole word. */
  private static boolean has(String stem, String text) {
    String s = stem.strip().toLowerCase(Locale.ROOT);
    String tail = s.length() <= 3 ? "\\b" : "";
    return Pattern.compile("(?<![a-z0-9])" + Pattern.quote(s) + tail).matcher(text).find();
  }

  private static boolean anyWord(JsonNode words, String text) {
    for (JsonNode w : words) {
      if (has(w.asText(), text)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allGroups(JsonNode groups, String text) {
    for (JsonNode group : groups) {
      if (!anyWord(group, text)) {
        return false;
      }
    }
    return true;
  }
}
