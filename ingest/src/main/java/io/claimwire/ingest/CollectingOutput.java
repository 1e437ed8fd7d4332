package io.claimwire.ingest;

import io.claimwire.schemas.avro.RawArticle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what a source produced in memory, every article acknowledged at once: for reading without sending. */
public final class CollectingOutput implements ArticleOutput {
  public final List<RawArticle> articles = new CopyOnWriteArrayList<>();
  /** "origin | reason" per unreadable input. */
  public final List<String> unreadable = new CopyOnWriteArrayList<>();
  /** The dead letters themselves, as they would be sent. */
  public final List<Unreadable> letters = new CopyOnWriteArrayList<>();

  @Override
  public CompletableFuture<?> article(RawArticle a) {
    articles.add(a);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void unreadable(String origin, byte[] content, String reason) {
    unreadable(Unreadable.whole(origin, content, reason));
  }

  @Override
  public void unreadable(Unreadable u) {
    unreadable.add(u.origin() + " | " + u.reason());
    letters.add(u);
  }
}
