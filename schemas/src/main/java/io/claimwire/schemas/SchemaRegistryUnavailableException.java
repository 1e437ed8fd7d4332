package io.claimwire.schemas;

import org.apache.kafka.common.errors.RetriableException;

/**
 * The schema registry could not be asked (unreachable, timing out, or failing with a 5xx) while reading a record
 * that is in its wire format. The record is not bad: the stage retries it later instead of dead-lettering it.
 */
public final class SchemaRegistryUnavailableException extends RetriableException {
  public SchemaRegistryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether the failure, or one it was caused by, is the registry's unavailability. */
  public static boolean in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SchemaRegistryUnavailableException) {
        return true;
      }
    }
    return false;
  }
}
