package io.claimwire.schemas;

import org.apache.kafka.common.serialization.Serde;

/** One topic: its name, how its keys and values are encoded, and how it is created. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, TopicSpec spec) {
  @Override
  public String toString() {
    return name;
  }
}
