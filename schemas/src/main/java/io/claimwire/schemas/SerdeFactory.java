package io.claimwire.schemas;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Makes the value serde for a record type. The default writes Avro single-object encoding and needs no
 * registry; a registry-backed factory (Confluent wire format) plugs in here without touching the topics.
 */
public interface SerdeFactory {
  <T extends SpecificRecord> Serde<T> forRecord(Class<T> type);

  static SerdeFactory singleObject() {
    return AvroSerde::new;
  }
}
