package io.claimwire.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded broker belongs to its data directory: a broker already listening at the embedded address must be
 * this data directory's (the same cluster id as in {@code DATA_DIR/kafka/logs/meta.properties}).
 */
final class BrokerOwner {
  private static final Logger LOG = LoggerFactory.getLogger(BrokerOwner.class);

  private BrokerOwner() {}

  /**
   * Returns when the broker at the settings' address is this data directory's; otherwise refuses with a message that
   * names whose it is and how to choose another port, or, {@code attachToAny} (a command that only reads), says
   * whose it is and returns.
   */
  static void check(PipelineSettings settings, boolean attachToAny) {
    EmbeddedKafka.Owner owner = EmbeddedKafka.ownerAt(settings.bootstrapServers());
    String ours = EmbeddedKafka.clusterIdOf(settings.kafkaDir());
    if (owner.clusterId().equals(ours)) {
      return; // this data directory's broker, run by another claimwire process
    }
    String whose = owner.dataDir() == null ? "another Kafka (cluster " + owner.clusterId() + ")"
        : "the data directory " + owner.dataDir();
    if (attachToAny) {
      LOG.info("using the broker at {}, which serves {}", settings.bootstrapServers(), whose);
      return;
    }
    String address = settings.bootstrapServers();
    int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    throw new IllegalStateException("a broker already listens at " + address + " and it is not "
        + "this data directory's (" + settings.dataDir().toAbsolutePath() + "): it serves " + whose + ". Stop that "
        + "run, use its data directory" + (owner.dataDir() == null ? "" : " (--data-dir " + owner.dataDir() + ")")
        + ", or give this one its own broker: --kafka-port " + (port + 2) + " --controller-port " + (port + 3));
  }
}
