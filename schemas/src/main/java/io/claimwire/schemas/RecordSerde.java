package io.claimwire.schemas;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;

/**
 * The value serde of an Avro topic. Stages that must dead-letter what they cannot read decode the bytes
 * themselves through {@link #decode}, whichever encoding the topics use.
 */
public interface RecordSerde<T extends SpecificRecord> extends Serde<T> {
  Class<T> type();

  /**
   * @param topic the topic the bytes came from (a registry encoding names its subject after it)
   * @throws SerializationException when the bytes are not a {@code T} in this encoding
   */
  T decode(String topic, byte[] bytes);
}
