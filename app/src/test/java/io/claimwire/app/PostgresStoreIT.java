package io.claimwire.app;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The store scenarios on the embedded broker and the machine's PostgreSQL ({@code claimwire.it.postgres}, default
 * 127.0.0.1:5432, which {@code .ci/run} starts); skipped where no PostgreSQL answers.
 */
class PostgresStoreIT extends StoreScenarios {
  static final int PORT = EmbeddedPipelineIT.PORT + 200;

  @Override
  PipelineSettings settings(Path dataDir, Properties clientProperties) {
    return new PipelineSettings(dataDir, "127.0.0.1:" + PORT, false, PORT + 1, clientProperties);
  }

  @Override
  PipelineSettings startOver(Path newDataDir) {
    return settings(newDataDir, new Properties()); // a new data directory: a new cluster, with a new cluster id
  }

  @Override
  PostgresServer postgres() {
    return PostgresServer.local();
  }
}
