package io.claimwire.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** State kept in memory as JSON, as the Kafka store keeps it: the unit tests' store (the Kafka one runs in the ITs). */
public final class MemoryStateStore<T> implements StateStore<T> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Class<T> type;
  public final Map<String, String> values = new ConcurrentHashMap<>();

  public MemoryStateStore(Class<T> type) {
    this.type = type;
  }

  @Override
  public Optional<T> load(String key) {
    try {
      return values.containsKey(key) ? Optional.of(JSON.readValue(values.get(key), type)) : Optional.empty();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void save(String key, T value) throws Exception {
    values.put(key, JSON.writeValueAsString(value));
  }
}
