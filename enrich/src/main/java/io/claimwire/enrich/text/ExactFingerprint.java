package io.claimwire.enrich.text;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;
import io.claimwire.schemas.ContentFingerprint;

/**
 * The exact-duplicate fingerprint the sequencer decides by: the cleaned text without its volatile counters,
 * normalised as {@link ContentFingerprint#normalise} does (quote style, case, punctuation and spacing do not
 * matter), hashed with XXH3-128 (hash4j). Not a cryptographic hash: collisions between distinct articles are
 * out of reach at news volumes (2^64 texts for an even chance), and it costs a few microseconds where SHA-256
 * cost most of the sequencer's budget.
 */
public final class ExactFingerprint {
  private ExactFingerprint() {}

  /** 32 hex characters. */
  public static String of(String cleanedText) {
    HashValue128 h = Hashing.xxh3_128().hashCharsTo128Bits(ContentFingerprint.normalise(VolatileText.stable(cleanedText)));
    java.util.HexFormat hex = java.util.HexFormat.of();
    return hex.toHexDigits(h.getMostSignificantBits()) + hex.toHexDigits(h.getLeastSignificantBits());
  }
}
