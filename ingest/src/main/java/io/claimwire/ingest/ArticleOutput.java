package io.claimwire.ingest;

import io.claimwire.schemas.avro.RawArticle;
import java.util.concurrent.CompletableFuture;

/** Where a live source's articles go: the raw topic, with acknowledgement, and unreadable input to dead letters. */
public interface ArticleOutput {
  /** Sends an article; completes when it is durable (acknowledged by the broker). */
  CompletableFuture<?> article(RawArticle article);

  /** Dead-letters input that is not an article, with the reason and where it came from. */
  void unreadable(String origin, byte[] content, String reason);

  /** Dead-letters input of which only an excerpt is held (a line over the limit, say); by default as a whole. */
  default void unreadable(Unreadable u) {
    unreadable(u.origin(), u.payload(), u.reason());
  }
}
