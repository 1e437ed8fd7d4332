package io.claimwire.app;

import java.nio.file.Path;
import java.util.Properties;

/** The pipeline scenarios on the embedded in-process KRaft broker, restarted with the pipeline. */
class EmbeddedPipelineIT extends PipelineScenarios {
  /** A port of this JVM's own, so parallel builds on one machine do not meet. */
  static final int PORT = 29000 + (int) (ProcessHandle.current().pid() % 500) * 2;

  @Override
  PipelineSettings settings(Path dataDir, Properties clientProperties) {
    return new PipelineSettings(dataDir, "127.0.0.1:" + PORT, false, PORT + 1, clientProperties);
  }
}
