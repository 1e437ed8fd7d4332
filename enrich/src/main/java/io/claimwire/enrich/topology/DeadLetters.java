package io.claimwire.enrich.topology;

import io.claimwire.schemas.DeadLetterHeaders;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Record;

/** Builds the dead letter for a record enrich could not process: the original bytes and the reason in headers. */
final class DeadLetters {
  private DeadLetters() {}

  static Record<Object, Object> of(org.apache.kafka.streams.processor.api.ProcessorContext<?, ?> context, byte[] key,
      byte[] value, String sourceTopic, String origin, String reason, Throwable error, long timestamp) {
    PipelineSensors.deadLetter(context);
    Headers h = new RecordHeaders();
    h.add(DeadLetterHeaders.STAGE, bytes("enrich"));
    h.add(DeadLetterHeaders.REASON, bytes(reason));
    h.add(DeadLetterHeaders.SOURCE_TOPIC, bytes(sourceTopic));
    h.add(DeadLetterHeaders.ORIGIN, bytes(origin == null ? sourceTopic : origin));
    h.add(DeadLetterHeaders.TIME, bytes(Instant.now().toString()));
    if (error != null) {
      StringWriter sw = new StringWriter();
      error.printStackTrace(new PrintWriter(sw));
      String trace = sw.toString();
      h.add(DeadLetterHeaders.EXCEPTION, bytes(trace.length() > 4000 ? trace.substring(0, 4000) : trace));
    }
    return new Record<>(key, value, timestamp, h);
  }

  /** A string key as the bytes a dead letter carries (null stays null). */
  static byte[] utf8(String s) {
    return s == null ? null : bytes(s);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
