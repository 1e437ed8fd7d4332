package io.claimwire.ingest.feed;

import java.util.Optional;

/** Durable per-feed state. {@link #save} returns only once the state is durable. */
public interface FeedStateStore {
  Optional<FeedState> load(String feedUrl);

  void save(String feedUrl, FeedState state) throws Exception;
}
