package io.claimwire.sink;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded default: an H2 file database in PostgreSQL mode. */
class H2ClaimStoreTest extends ClaimStoreContract {
  @TempDir Path dir;

  @Override
  ClaimStore open() {
    return new JdbcClaimStore(StoreConfig.embedded(dir));
  }
}
