package io.claimwire.schemas;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * One record type's values in the Confluent wire format, through Apicurio's Avro serdes. One serializer and one
 * deserializer per type (they cache schema lookups); the clients handed out by {@link #serializer()} and
 * {@link #deserializer()} share them and do not close them: {@link RegistrySerdes#close()} does.
 */
final class RegistrySerde<T extends SpecificRecord> implements RecordSerde<T> {
  private final Class<T> type;
  private final AvroKafkaSerializer<T> writer = new AvroKafkaSerializer<>();
  private final AvroKafkaDeserializer<T> reader = new AvroKafkaDeserializer<>();

  RegistrySerde(Class<T> type, Map<String, Object> config) {
    this.type = type;
    writer.configure(new java.util.HashMap<>(config), false); // the serdes add their own entries
    reader.configure(new java.util.HashMap<>(config), false);
  }

  @Override
  public Class<T> type() {
    return type;
  }

  byte[] encode(String topic, T value) {
    try {
      return writer.serialize(topic, value);
    } catch (SerializationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SerializationException("cannot encode " + type.getSimpleName() + " for " + topic + " through the schema registry: "
          + e.getMessage(), e);
    }
  }

  /**
   * @throws SerializationException when the bytes are not a {@code T} in the Confluent wire format, or name a schema
   *     the registry does not have
   * @throws SchemaRegistryUnavailableException when the registry could not be asked for the writer schema
   */
  @Override
  public T decode(String topic, byte[] bytes) {
    if (bytes.length < 5 || bytes[0] != 0) {
      throw new SerializationException("cannot decode " + type.getSimpleName() + " from " + topic
          + ": not the Confluent wire format (no magic byte 0 and schema id); was it written without --schema-registry?");
    }
    Object value;
    try {
      value = reader.deserialize(topic, bytes);
    } catch (RuntimeException e) {
      if (unavailable(e)) {
        throw new SchemaRegistryUnavailableException("schema registry unavailable while reading " + topic + ": "
            + rootMessage(e), e);
      }
      throw new SerializationException("cannot decode " + type.getSimpleName() + " from " + topic + " (Confluent wire format): "
          + e.getMessage(), e);
    }
    if (!type.isInstance(value)) {
      throw new SerializationException("cannot decode " + type.getSimpleName() + " from " + topic + ": the record is a "
          + (value == null ? "null" : value.getClass().getSimpleName()));
    }
    return type.cast(value);
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> value == null ? null : encode(topic, value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> bytes == null ? null : decode(topic, bytes);
  }

  /** Connection failures, timeouts and server errors, not answers about the data (a 404 for an unknown id is one). */
  private static boolean unavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.io.IOException || t instanceof java.util.concurrent.TimeoutException) {
        return true;
      }
      if (t instanceof com.microsoft.kiota.ApiException api) {
        return api.getResponseStatusCode() >= 500 || api.getResponseStatusCode() == 429;
      }
    }
    return false;
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  void release() {
    writer.close();
    reader.close();
  }
}
