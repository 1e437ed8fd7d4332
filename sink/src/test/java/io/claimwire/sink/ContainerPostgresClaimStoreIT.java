package io.claimwire.sink;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The store contract on PostgreSQL in a container, where a Docker engine runs; skipped where none does. The image can
 * be changed with {@code -Dclaimwire.it.postgres-image=...}.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerPostgresClaimStoreIT extends PostgresClaimStoreIT {
  @Container
  static final PostgreSQLContainer POSTGRES =
      new PostgreSQLContainer(System.getProperty("claimwire.it.postgres-image", "postgres:17-alpine"));

  @Override
  String server() {
    return POSTGRES.getHost() + ":" + POSTGRES.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
  }

  @Override
  String user() {
    return POSTGRES.getUsername();
  }

  @Override
  String password() {
    return POSTGRES.getPassword();
  }
}
