package io.claimwire.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH benchmarks in one JVM fork each and returns their scores. */
public final class Benchmarks {
  /** One benchmark's score with its 99.9% error and unit, as JMH measured it; {@code params} names the case. */
  public record Score(String name, String params, double score, double error, String unit) {}

  /** What to run and for how long. */
  public record Plan(String include, int forks, int warmups, int iterations, int secondsEach) {
    public static Plan standard() {
      return new Plan("", 1, 3, 5, 3);
    }
  }

  private Benchmarks() {}

  /**
   * Runs the plan given as {@code --include REGEX --forks N --warmups N --iterations N --seconds N} (each optional;
   * the standard plan otherwise) and prints one line per benchmark: what {@code claimwire bench} shows.
   */
  public static void main(String[] args) throws Exception {
    Plan standard = Plan.standard();
    String include = standard.include();
    int forks = standard.forks();
    int warmups = standard.warmups();
    int iterations = standard.iterations();
    int seconds = standard.secondsEach();
    java.nio.file.Path vs = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--vs" -> vs = java.nio.file.Path.of(v);
        case "--include" -> include = v;
        case "--forks" -> forks = Integer.parseInt(v);
        case "--warmups" -> warmups = Integer.parseInt(v);
        case "--iterations" -> iterations = Integer.parseInt(v);
        case "--seconds" -> seconds = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (vs != null) {
      versus(vs);
      return;
    }
    List<Score> scores = run(new Plan(include, forks, warmups, iterations, seconds));
    System.out.println();
    System.out.println(String.format("%-40s %-28s %14s %12s  %s", "BENCHMARK (1 thread)", "CASE", "SCORE", "± 99.9%",
        "UNIT"));
    for (Score sc : scores) {
      System.out.println(String.format(java.util.Locale.ROOT, "%-40s %-28s %,14.1f %,12.1f  %s", sc.name(),
          sc.params(), sc.score(), sc.error(), sc.unit()));
    }
    System.out.println("cleanAndExtract: one ~3 KB article per operation, so ops/s is articles per second per core.");
    System.out.println("cleanAndExtractDense: one ~2 KB article as dense in figures as real news (about fifteen).");
    System.out.println("extractAll: time for one whole input; linear work takes ten times as long at 1000000 as at 100000.");
  }

  /**
   * This checkout's extraction against the built checkout at {@code other}, in one JVM ({@link ExtractorAB}): on
   * the ~3 KB bench articles and on the dense ones; prints one line each.
   */
  static void versus(java.nio.file.Path other) throws Exception {
    java.nio.file.Path jar = java.nio.file.Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).toAbsolutePath(); // <checkout>/bench/target/claimwire-bench.jar
    java.nio.file.Path here = jar.getParent().getParent().getParent();
    List<java.nio.file.Path> mine = ExtractorAB.productJars(here);
    List<java.nio.file.Path> theirs = ExtractorAB.productJars(other.toAbsolutePath());
    System.out.println("this build: " + here + "; other: " + other.toAbsolutePath() + " (about 2 minutes)");
    System.out.println(ExtractorAB.run("~3 KB articles", SampleArticles.generate(20261122L, 512), mine, theirs, 50, 100,
        200_000_000L).line());
    System.out.println(ExtractorAB.run("dense articles", SampleArticles.generateDense(20261205L, 512), mine, theirs, 50,
        100, 200_000_000L).line());
  }

  /** The names that can be selected with {@link Plan#include()} (a regular expression; empty runs all). */
  public static List<String> names() {
    return List.of(ExtractionBenchmark.class.getSimpleName() + ".cleanAndExtract",
        ExtractionBenchmark.class.getSimpleName() + ".cleanAndExtractDense",
        LargeInputBenchmark.class.getSimpleName() + ".extractAll", SequencerBenchmark.class.getSimpleName() + ".sequence");
  }

  public static List<Score> run(Plan plan) throws RunnerException {
    ChainedOptionsBuilder o = new OptionsBuilder()
        .include(plan.include().isEmpty() ? "io\\.claimwire\\.bench\\..*" : plan.include())
        .forks(plan.forks()).warmupIterations(plan.warmups()).measurementIterations(plan.iterations())
        .warmupTime(TimeValue.seconds(plan.secondsEach())).measurementTime(TimeValue.seconds(plan.secondsEach()))
        .threads(1).shouldFailOnError(true)
        .jvmArgsAppend("-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.claimwire.schemas.avro");
    Collection<RunResult> results = new Runner(o.build()).run();
    List<Score> out = new ArrayList<>();
    for (RunResult r : results) {
      var primary = r.getPrimaryResult();
      String name = r.getParams().getBenchmark().replaceFirst("^io\\.claimwire\\.bench\\.", "");
      StringBuilder params = new StringBuilder();
      for (String key : r.getParams().getParamsKeys()) {
        params.append(params.length() == 0 ? "" : " ").append(key).append('=').append(r.getParams().getParam(key));
      }
      out.add(new Score(name, params.toString(), primary.getScore(), primary.getScoreError(), primary.getScoreUnit()));
    }
    return out;
  }
}
