package io.claimwire.enrich.topology;

/**
 * What a summary-side processor forwards: a value, or a dead letter (the bytes to put on the enrich dead-letter
 * topic, the reason in the record's headers). The topology splits the two into typed streams.
 */
final class Outcome<V> {
  private final V value;
  private final byte[] deadKey;
  private final byte[] deadValue;
  private final boolean dead;

  private Outcome(V value, byte[] deadKey, byte[] deadValue, boolean dead) {
    this.value = value;
    this.deadKey = deadKey;
    this.deadValue = deadValue;
    this.dead = dead;
  }

  /** A value to pass on (null: a tombstone). */
  static <V> Outcome<V> ok(V value) {
    return new Outcome<>(value, null, null, false);
  }

  static <V> Outcome<V> dead(byte[] key, byte[] value) {
    return new Outcome<>(null, key, value, true);
  }

  boolean isDead() {
    return dead;
  }

  V value() {
    return value;
  }

  byte[] deadKey() {
    return deadKey;
  }

  byte[] deadValue() {
    return deadValue;
  }
}
