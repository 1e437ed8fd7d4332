package io.claimwire.sink;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * The store contract on a real PostgreSQL: the same Flyway migrations as the embedded default. Uses the server at
 * {@code claimwire.it.postgres} (default {@code 127.0.0.1:5432}, user {@code postgres}, which {@code .ci/run}
 * starts), one fresh database per test, dropped afterwards. Skips when no server answers there.
 */
class PostgresClaimStoreIT extends ClaimStoreContract {
  static final String SERVER = System.getProperty("claimwire.it.postgres", "127.0.0.1:5432");
  static final String USER = System.getProperty("claimwire.it.postgres-user", "postgres");
  private String database;

  /** host:port of the server; the container variant overrides these three. */
  String server() {
    return SERVER;
  }

  String user() {
    return USER;
  }

  String password() {
    return "";
  }

  @Override
  ClaimStore open() throws SQLException {
    database = "claimwire_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = admin(); Statement st = admin.createStatement()) {
      st.execute("CREATE DATABASE " + database);
    }
    return new JdbcClaimStore(new StoreConfig("jdbc:postgresql://" + server() + "/" + database, user(), password()));
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    if (database != null) {
      try (Connection admin = admin(); Statement st = admin.createStatement()) {
        st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      }
    }
  }

  private Connection admin() throws SQLException {
    try {
      return DriverManager.getConnection("jdbc:postgresql://" + server() + "/postgres", user(), password());
    } catch (SQLException e) {
      assumeTrue(false, "no PostgreSQL at " + server() + ": " + e.getMessage());
      throw e;
    }
  }
}
