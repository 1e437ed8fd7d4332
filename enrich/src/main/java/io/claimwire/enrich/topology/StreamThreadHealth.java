package io.claimwire.enrich.topology;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;

/**
 * Whether an enrich instance is ready to do its work: running (or rebalancing) with at least one live stream
 * thread, and its threads not dying over and over. A thread that fails is replaced; one failure is a blip, but
 * {@link #FAILURES} within {@link #WINDOW} mean a record or a dependency keeps killing them, and the instance is
 * not ready until a window passes without that.
 */
public final class StreamThreadHealth {
  public static final int FAILURES = 2;
  public static final Duration WINDOW = Duration.ofMinutes(5);
  private final Clock clock;
  private final Deque<Long> failures = new ArrayDeque<>();
  private long total;

  public StreamThreadHealth(Clock clock) {
    this.clock = clock;
  }

  public StreamThreadHealth() {
    this(Clock.systemUTC());
  }

  /** Notes that a stream thread died (from the uncaught exception handler). */
  public synchronized void threadFailed() {
    total++;
    failures.addLast(clock.millis());
    while (failures.size() > FAILURES) {
      failures.removeFirst();
    }
  }

  /** Stream threads that died since start. */
  public synchronized long failures() {
    return total;
  }

  /** True while the threads keep dying: {@link #FAILURES} failures within the last {@link #WINDOW}. */
  public synchronized boolean keepsDying() {
    return failures.size() >= FAILURES && clock.millis() - failures.peekFirst() <= WINDOW.toMillis();
  }

  /** Ready: running or rebalancing, a live stream thread, and threads not dying over and over. */
  public boolean ready(KafkaStreams streams) {
    KafkaStreams.State st = streams.state();
    if (st != KafkaStreams.State.RUNNING && st != KafkaStreams.State.REBALANCING) {
      return false;
    }
    boolean alive = false;
    for (ThreadMetadata t : streams.metadataForLocalThreads()) {
      alive |= !t.threadState().equals("DEAD") && !t.threadState().equals("PENDING_SHUTDOWN");
    }
    return alive && !keepsDying();
  }
}
