package io.claimwire.sink;

import java.nio.file.Path;

/**
 * Where the store is: a JDBC URL (PostgreSQL in production), or by default an embedded H2 file database under
 * the data directory.
 */
public record StoreConfig(String jdbcUrl, String user, String password) {
  /** Embedded default. AUTO_SERVER lets {@code claimwire export} read while {@code run} is writing. */
  public static StoreConfig embedded(Path storeDir) {
    String url = "jdbc:h2:file:" + storeDir.toAbsolutePath().resolve("claimwire")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    return new StoreConfig(url, "sa", "");
  }

  /**
   * A store at a JDBC URL ({@code jdbc:postgresql://host:5432/db?user=...}); user and password may ride in the URL.
   *
   * @throws IllegalArgumentException for anything but a PostgreSQL or H2 JDBC URL
   */
  public static StoreConfig of(String jdbcUrl) {
    String u = jdbcUrl.strip();
    if (!u.startsWith("jdbc:postgresql:") && !u.startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException("--store-url must be a PostgreSQL (jdbc:postgresql://host:5432/db?user=...) "
          + "or H2 JDBC URL, got '" + jdbcUrl + "'");
    }
    return new StoreConfig(u, null, null);
  }
}
