package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks (JMH, one forked JVM each, one thread): extraction of ~3 KB articles (articles/s), "
        + "extraction time of 100 KB and 1 MB hostile inputs (work must grow linearly), and the dedup sequencer's "
        + "own work per article with 7 days of news indexed (articles/s; goal 20,000), and story assignment per "
        + "article with 20,000 articles held (StoryBenchmark, articles/s). With --pipeline, the "
        + "end-to-end benchmark instead (see --pipeline). Compare numbers from one run only; machines are noisy.")
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--include", defaultValue = "", description = "Regular expression of benchmarks to run; empty runs all. Default: all.")
  String include;

  @Option(names = "--forks", defaultValue = "1", description = "JVM forks per benchmark. Default: ${DEFAULT-VALUE}.")
  int forks;

  @Option(names = "--warmups", defaultValue = "3", description = "Warm-up iterations. Default: ${DEFAULT-VALUE}.")
  int warmups;

  @Option(names = "--iterations", defaultValue = "5", description = "Measured iterations. Default: ${DEFAULT-VALUE}.")
  int iterations;

  @Option(names = "--seconds", defaultValue = "3", description = "Seconds per iteration. Default: ${DEFAULT-VALUE}.")
  int seconds;

  @Option(names = "--pipeline", description = "Instead of JMH: the end-to-end benchmark. Generates --articles "
      + "articles (about 3 KB, 5-15 figures each, 15%% syndicated copies, 5%% updates, stories of 1 to 200 articles "
      + "over simulated days), runs them through the embedded pipeline in this process (broker, enrich, sink; every "
      + "verdict, claim set and summary stored), then a bare Kafka Streams exactly-once pass-through of the same raw "
      + "records on the same broker. Data goes to a temporary directory, removed at the end.")
  boolean pipeline;

  @Option(names = "--warc", description = "Instead of JMH: the WARC replay benchmark. Generates --warc-mb of "
      + "gzipped WARC (a request and a response record per page; pages of 40-70 KB with navigation, lists of other "
      + "stories, scripts and styles around a generated article) and replays it into the raw topic of an embedded "
      + "broker as `claimwire replay` does: pages/s from file to topic, HTML extraction and language detection "
      + "included, and pages per CPU second of the replaying thread.")
  boolean warc;

  @Option(names = "--warc-mb", defaultValue = "200", description = "With --warc: size of the generated WARC file in MB. Default: ${DEFAULT-VALUE}.")
  int warcMb;

  @Option(names = "--vs", paramLabel = "CHECKOUT", description = "Instead of JMH: this build's extraction against "
      + "another built checkout's (its app/target/lib), in one JVM: each build in a class loader of its own, run on the "
      + "same articles in alternating 200 ms slices of CPU time, so the machine's drift falls on both alike (separate "
      + "JMH runs spread by about 20%% here). Prints articles per CPU second of each and their ratio, for the ~3 KB "
      + "and the dense articles. About two minutes.")
  Path vs;

  @Option(names = "--articles", defaultValue = "50000", description = "With --pipeline: how many articles. Default: ${DEFAULT-VALUE}.")
  int articles;

  @Option(names = "--seed", defaultValue = "20261206", description = "With --pipeline or --warc: the generator's seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (warc) {
      if (warcMb < 1) {
        throw new CommandLine.ParameterException(new CommandLine(this), "--warc-mb must be at least 1, got " + warcMb);
      }
      Path dir = Files.createTempDirectory("claimwire-bench-");
      try {
        OUT.println(WarcBench.run(warcMb, seed, dir, OUT).line());
      } finally {
        deleteTree(dir);
      }
      return 0;
    }
    if (pipeline) {
      if (articles < 10) {
        throw new CommandLine.ParameterException(new CommandLine(this), "--articles must be at least 10, got " + articles);
      }
      Path dir = Files.createTempDirectory("claimwire-bench-");
      try {
        PipelineBench.Result r = PipelineBench.run(articles, seed, dir, OUT);
        OUT.println(r.line());
      } finally {
        deleteTree(dir);
      }
      return 0;
    }
    Path jar = benchJar();
    if (jar == null) {
      System.err.println("claimwire bench: the JMH benchmarks are built with the sources (bench/target/claimwire-bench.jar) "
          + "and are not part of the product; run it from a source checkout (./claimwire builds them), or use "
          + "--pipeline");
      return 2;
    }
    // JMH stays off the product's class path: the benchmarks run in a JVM of their own
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.claimwire.schemas.avro", "-jar", jar.toString(),
        "--forks", Integer.toString(forks), "--warmups", Integer.toString(warmups), "--iterations",
        Integer.toString(iterations), "--seconds", Integer.toString(seconds)));
    if (!include.isEmpty()) {
      command.addAll(List.of("--include", include));
    }
    if (vs != null) {
      command.addAll(List.of("--vs", vs.toAbsolutePath().toString()));
    }
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }

  /** The benchmark jar of the checkout this claimwire runs from (its bench/target), or null. */
  static Path benchJar() throws java.net.URISyntaxException {
    Path here = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      Path jar = dir.resolve("bench").resolve("target").resolve("claimwire-bench.jar");
      if (Files.isRegularFile(jar)) {
        return jar;
      }
    }
    return null;
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var paths = Files.walk(dir)) {
      for (Path q : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }
}
