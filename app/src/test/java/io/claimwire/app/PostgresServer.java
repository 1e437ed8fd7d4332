package io.claimwire.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A PostgreSQL server the tests may create databases on: the machine's own, or one in a container. */
record PostgresServer(String hostPort, String user, String password) {
  /** The server at {@code claimwire.it.postgres} (default 127.0.0.1:5432, user postgres, which .ci/run starts). */
  static PostgresServer local() {
    return new PostgresServer(System.getProperty("claimwire.it.postgres", "127.0.0.1:5432"),
        System.getProperty("claimwire.it.postgres-user", "postgres"), "");
  }

  /** The JDBC URL a user gives {@code --store-url}, credentials in it. */
  String url(String database) {
    return "jdbc:postgresql://" + hostPort + "/" + database + "?user=" + user
        + (password.isEmpty() ? "" : "&password=" + password);
  }

  /** A connection to the database; skips the test when no server answers. */
  Connection connect(String database) throws SQLException {
    try {
      return DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/" + database, user, password);
    } catch (SQLException e) {
      assumeTrue(false, "no PostgreSQL at " + hostPort + ": " + e.getMessage());
      throw e;
    }
  }

  /** Runs statements on the server's maintenance database. */
  void sql(String... statements) throws SQLException {
    try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
      for (String s : statements) {
        st.execute(s);
      }
    }
  }

  /** A new empty database whose name starts with the prefix. */
  String createDatabase(String prefix) throws SQLException {
    String db = prefix + "_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    sql("CREATE DATABASE " + db);
    return db;
  }

  void dropDatabase(String database) throws SQLException {
    sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  }

  /** Each table's rows in a fixed order, as text, without the named columns: two stores compare with equals. */
  Map<String, List<String>> snapshot(String database, List<String> tables, String... leaveOut) throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Connection c = connect(database); Statement st = c.createStatement()) {
      for (String table : tables) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            Map<String, Object> row = new TreeMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              if (!List.of(leaveOut).contains(md.getColumnName(i))) {
                row.put(md.getColumnName(i), rs.getObject(i));
              }
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        out.put(table, rows);
      }
    }
    return out;
  }

  /** One number from a query, such as a count or a sum. */
  long number(String database, String query) throws SQLException {
    try (Connection c = connect(database); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
