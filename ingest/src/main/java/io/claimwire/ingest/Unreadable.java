package io.claimwire.ingest;

/**
 * Input that is not an article, on its way to the ingest dead letters.
 *
 * @param origin where it came from (file and line, feed and item, push client and item)
 * @param payload the input as it came, or only its first bytes when {@code size} is given
 * @param reason why it was refused
 * @param size the size in bytes of the whole input when {@code payload} is an excerpt, else -1
 * @param sha256 the SHA-256 (hex) of the whole input when {@code payload} is an excerpt, else null
 */
public record Unreadable(String origin, byte[] payload, String reason, long size, String sha256) {
  public static Unreadable whole(String origin, byte[] payload, String reason) {
    return new Unreadable(origin, payload == null ? new byte[0] : payload, reason, -1, null);
  }
}
