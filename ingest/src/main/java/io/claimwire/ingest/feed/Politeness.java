package io.claimwire.ingest.feed;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** At most one request per host per delay: a caller waits for its host's turn (other hosts are not held up). */
public final class Politeness {
  private final long delayNanos;
  private final ConcurrentHashMap<String, Long> nextAllowed = new ConcurrentHashMap<>();

  public Politeness(Duration delay) {
    this.delayNanos = delay.toNanos();
  }

  public void await(URI uri) throws InterruptedException {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    long[] slot = new long[1];
    nextAllowed.compute(host, (h, next) -> {
      long now = System.nanoTime();
      long at = next == null || next < now ? now : next;
      slot[0] = at;
      return at + delayNanos;
    });
    long wait = slot[0] - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }
}
