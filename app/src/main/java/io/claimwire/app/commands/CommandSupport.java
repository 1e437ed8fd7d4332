package io.claimwire.app.commands;

import io.claimwire.app.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;

/** What several commands share: printing claims, waiting for Ctrl-C, option checks. */
public final class CommandSupport {
  private CommandSupport() {}

  /** Where commands print (only this package prints to standard output). */
  public static final PrintStream OUT = System.out;

  public static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  /** Refuses a number outside [min, max], naming its flag. */
  static void within(CommandLine.Model.CommandSpec spec, String flag, int value, int min, int max) {
    if (value < min || value > max) {
      throw new CommandLine.ParameterException(spec.commandLine(), flag + " must be between " + min + " and " + max
          + ", got " + value);
    }
  }

  /** Store columns under the contract's field names: {@code record_id} is {@code recordId}, a claim's figure its value. */
  public static Map<String, Object> contractNames(Map<String, Object> row) {
    return io.claimwire.sink.ContractNames.of(row);
  }

  static void printClaims(Pipeline p) {
    List<Map<String, Object>> rows = new ArrayList<>();
    p.store().export("claims", rows::add);
    ClaimTable.print(OUT, rows);
    List<Map<String, Object>> summaries = new ArrayList<>();
    p.store().export("summaries", summaries::add);
    SummaryTable.print(OUT, summaries);
  }

  /** Blocks until the JVM is asked to stop; the caller's try-with-resources then shuts everything down. */
  static void awaitCtrlC() throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      try {
        // the services stop within Pipeline.SHUTDOWN_TIMEOUT; the JVM exits when this hook returns, in any case
        closed.await(Pipeline.SHUTDOWN_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    stop.await();
    OUT.println("stopping…");
    CLOSED.set(closed);
  }

  /** Set when Ctrl-C stopped a command: counted down once everything is closed. */
  public static final java.util.concurrent.atomic.AtomicReference<CountDownLatch> CLOSED = new java.util.concurrent.atomic.AtomicReference<>();
}
