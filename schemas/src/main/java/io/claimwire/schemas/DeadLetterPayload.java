package io.claimwire.schemas;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Keeps every dead letter under the broker's limits whatever it holds: the whole payload when it is at most
 * {@link #MAX_PAYLOAD_BYTES}, otherwise its first {@link #EXCERPT_BYTES} with its size and SHA-256, marked not
 * resendable. Keys and header values are bounded the same way, so a dead letter always fits.
 */
public final class DeadLetterPayload {
  public static final int MAX_PAYLOAD_BYTES = 1024 * 1024;
  public static final int EXCERPT_BYTES = 16 * 1024;
  static final int MAX_KEY_BYTES = 1024;
  static final int MAX_HEADER_CHARS = 4000;

  private DeadLetterPayload() {}

  /** What a stage knows about a record it cannot take. */
  public record Letter(String stage, String reason, String origin, String recordId, String sourceTopic,
      String exception) {}

  /** The headers of a dead letter for {@code payload}, with its size and hash; see {@link #value}. */
  public static Headers headers(Letter l, byte[] payload) {
    RecordHeaders h = new RecordHeaders();
    put(h, DeadLetterHeaders.STAGE, l.stage());
    put(h, DeadLetterHeaders.REASON, l.reason());
    put(h, DeadLetterHeaders.ORIGIN, l.origin());
    put(h, DeadLetterHeaders.RECORD_ID, l.recordId());
    put(h, DeadLetterHeaders.SOURCE_TOPIC, l.sourceTopic());
    put(h, DeadLetterHeaders.TIME, Instant.now().toString());
    put(h, DeadLetterHeaders.EXCEPTION, l.exception());
    byte[] p = payload == null ? new byte[0] : payload;
    put(h, DeadLetterHeaders.SIZE, Long.toString(p.length));
    put(h, DeadLetterHeaders.SHA256, ContentFingerprint.sha256(p));
    put(h, DeadLetterHeaders.RESENDABLE, Boolean.toString(p.length <= MAX_PAYLOAD_BYTES));
    return h;
  }

  /** The payload a dead letter carries: all of it up to the limit, else its excerpt. */
  public static byte[] value(byte[] payload) {
    if (payload == null || payload.length <= MAX_PAYLOAD_BYTES) {
      return payload;
    }
    return Arrays.copyOf(payload, EXCERPT_BYTES);
  }

  /** A dead letter's key: the record's own key when short, else its first bytes. */
  public static byte[] key(byte[] key) {
    return key == null || key.length <= MAX_KEY_BYTES ? key : Arrays.copyOf(key, MAX_KEY_BYTES);
  }

  /** True unless the dead letter says it holds an excerpt only. */
  public static boolean resendable(Headers h) {
    var r = h.lastHeader(DeadLetterHeaders.RESENDABLE);
    return r == null || !"false".equals(new String(r.value(), StandardCharsets.UTF_8));
  }

  private static void put(RecordHeaders h, String name, String value) {
    if (value != null) {
      String v = value.length() > MAX_HEADER_CHARS ? value.substring(0, MAX_HEADER_CHARS) + "…" : value;
      h.add(name, v.getBytes(StandardCharsets.UTF_8));
    }
  }
}
