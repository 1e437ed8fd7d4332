package io.claimwire.sink;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** A store operation failed; the batch was rolled back. {@link #kind()} says what the sink should do about it. */
public final class StoreException extends RuntimeException {
  /** What a failure means for the sink. */
  public enum Kind {
    /** The database is unreachable or busy (connection lost, too many connections, shutting down): retry later. */
    TRANSIENT,
    /** This data cannot be stored (a constraint or a value that does not fit): set the record aside. */
    BAD_DATA,
    /** Retrying cannot help (authentication, a missing table, anything unknown): stop and say why. */
    FATAL
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public Kind kind() {
    return classify(getCause());
  }

  /** Classifies by the SQL state (class 08 connection, 53 resources, 57 operator intervention, 40 rollback; 22 data, 23 constraint; 28 authorization). */
  static Kind classify(Throwable t) {
    for (Throwable e = t; e != null; e = e.getCause()) {
      if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
        return Kind.TRANSIENT;
      }
      if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2) {
        String cls = sql.getSQLState().substring(0, 2);
        switch (cls) {
          case "08", "53", "57", "40" -> {
            return Kind.TRANSIENT;
          }
          case "22", "23" -> {
            return Kind.BAD_DATA;
          }
          case "28" -> {
            return Kind.FATAL;
          }
          default -> { }
        }
      }
    }
    return Kind.FATAL;
  }
}
