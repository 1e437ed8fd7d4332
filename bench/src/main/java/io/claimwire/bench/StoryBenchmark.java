package io.claimwire.bench;

import io.claimwire.enrich.story.StoryIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Story assignment per article ({@link StoryIndex#assign}: the article's features, the shortlist from the posting
 * lists, the exact likeness of the few best, joining), on one thread, with the index already holding {@code held}
 * earlier articles. The articles alternate between ones that share places, people and organisations (they gather
 * into stories) and ones of their own prose (each opens a story), one every {@value #SECONDS_APART} seconds of
 * published time, so the default window of seven days holds about 20,000 of them and closes the oldest stories as
 * the clock moves on.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoryBenchmark {
  static final int SECONDS_APART = 30;

  @Param({"20000"})
  public int held;

  private List<String> articles;
  private StoryIndex index;
  private Instant clock = Instant.parse("2026-01-01T00:00:00Z");
  private long next;

  @Setup(Level.Trial)
  public void setUp() {
    List<String> gathering = SampleArticles.generate(20261207L, 1024);
    List<String> own = SampleArticles.generateDistinct(20261208L, 1024);
    articles = new ArrayList<>();
    for (int i = 0; i < gathering.size(); i++) {
      articles.add(gathering.get(i));
      articles.add(own.get(i));
    }
    index = StoryIndex.withDefaults();
    for (int i = 0; i < held; i++) {
      assign();
    }
  }

  /** Articles per second through story assignment. */
  @Benchmark
  public Object assign() {
    String text = articles.get((int) (next % articles.size()));
    clock = clock.plus(Duration.ofSeconds(SECONDS_APART));
    return index.assign("article-" + next++, null, text, clock);
  }
}
