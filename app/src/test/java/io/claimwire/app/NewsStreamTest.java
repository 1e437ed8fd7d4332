package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.enrich.text.FigureExtractor;
import io.claimwire.enrich.text.TextCleaner;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The end-to-end benchmark's stream has the shape its description promises, the same for the same seed. */
class NewsStreamTest {
  private static final List<NewsStream.Article> STREAM = NewsStream.generate(20261206L, 3_000);

  @Test
  void sameSeedSameStreamInPublicationOrder() {
    assertThat(NewsStream.generate(20261206L, 3_000)).isEqualTo(STREAM);
    assertThat(STREAM).hasSize(3_000);
    for (int i = 1; i < STREAM.size(); i++) {
      assertThat(STREAM.get(i).publishedAt()).isAfterOrEqualTo(STREAM.get(i - 1).publishedAt());
    }
    assertThat(STREAM.stream().map(NewsStream.Article::id).distinct().count()).isEqualTo(3_000);
  }

  @Test
  void copiesAndUpdatesInTheirShareAndAfterWhatTheyRepeat() {
    Map<String, NewsStream.Article> originalsByText = new HashMap<>();
    Map<String, NewsStream.Article> originalsByUrl = new HashMap<>();
    int copies = 0;
    int updates = 0;
    for (NewsStream.Article a : STREAM) {
      switch (a.kind()) {
        case ORIGINAL -> {
          originalsByText.put(a.text(), a);
          originalsByUrl.put(a.url(), a);
        }
        case COPY -> {
          copies++;
          NewsStream.Article of = originalsByText.get(a.text());
          assertThat(of).as("a copy comes after its original").isNotNull();
          assertThat(a.url()).isNotEqualTo(of.url());
        }
        case UPDATE -> {
          updates++;
          NewsStream.Article of = originalsByUrl.get(a.url());
          assertThat(of).as("an update comes after the article it revises").isNotNull();
          assertThat(a.outlet()).isEqualTo(of.outlet());
          assertThat(a.text()).isNotEqualTo(of.text());
        }
      }
    }
    assertThat(copies).isBetween(420, 480); // 15 % of 3,000, less the few generated after the cut
    assertThat(updates).isBetween(120, 160); // 5 %
  }

  @Test
  void articlesAreAboutThreeKilobytesWithFiveToFifteenFigures() {
    FigureExtractor extractor = new FigureExtractor();
    TextCleaner cleaner = new TextCleaner();
    Set<String> titles = new HashSet<>();
    int inRange = 0;
    for (NewsStream.Article a : STREAM.subList(0, 300)) {
      assertThat(a.text().length()).isBetween(2_500, 4_500);
      int figures = extractor.extract(cleaner.clean(a.text())).size();
      inRange += figures >= 5 && figures <= 30 ? 1 : 0; // a figure sentence may hold two figures
      titles.add(a.title());
    }
    assertThat(inRange).isGreaterThanOrEqualTo(290);
    assertThat(titles.size()).as("many stories, not one").isGreaterThan(30);
  }
}
