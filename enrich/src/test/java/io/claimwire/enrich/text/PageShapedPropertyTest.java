package io.claimwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pages as scraped news comes: bulleted highlights, navigation and link lines, tables, captions, bylines with times,
 * counters, very long lines and mixed scripts, around sentences with figures. Over 1,000 seeded pages, no sentence
 * fails and every figure's offsets point at its own evidence.
 */
class PageShapedPropertyTest {
  private static final String[] BULLETS = {"• ", "- ", "* ", "· ", "▪ ", "– ", "1. ", "2) ", "> ", "◦ ", "•", "■"};
  private static final String[] SUBJECTS = {"workers", "people", "homes", "patients", "ferries", "students", "votes"};
  private static final String[] VERBS = {"were evacuated", "were injured", "rose", "fell", "were counted", "arrived"};
  private static final String[] SOURCES = {"the agency said", "according to the council", "Mayor Lena Ortiz said",
      "officials told reporters", "a spokesperson for the Port Authority said", "the report found"};
  private static final String[] SCRIPTS = {"Ωμέγα 12 χρόνια", "Привет 3 мира", "مرحبا ٣ عالم", "東京 2024年", "नमस्ते १२",
      "İstanbul'da 40", "Zürich – 7½", "𝟙𝟚𝟛 bold digits"};

  private final FigureExtractor extractor = new FigureExtractor();
  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void shouldExtractEveryPageWithNoFailedSentenceAndExactOffsets() {
    Random random = new Random(20261205L);
    for (int page = 0; page < 1_000; page++) {
      String text = cleaner.clean(page(random));
      FigureExtractor.Result r = extractor.extractAll(text);
      assertThat(r.failures()).as("page %d: %s", page, text).isEmpty();
      HostileInputTest.assertEvidenceIsExact(text, r.figures());
    }
  }

  @Test
  void shouldKeepTheFiguresOfBulletedHighlightsAfterAHeading() {
    String text = cleaner.clean("Highlights\n\n• At least 14 people were injured, the fire service said.\n"
        + "• 3 roads remain closed\n•\n• Residents of 220 homes were told to leave.\n\nThe storm passed by noon.");
    List<Figure> figures = Strict.figures(extractor, text);
    assertThat(figures).extracting(Figure::value).contains(14.0, 220.0);
    HostileInputTest.assertEvidenceIsExact(text, figures);
  }

  static String page(Random r) {
    StringBuilder sb = new StringBuilder();
    int lines = 1 + r.nextInt(40);
    for (int i = 0; i < lines; i++) {
      switch (r.nextInt(11)) {
        case 0 -> sb.append(pick(r, BULLETS)).append(sentence(r));
        case 1 -> sb.append("Home | World | Business | Sport | Opinion (").append(r.nextInt(99)).append(")");
        case 2 -> sb.append("Region\t").append(2000 + r.nextInt(30)).append('\t').append(r.nextInt(10_000))
            .append("\t").append(r.nextInt(100)).append('%');
        case 3 -> sb.append("| ").append(r.nextInt(500)).append(" | ").append(r.nextDouble() * 100).append(" |");
        case 4 -> sb.append("Photo: ").append(pick(r, SUBJECTS)).append(" in the square on day ")
            .append(r.nextInt(31)).append(" (Wire Pictures)");
        case 5 -> sb.append("By Ana Reyes, ").append(1 + r.nextInt(28)).append(" Mar 2024 ")
            .append(r.nextInt(24)).append('.').append(10 + r.nextInt(50)).append(" GMT · ").append(r.nextInt(9))
            .append(" min read · ").append(r.nextInt(999)).append(" comments");
        case 6 -> sb.append(sentence(r).repeat(1 + r.nextInt(120)).replace(".", r.nextBoolean() ? "" : ";"));
        case 7 -> sb.append(pick(r, SCRIPTS)).append(' ').append(sentence(r));
        case 8 -> sb.append(r.nextBoolean() ? "" : "   ").append(pick(r, BULLETS));
        default -> sb.append(sentence(r));
      }
      sb.append(r.nextInt(3) == 0 ? "\n\n" : "\n");
    }
    return sb.toString();
  }

  private static String sentence(Random r) {
    String n = switch (r.nextInt(6)) {
      case 0 -> String.valueOf(r.nextInt(100));
      case 1 -> String.format("%,d", r.nextInt(5_000_000));
      case 2 -> "about " + (1 + r.nextInt(9)) + "." + r.nextInt(10) + " million";
      case 3 -> "$" + r.nextInt(900) + "bn";
      case 4 -> r.nextInt(60) + "-" + (60 + r.nextInt(60));
      default -> r.nextInt(100) + "%";
    };
    String core = n + " " + pick(r, SUBJECTS) + " " + pick(r, VERBS);
    return r.nextBoolean() ? "At least " + core + ", " + pick(r, SOURCES) + "." : "The " + pick(r, SUBJECTS)
        + " count reached " + n + " on Monday, " + pick(r, SOURCES) + ".";
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
