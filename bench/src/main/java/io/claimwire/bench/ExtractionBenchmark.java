package io.claimwire.bench;

import io.claimwire.enrich.text.Figure;
import io.claimwire.enrich.text.FigureExtractor;
import io.claimwire.enrich.text.TextCleaner;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The extraction library alone, on one thread: one ~3 KB article per operation ({@code cleanAndExtract}, about one
 * figure sentence in four), or one ~2 KB article as dense in figures as real news ({@code cleanAndExtractDense}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {
  private List<String> articles;
  private List<String> dense;
  private FigureExtractor extractor;
  private TextCleaner cleaner;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    articles = SampleArticles.generate(20261122L, 512);
    dense = SampleArticles.generateDense(20261205L, 512);
    extractor = new FigureExtractor();
    cleaner = new TextCleaner();
  }

  /** Articles per second: clean then extract every figure. */
  @Benchmark
  public List<Figure> cleanAndExtract() {
    String a = articles.get(next);
    next = (next + 1) % articles.size();
    return extractor.extract(cleaner.clean(a));
  }

  /** Articles per second on ~2 KB articles as dense in figures as real news (about fifteen each). */
  @Benchmark
  public List<Figure> cleanAndExtractDense() {
    String a = dense.get(next);
    next = (next + 1) % dense.size();
    return extractor.extract(cleaner.clean(a));
  }
}
