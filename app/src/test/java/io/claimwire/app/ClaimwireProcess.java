package io.claimwire.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@code claimwire} command in a child JVM on the test's own classpath, its output in a log file: killable for real. */
final class ClaimwireProcess implements AutoCloseable {
  final Process process;
  final Path log;

  private ClaimwireProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static ClaimwireProcess start(Path logDir, String name, String... args) throws IOException {
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + "-" + System.nanoTime() + ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.claimwire.app.Main"));
    command.addAll(List.of(args));
    return new ClaimwireProcess(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
  }

  /** A claimwire command run against the same Kafka (and schema registry, in registry mode) as a pipeline. */
  static ClaimwireProcess start(Path logDir, String name, Pipeline same, String... args) throws IOException {
    return start(logDir, name, connection(same, args));
  }

  /** The arguments with the flags that point a command at the pipeline's Kafka and schema registry. */
  static String[] connection(Pipeline same, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--bootstrap-servers", same.clientProps().getProperty("bootstrap.servers")));
    if (same.settings().schemaRegistry() != null) {
      all.addAll(List.of("--schema-registry", same.settings().schemaRegistry()));
    }
    return all.toArray(String[]::new);
  }

  String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Waits until the output contains the text; fails with the output if the process exits first or time runs out. */
  ClaimwireProcess awaitOutput(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (output().contains(text)) {
        return this;
      }
      if (!process.isAlive()) {
        throw new AssertionError("claimwire exited (" + process.exitValue() + ") before '" + text + "':\n" + output());
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    process.destroyForcibly();
    throw new AssertionError("no '" + text + "' within " + timeout.toSeconds() + " s:\n" + output());
  }

  /** Fails with the output when the process is no longer running. */
  void assertAlive() {
    if (!process.isAlive()) {
      throw new AssertionError("claimwire exited (" + process.exitValue() + "):\n" + output());
    }
  }

  /** SIGKILL: no shutdown hook, no clean-up, wherever it is. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** SIGTERM, then waits for the process to stop (killed after a minute). */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
