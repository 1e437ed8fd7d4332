package io.claimwire.ingest.feed;

import io.claimwire.ingest.ArticleOutput;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds until stopped, each on its own schedule: its interval after a poll, the server's Retry-After when it
 * asks for one, and after an error a backoff that doubles per failure in a row (capped at an hour), so one failing
 * or slow feed never holds up the others (a pool of threads). A feed that fails for a reason retrying cannot fix
 * (refused address, oversized or unparseable body, redirect loop) gets one dead letter per distinct reason.
 */
public final class FeedService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedService.class);
  static final Duration MAX_BACKOFF = Duration.ofHours(1);

  /** Counters for logs, health and tests. */
  public static final class Stats {
    public final AtomicLong polls = new AtomicLong();
    public final AtomicLong notModified = new AtomicLong();
    public final AtomicLong articles = new AtomicLong();
    public final AtomicLong edited = new AtomicLong();
    public final AtomicLong errors = new AtomicLong();
  }

  private final FeedPoller poller;
  private final ArticleOutput output;
  private final List<FeedSpec> feeds;
  private final ScheduledExecutorService pool;
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final Map<String, String> lastDeadReason = new ConcurrentHashMap<>();
  private final Stats stats = new Stats();

  public FeedService(FeedPoller poller, ArticleOutput output, List<FeedSpec> feeds) {
    this.poller = poller;
    this.output = output;
    this.feeds = List.copyOf(feeds);
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newScheduledThreadPool(Math.max(1, Math.min(8, feeds.size())), r -> {
      Thread t = new Thread(r, "claimwire-feeds-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  public FeedService start() {
    for (FeedSpec f : feeds) {
      pool.execute(() -> pollAndReschedule(f));
    }
    LOG.info("polling {} feed(s)", feeds.size());
    return this;
  }

  public Stats stats() {
    return stats;
  }

  private void pollAndReschedule(FeedSpec feed) {
    if (pool.isShutdown()) {
      return;
    }
    Duration next = pollOnce(feed);
    if (next == null) {
      return;
    }
    try {
      pool.schedule(() -> pollAndReschedule(feed), next.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException stopped) {
      // shutting down
    }
  }

  /**
   * Polls the feed once and returns when to poll it next (null when interrupted). A failure that retrying cannot
   * mend is dead-lettered once while it repeats: one dead letter per distinct failure in a row, not one per poll.
   */
  Duration pollOnce(FeedSpec feed) {
    Duration next = feed.interval();
    AtomicInteger failed = failures.computeIfAbsent(feed.url().toString(), k -> new AtomicInteger());
    try {
      FeedPoller.Result r = poller.poll(feed);
      stats.polls.incrementAndGet();
      failed.set(0);
      lastDeadReason.remove(feed.url().toString()); // the next failure after a success is recorded again
      switch (r.status()) {
        case NOT_MODIFIED -> stats.notModified.incrementAndGet();
        case RETRY_LATER -> {
          next = r.retryAfter().compareTo(next) > 0 ? r.retryAfter() : next;
          LOG.info("{} asks to retry after {} s", feed.url(), r.retryAfter().toSeconds());
        }
        case FETCHED -> {
          stats.articles.addAndGet(r.sent() + r.edited());
          stats.edited.addAndGet(r.edited());
          if (r.sent() + r.edited() + r.deadLettered() > 0) {
            LOG.info("{}: {} new, {} edited, {} unchanged, {} dead-lettered", feed.url(), r.sent(), r.edited(),
                r.unchanged(), r.deadLettered());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (Exception e) {
      stats.polls.incrementAndGet();
      stats.errors.incrementAndGet();
      int n = failed.incrementAndGet();
      next = backoff(feed.interval(), n);
      String reason = FeedPoller.firstLine(e);
      LOG.warn("{}: {} (failure {} in a row; next try in {} s)", feed.url(), reason, n, next.toSeconds());
      if (e instanceof SafeHttp.FetchException fe && fe.permanent()
          && !reason.equals(lastDeadReason.put(feed.url().toString(), reason))) {
        output.unreadable(feed.url().toString(), fe.body(), reason);
      }
    }
    return next;
  }

  /** interval × 2^failures, capped at an hour (never below the interval). */
  static Duration backoff(Duration interval, int failures) {
    Duration d = interval;
    for (int i = 0; i < failures && d.compareTo(MAX_BACKOFF) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(MAX_BACKOFF) > 0 ? (interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF) : d;
  }

  @Override
  public void close() {
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
