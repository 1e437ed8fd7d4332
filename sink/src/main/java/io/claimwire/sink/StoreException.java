package io.claimwire.sink;

/** A store operation failed; the batch was rolled back. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
