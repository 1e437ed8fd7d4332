package io.claimwire.app;

import java.nio.file.Path;
import java.util.Properties;

/** The bad-input scenarios on the embedded in-process KRaft broker. */
class EmbeddedBadInputIT extends BadInputScenarios {
  /** A port of this JVM's own, apart from the other embedded scenarios'. */
  static final int PORT = EmbeddedPipelineIT.PORT + 1000;

  @Override
  PipelineSettings settings(Path dataDir, Properties clientProperties) {
    return new PipelineSettings(dataDir, "127.0.0.1:" + PORT, false, PORT + 1, clientProperties);
  }
}
