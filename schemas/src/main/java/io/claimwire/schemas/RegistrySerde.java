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

  @Override
  public T decode(String topic, byte[] bytes) {
    Object value;
    try {
      value = reader.deserialize(topic, bytes);
    } catch (RuntimeException e) {
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

  void release() {
    writer.close();
    reader.close();
  }
}
