package io.claimwire.ingest;

import io.claimwire.schemas.ContentFingerprint;
import io.claimwire.schemas.DeadLetterHeaders;
import io.claimwire.schemas.DeadLetterPayload;
import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Sends articles to the raw topic in the order given (one idempotent producer, so the raw topic's order is the
 * input order) and unreadable input to the ingest dead-letter topic with the reason and origin in headers.
 */
public final class RawPublisher implements ArticleOutput {
  private final Producer<String, RawArticle> articles;
  private final Producer<byte[], byte[]> deadLetters;
  private final Topics topics;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong dead = new AtomicLong();
  private final AtomicLong otherLanguage = new AtomicLong();
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private volatile java.util.Set<String> languages = java.util.Set.of();

  public RawPublisher(Producer<String, RawArticle> articles, Producer<byte[], byte[]> deadLetters, Topics topics) {
    this.articles = articles;
    this.deadLetters = deadLetters;
    this.topics = topics;
  }

  /** Keeps only articles in these languages (codes as {@link Languages#detect} gives); empty: every language. */
  public RawPublisher keepLanguages(java.util.Set<String> keep) {
    this.languages = java.util.Set.copyOf(keep);
    return this;
  }

  /**
   * Sends one article, with its language detected when it has none; the future completes when the broker has
   * acknowledged it (or failed to), or at once when its language is not one kept.
   */
  @Override
  public CompletableFuture<Void> article(RawArticle a) {
    if (!keeps(a)) {
      otherLanguage.incrementAndGet();
      return CompletableFuture.completedFuture(null);
    }
    String key = keyOf(a);
    CompletableFuture<Void> acked = new CompletableFuture<>();
    articles.send(new ProducerRecord<>(topics.raw.name(), key, a), (md, e) -> {
      if (e != null) {
        failure.compareAndSet(null, e);
        acked.completeExceptionally(e);
      } else {
        sent.incrementAndGet();
        acked.complete(null);
      }
    });
    return acked;
  }

  /** True when the article's language (detected now when it has none) is one kept. */
  public boolean keeps(RawArticle a) {
    Languages.tag(a);
    java.util.Set<String> keep = languages;
    return keep.isEmpty() || keep.contains(a.getLanguage());
  }

  /** The raw topic's key of an article: its canonical URL, else its content hash (one article, one partition). */
  public static String keyOf(RawArticle a) {
    return a.getUrl() != null ? ContentFingerprint.canonicalUrl(a.getUrl()) : ContentFingerprint.of(a.getText());
  }

  /**
   * An ingest dead letter: the input as it came (bounded: see {@link DeadLetterPayload}), keyed by its origin, with
   * the reason, origin and time in headers.
   */
  public static ProducerRecord<byte[], byte[]> deadLetter(Topics topics, String origin, byte[] content, String reason) {
    return deadLetter(topics, Unreadable.whole(origin, content, reason));
  }

  public static ProducerRecord<byte[], byte[]> deadLetter(Topics topics, Unreadable u) {
    var letter = new DeadLetterPayload.Letter("ingest", u.reason(), u.origin(), null, null, null);
    Headers h = DeadLetterPayload.headers(letter, u.payload());
    if (u.size() >= 0) { // the payload is already an excerpt: state the size and hash of what came
      h.remove(DeadLetterHeaders.SIZE);
      h.remove(DeadLetterHeaders.SHA256);
      h.remove(DeadLetterHeaders.RESENDABLE);
      h.add(DeadLetterHeaders.SIZE, Long.toString(u.size()).getBytes(StandardCharsets.UTF_8));
      h.add(DeadLetterHeaders.SHA256, u.sha256().getBytes(StandardCharsets.UTF_8));
      h.add(DeadLetterHeaders.RESENDABLE, "false".getBytes(StandardCharsets.UTF_8));
    }
    return new ProducerRecord<>(topics.dlqIngest.name(), null, null,
        DeadLetterPayload.key(u.origin().getBytes(StandardCharsets.UTF_8)), DeadLetterPayload.value(u.payload()), h);
  }

  @Override
  public void unreadable(String origin, byte[] content, String reason) {
    unreadable(Unreadable.whole(origin, content, reason));
  }

  @Override
  public void unreadable(Unreadable u) {
    deadLetters.send(deadLetter(topics, u), (md, e) -> {
          if (e != null) {
            failure.compareAndSet(null, e);
          } else {
            dead.incrementAndGet();
          }
        });
  }

  /** Waits until the broker acknowledged everything sent; fails if anything was not. */
  public void flush() {
    articles.flush();
    deadLetters.flush();
    Exception e = failure.get();
    if (e != null) {
      throw new IllegalStateException("the broker did not acknowledge every record: " + e.getMessage(), e);
    }
  }

  public long sent() {
    return sent.get();
  }

  public long deadLettered() {
    return dead.get();
  }

  /** Articles left out because their language is not one kept. */
  public long otherLanguage() {
    return otherLanguage.get();
  }
}
