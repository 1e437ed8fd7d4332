package io.claimwire.ingest;

import java.util.Optional;

/** Durable per-key state of a live source (a feed's validators, a watched file's hash). */
public interface StateStore<T> {
  Optional<T> load(String key);

  /** Returns only once the state is durable. */
  void save(String key, T value) throws Exception;
}
