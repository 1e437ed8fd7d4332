package io.claimwire.enrich.topology;

import io.claimwire.schemas.DeadLetterPayload;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Builds the dead letter for a record enrich could not process: the original bytes (bounded, see
 * {@link DeadLetterPayload}) and the reason, origin and raw record id in headers.
 */
final class DeadLetters {
  private DeadLetters() {}

  static Record<Object, Object> of(ProcessorContext<?, ?> context, byte[] key, byte[] value, String sourceTopic,
      String origin, String recordId, String reason, Throwable error, long timestamp) {
    PipelineSensors.deadLetter(context);
    return new Record<>(DeadLetterPayload.key(key), DeadLetterPayload.value(value), timestamp,
        DeadLetterPayload.headers(letter(sourceTopic, origin, recordId, reason, error), value));
  }

  /** The same dead letter as an {@link Outcome} on a typed stream keyed by {@code streamKey}. */
  static <V> Record<String, Outcome<V>> outcome(ProcessorContext<?, ?> context, String streamKey, byte[] key,
      byte[] value, String sourceTopic, String origin, String recordId, String reason, Throwable error, long timestamp) {
    Record<Object, Object> letter = of(context, key, value, sourceTopic, origin, recordId, reason, error, timestamp);
    return new Record<>(streamKey, Outcome.dead((byte[]) letter.key(), (byte[]) letter.value()), timestamp,
        letter.headers());
  }

  static DeadLetterPayload.Letter letter(String sourceTopic, String origin, String recordId, String reason,
      Throwable error) {
    return new DeadLetterPayload.Letter("enrich", reason, origin == null ? sourceTopic : origin, recordId,
        sourceTopic, error == null ? null : trace(error));
  }

  private static String trace(Throwable error) {
    StringWriter sw = new StringWriter();
    error.printStackTrace(new PrintWriter(sw));
    return sw.toString();
  }

  /** A string key as the bytes a dead letter carries (null stays null). */
  static byte[] utf8(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }
}
