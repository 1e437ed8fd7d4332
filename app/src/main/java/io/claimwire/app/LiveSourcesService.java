package io.claimwire.app;

import io.claimwire.ingest.ArticleFiles;
import io.claimwire.ingest.ArticleOutput;
import io.claimwire.ingest.KafkaStateStore;
import io.claimwire.ingest.RawPublisher;
import io.claimwire.ingest.ReadabilityExtractor;
import io.claimwire.ingest.feed.FeedPoller;
import io.claimwire.ingest.feed.FeedService;
import io.claimwire.ingest.feed.FeedSpec;
import io.claimwire.ingest.feed.FeedState;
import io.claimwire.ingest.feed.Politeness;
import io.claimwire.ingest.feed.SafeHttp;
import io.claimwire.ingest.push.PushEndpoint;
import io.claimwire.ingest.watch.DirectoryWatcher;
import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.RawArticle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live sources of this process: feeds, watched directories and the push endpoint, sharing one publisher (one
 * idempotent producer: thread-safe), made when first needed. Stopping closes the sources, then the producers.
 */
final class LiveSourcesService implements Service {
  private static final Logger LOG = LoggerFactory.getLogger(LiveSourcesService.class);
  private final PipelineSettings settings;
  private final Topics topics;
  private KafkaProducer<String, RawArticle> producer;
  private KafkaProducer<byte[], byte[]> deadLetters;
  private RawPublisher publisher;
  private KafkaStateStore<FeedState> feedStates;
  private FeedService feeds;
  private PushEndpoint push;
  private KafkaStateStore<DirectoryWatcher.Taken> watchStates;
  private final List<DirectoryWatcher> watchers = new ArrayList<>();

  LiveSourcesService(PipelineSettings settings, Topics topics) {
    this.settings = settings;
    this.topics = topics;
  }

  /** The shared publisher when one was made (for its meters), else null. */
  synchronized RawPublisher publisherIfAny() {
    return publisher;
  }

  /** The one publisher every live source shares. */
  synchronized RawPublisher publisher() {
    if (publisher == null) {
      producer = new KafkaProducer<>(settings.producerProps(), new StringSerializer(), topics.raw.valueSerde().serializer());
      deadLetters = new KafkaProducer<>(settings.producerProps(), new ByteArraySerializer(), new ByteArraySerializer());
      publisher = new RawPublisher(producer, deadLetters, topics).keepLanguages(settings.languages());
    }
    return publisher;
  }

  private FeedPoller feedPoller(LiveSources live, ArticleOutput out) {
    if (feedStates == null) {
      feedStates = new KafkaStateStore<>(settings.clientProps(), topics.feedState.name(), FeedState.class);
    }
    return new FeedPoller(new SafeHttp(live.http()), new ReadabilityExtractor(), feedStates, out,
        new Politeness(live.fetchDelay()), Clock.systemUTC(), settings.limits());
  }

  /** Starts polling the feeds, each on its own schedule, watching the directories, and the push endpoint. */
  void start(LiveSources live) {
    RawPublisher out = publisher();
    if (!live.feeds().isEmpty()) {
      feeds = new FeedService(feedPoller(live, out), out, live.feeds()).start();
    }
    if (!live.watch().isEmpty()) {
      watchStates = new KafkaStateStore<>(settings.clientProps(), topics.watchState.name(), DirectoryWatcher.Taken.class);
      for (Path dir : live.watch()) {
        watchers.add(new DirectoryWatcher(dir, new ArticleFiles(new ReadabilityExtractor(), settings.limits()), out,
            watchStates, live.settle()).start(Duration.ofSeconds(1)));
      }
    }
    if (live.push() != null) {
      push = new PushEndpoint(live.push(), new ArticleFiles(new ReadabilityExtractor(), settings.limits()), out).start();
    }
  }

  /** The push endpoint's bound port, or -1 when it is off. */
  int pushPort() {
    return push == null ? -1 : push.port();
  }

  /**
   * Polls every feed once, in order, into what {@code output} makes of the shared publisher; a feed that fails is
   * logged and dead-lettered when retrying cannot help, and the others still polled.
   */
  void pollFeedsOnce(LiveSources live, Function<RawPublisher, ArticleOutput> output) {
    RawPublisher shared = publisher();
    ArticleOutput out = output.apply(shared);
    FeedPoller poller = feedPoller(live, out);
    for (FeedSpec f : live.feeds()) {
      try {
        var r = poller.poll(f);
        LOG.info("{}: {} ({} new, {} edited, {} unchanged)", f.url(), r.status(), r.sent(), r.edited(), r.unchanged());
      } catch (SafeHttp.FetchException e) {
        LOG.warn("{}: {}", f.url(), e.getMessage());
        if (e.permanent()) {
          out.unreadable(f.url().toString(), e.body(), e.getMessage());
        }
      } catch (Exception e) {
        LOG.warn("{}: {}", f.url(), e.toString());
      }
    }
    shared.flush();
  }

  @Override
  public String name() {
    return "live-sources";
  }

  @Override
  public boolean ready() {
    return true;
  }

  @Override
  public void stop(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    if (feeds != null) {
      feeds.close();
    }
    if (push != null) {
      push.close();
    }
    watchers.forEach(DirectoryWatcher::close);
    if (watchStates != null) {
      watchStates.close();
    }
    synchronized (this) {
      if (producer != null) {
        producer.close(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        deadLetters.close(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
      }
    }
    if (feedStates != null) {
      feedStates.close();
    }
  }
}
