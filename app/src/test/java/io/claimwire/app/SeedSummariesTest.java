package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimwire.app.commands.SeedGoldTest;
import io.claimwire.enrich.summary.FigureTopics;
import io.claimwire.enrich.summary.Summarizer;
import io.claimwire.enrich.text.FigureExtractor;
import io.claimwire.enrich.text.TextCleaner;
import io.claimwire.enrich.topology.ClaimMapper;
import io.claimwire.ingest.ArticleFiles;
import io.claimwire.ingest.ReadabilityExtractor;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.RawArticle;
import io.claimwire.schemas.avro.SummaryFigure;
import io.claimwire.schemas.avro.SummaryStatus;
import io.claimwire.schemas.avro.TopicContribution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's seed check, offline: each seed file its own outlet, claims extracted and summarised by the same
 * library the topology runs. Names the seed story's figures here, in the test, and nowhere in the code. Skips
 * where {@code ../shared} is absent.
 */
class SeedSummariesTest {
  @Test
  void seedsSummariseIntoOneCarriedFigureACorroborationAndADispute() throws Exception {
    Optional<Path> shared = SeedGoldTest.sharedDir();
    assumeTrue(shared.isPresent(), "../shared/seeds is not here");
    Map<String, List<TopicContribution>> byTopic = new TreeMap<>();
    ArticleFiles files = new ArticleFiles(new ReadabilityExtractor());
    TextCleaner cleaner = new TextCleaner();
    FigureExtractor extractor = new FigureExtractor();
    List<Path> seeds;
    try (Stream<Path> s = Files.list(shared.get().resolve("seeds"))) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path seed : seeds) {
      List<RawArticle> read = new ArrayList<>();
      files.read(seed, new io.claimwire.ingest.ArticleOutput() {
        @Override
        public java.util.concurrent.CompletableFuture<?> article(RawArticle a) {
          read.add(a);
          return java.util.concurrent.CompletableFuture.completedFuture(null);
        }

        @Override
        public void unreadable(String origin, byte[] content, String reason) {
          throw new AssertionError(origin + ": " + reason);
        }
      });
      RawArticle a = read.get(0);
      String id = "seed-" + seed.getFileName();
      Map<String, List<Claim>> topics = new TreeMap<>();
      for (var fig : extractor.extract(cleaner.clean(a.getText()))) {
        Claim c = ClaimMapper.claim(id, 1, a.getOutlet(), a.getUrl(), a.getPublishedAt(), fig, FigureExtractor.VERSION);
        FigureTopics.topicKey(c.getSubject(), c.getMeasure(), c.getUnit())
            .ifPresent(k -> topics.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
      }
      topics.forEach((k, claims) -> byTopic.computeIfAbsent(k, x -> new ArrayList<>()).add(TopicContribution
          .newBuilder().setTopicKey(k).setArticleId(id).setArticleVersion(1).setClaims(claims).build()));
    }
    Summarizer summarizer = new Summarizer(Summarizer.DEFAULT_TOLERANCE);
    Map<String, ClaimSummary> summaries = new TreeMap<>();
    byTopic.forEach((k, cs) -> summaries.put(k, summarizer.summarize(k, cs, 0)));

    ClaimSummary casualties = only(summaries, "killed or wounded");
    assertThat(casualties.getStatus()).as(casualties.getNote()).isEqualTo(SummaryStatus.DISPUTED);
    SummaryFigure threeThousand = figure(casualties, 3000);
    assertThat(threeThousand.getIndependentOutlets()).isEqualTo(4);
    assertThat(threeThousand.getSources()).anyMatch(s -> s.contains("Zelensky"));
    assertThat(figure(casualties, 1100).getSources()).anyMatch(s -> s.contains("South Korea"));

    ClaimSummary deployed = only(summaries, "deployed");
    assertThat(deployed.getStatus()).as(deployed.getNote()).isEqualTo(SummaryStatus.CORROBORATED);
    assertThat(figure(deployed, 11000).getIndependentOutlets()).isEqualTo(3);
  }

  private static ClaimSummary only(Map<String, ClaimSummary> summaries, String measure) {
    List<ClaimSummary> found = summaries.values().stream()
        .filter(s -> measure.equals(s.getMeasure()) && s.getTopicKey().contains("|north korean|")).toList();
    assertThat(found).as("one North Korean '%s' topic in %s", measure, summaries.keySet()).hasSize(1);
    return found.get(0);
  }

  private static SummaryFigure figure(ClaimSummary s, double value) {
    return s.getFigures().stream().filter(f -> f.getValue() == value).findFirst()
        .orElseThrow(() -> new AssertionError(value + " not among " + s.getFigures()));
  }
}
