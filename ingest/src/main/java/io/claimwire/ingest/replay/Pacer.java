package io.claimwire.ingest.replay;

import java.time.Instant;

/**
 * When to send each record of a replay: at full speed, at a fixed rate (records per second), or at the original
 * pace scaled by a factor (publication times {@code speed} times faster; records without one, or earlier than the
 * last, go at once). Time comes from a {@link Ticker}, so tests drive it without a wall clock.
 */
public final class Pacer {
  /** The clock and the sleep a pacer uses. */
  public interface Ticker {
    long nanoTime();

    void sleepNanos(long nanos) throws InterruptedException;

    Ticker SYSTEM = new Ticker() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleepNanos(long nanos) throws InterruptedException {
        java.util.concurrent.TimeUnit.NANOSECONDS.sleep(nanos);
      }
    };
  }

  private final Double rate;
  private final Double speed;
  private final Ticker ticker;
  private long start = Long.MIN_VALUE;
  private long sent;
  private Instant firstPublished;

  /**
   * @param rate records per second, or null
   * @param speed factor on the original pacing, or null; at most one of the two
   */
  public Pacer(Double rate, Double speed, Ticker ticker) {
    if (rate != null && speed != null) {
      throw new IllegalArgumentException("give a rate or a speed, not both");
    }
    if (rate != null && !(rate > 0) || speed != null && !(speed > 0)) {
      throw new IllegalArgumentException("rate and speed must be positive");
    }
    this.rate = rate;
    this.speed = speed;
    this.ticker = ticker;
  }

  public static Pacer fullSpeed() {
    return new Pacer(null, null, Ticker.SYSTEM);
  }

  /** How long to wait before sending the next record (0: now). Does not wait. */
  public long delayNanos(Instant publishedAt) {
    long now = ticker.nanoTime();
    if (start == Long.MIN_VALUE) {
      start = now;
    }
    long target;
    if (rate != null) {
      target = start + (long) (sent * 1e9 / rate);
    } else if (speed != null && publishedAt != null) {
      if (firstPublished == null) {
        firstPublished = publishedAt;
      }
      long since = java.time.Duration.between(firstPublished, publishedAt).toNanos();
      target = start + (long) (Math.max(0, since) / speed);
    } else {
      target = now;
    }
    return Math.max(0, target - now);
  }

  /** Waits until the next record is due, then counts it as sent. */
  public void await(Instant publishedAt) throws InterruptedException {
    long d = delayNanos(publishedAt);
    if (d > 0) {
      ticker.sleepNanos(d);
    }
    sent++;
  }
}
