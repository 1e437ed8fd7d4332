package io.claimwire.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extraction of this build against another, in one JVM: each build's {@code TextCleaner} and {@code FigureExtractor}
 * load in a class loader of their own and run the same articles in alternating slices of thread CPU time (who goes
 * first alternates too), so a busy neighbour or a slower core in one minute falls on both builds alike. Separate
 * runs of JMH on these machines spread by ±20 %; this A/B gives 0.99 for a build against itself.
 */
public final class ExtractorAB {
  /** Articles per CPU second of each build over the measured slices, and their ratio. */
  public record Result(String articles, double thisRate, double otherRate, int slices) {
    public double ratio() {
      return thisRate / otherRate;
    }

    public String line() {
      return String.format(Locale.ROOT, "extraction A/B, %s: this build %,.0f articles/cpu-s, other %,.0f; ratio %.3f"
          + " (%d alternating slices each, after warm-up)", articles, thisRate, otherRate, ratio(), slices);
    }
  }

  private ExtractorAB() {}

  /** One build's cleaner and extractor, called by reflection through its own class loader. */
  private record Build(Object cleaner, Method clean, Object extractor, Method extract) {
    static Build load(ClassLoader loader) throws ReflectiveOperationException {
      Class<?> cleanerClass = loader.loadClass("io.claimwire.enrich.text.TextCleaner");
      Class<?> extractorClass = loader.loadClass("io.claimwire.enrich.text.FigureExtractor");
      return new Build(cleanerClass.getConstructor().newInstance(), cleanerClass.getMethod("clean", String.class),
          extractorClass.getConstructor().newInstance(), extractorClass.getMethod("extract", String.class));
    }

    int run(String article) throws ReflectiveOperationException {
      return ((List<?>) extract.invoke(extractor, clean.invoke(cleaner, article))).size();
    }
  }

  /** The jars of a built checkout's product ({@code app/target/lib}), or an explanation of what is missing. */
  public static List<Path> productJars(Path checkout) throws java.io.IOException {
    Path lib = checkout.resolve("app").resolve("target").resolve("lib");
    if (!Files.isDirectory(lib)) {
      throw new IllegalArgumentException(lib + " does not exist: build that checkout first (mvn -q -B package "
          + "-DskipTests in it)");
    }
    try (var files = Files.list(lib)) {
      List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
      if (jars.stream().noneMatch(p -> p.getFileName().toString().startsWith("claimwire-enrich"))) {
        throw new IllegalArgumentException(lib + " holds no claimwire-enrich jar");
      }
      return jars;
    }
  }

  /**
   * Runs both builds over {@code articles}: {@code warmSlices} slices each to warm up, then {@code slices} measured
   * slices each of {@code sliceNanos} of this thread's CPU time.
   */
  public static Result run(String name, List<String> articles, List<Path> thisJars, List<Path> otherJars,
      int warmSlices, int slices, long sliceNanos) throws Exception {
    try (URLClassLoader a = loader(thisJars); URLClassLoader b = loader(otherJars)) {
      Build[] builds = {Build.load(a), Build.load(b)};
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      long[] nanos = new long[2];
      long[] done = new long[2];
      int[] next = new int[2];
      long sink = 0;
      for (int s = 0; s < warmSlices + slices; s++) {
        for (int turn = 0; turn < 2; turn++) {
          int k = s % 2 == 0 ? turn : 1 - turn;
          long start = cpu.getCurrentThreadCpuTime();
          long now;
          int n = 0;
          do {
            sink += builds[k].run(articles.get(next[k]++ % articles.size()));
            n++;
          } while ((now = cpu.getCurrentThreadCpuTime()) - start < sliceNanos);
          if (s >= warmSlices) {
            nanos[k] += now - start;
            done[k] += n;
          }
        }
      }
      if (sink < 0) {
        throw new IllegalStateException("unreachable: a count of figures is never negative");
      }
      return new Result(name, done[0] / (nanos[0] / 1e9), done[1] / (nanos[1] / 1e9), slices);
    }
  }

  private static URLClassLoader loader(List<Path> jars) throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (Path p : jars) {
      urls.add(p.toUri().toURL());
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }
}
