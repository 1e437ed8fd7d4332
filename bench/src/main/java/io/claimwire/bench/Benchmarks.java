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
