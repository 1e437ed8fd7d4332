package io.claimwire.ingest.feed;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Feed state kept in memory: the unit tests' store (the Kafka-backed one is tested against the broker). */
final class MemoryFeedStateStore implements FeedStateStore {
  final Map<String, FeedState> states = new ConcurrentHashMap<>();

  @Override
  public Optional<FeedState> load(String feedUrl) {
    return Optional.ofNullable(states.get(feedUrl)).map(FeedState::copy);
  }

  @Override
  public void save(String feedUrl, FeedState state) {
    states.put(feedUrl, state.copy());
  }
}
