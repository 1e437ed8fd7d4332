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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How extraction's work grows with input size: the same hostile shapes at 100 KB and 1 MB. Linear work shows as a
 * tenfold time for the tenfold input; compare the two sizes of one shape within one run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargeInputBenchmark {
  @Param({"100000", "1000000"})
  public int size;

  @Param({"prose", "dashes", "digits"})
  public String shape;

  private String text;
  private final FigureExtractor extractor = new FigureExtractor();
  private final TextCleaner cleaner = new TextCleaner();

  @Setup(Level.Trial)
  public void setUp() {
    String unit = switch (shape) {
      case "prose" -> "At least 40 people were killed in Port Vell, the mayor said. Between 200 and 300 homes were damaged. ";
      case "dashes" -> "10-20-30-40-";
      default -> "1,000,";
    };
    text = unit.repeat(size / unit.length() + 1).substring(0, size);
  }

  /** Milliseconds to clean and extract the whole input. */
  @Benchmark
  public List<Figure> extractAll() {
    return extractor.extract(cleaner.clean(text));
  }
}
