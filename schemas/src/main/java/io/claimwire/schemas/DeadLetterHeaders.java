package io.claimwire.schemas;

/** Header names every stage puts on a dead letter, so {@code claimwire dlq} can read any of them. */
public final class DeadLetterHeaders {
  public static final String REASON = "claimwire.dlq.reason";
  public static final String STAGE = "claimwire.dlq.stage";
  public static final String ORIGIN = "claimwire.dlq.origin";
  public static final String EXCEPTION = "claimwire.dlq.exception";
  public static final String SOURCE_TOPIC = "claimwire.dlq.source-topic";
  public static final String TIME = "claimwire.dlq.time";
  /** The raw record's id when it is known: {@code run --once} counts the record as decided by its dead letter. */
  public static final String RECORD_ID = "claimwire.dlq.record-id";
  /** The size in bytes of the payload as it came (also when the dead letter holds only an excerpt). */
  public static final String SIZE = "claimwire.dlq.size";
  /** SHA-256 (hex) of the payload as it came. */
  public static final String SHA256 = "claimwire.dlq.sha256";
  /** "false" when the dead letter holds an excerpt only: {@code dlq resend} cannot send it back. */
  public static final String RESENDABLE = "claimwire.dlq.resendable";

  private DeadLetterHeaders() {}
}
