package io.claimwire.schemas;

/** Header names every stage puts on a dead letter, so {@code claimwire dlq} can read any of them. */
public final class DeadLetterHeaders {
  public static final String REASON = "claimwire.dlq.reason";
  public static final String STAGE = "claimwire.dlq.stage";
  public static final String ORIGIN = "claimwire.dlq.origin";
  public static final String EXCEPTION = "claimwire.dlq.exception";
  public static final String SOURCE_TOPIC = "claimwire.dlq.source-topic";
  public static final String TIME = "claimwire.dlq.time";

  private DeadLetterHeaders() {}
}
