package io.claimwire.schemas;

import org.apache.avro.specific.SpecificRecord;

/**
 * Makes the value serde for a record type. The default writes Avro single-object encoding and needs no
 * registry; {@link RegistrySerdes} writes the Confluent wire format through a schema registry.
 */
public interface SerdeFactory {
  <T extends SpecificRecord> RecordSerde<T> forRecord(Class<T> type);

  static SerdeFactory singleObject() {
    return AvroSerde::new;
  }
}
