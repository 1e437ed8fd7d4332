package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "topics", mixinStandardHelpOptions = true,
    description = "Creates every claimwire topic that does not exist yet (partitions, compaction, retention from the settings), brings the configs of existing ones up to date, prints them and exits. With --schema-registry it also registers each topic's schema under <topic>-value with a BACKWARD compatibility rule. For a cluster with automatic topic creation off, run it once before the services (docker compose does).")
public final class TopicsCommand implements Callable<Integer> {
  @Mixin Common common;

  @Option(names = "--replication-factor", paramLabel = "N", description = "Replicas of each new topic. Default: the broker's default.replication.factor.")
  Short replicationFactor;

  @Override
  public Integer call() {
    PipelineSettings settings = common.settings();
    if (!settings.bootstrapGiven()) {
      throw new CommandLine.ParameterException(new CommandLine(this), "give the cluster with --bootstrap-servers (or CLAIMWIRE_BOOTSTRAP_SERVERS)");
    }
    try (Pipeline p = new Pipeline(settings)) {
      List<String> created = TopicAdmin.ensureTopics(p.clientProps(), p.topics(), java.util.Optional.ofNullable(replicationFactor));
      for (io.claimwire.schemas.Topic<?, ?> t : p.topics().all()) {
        OUT.printf("%-32s %3d partitions  %s%n", t.name(), t.spec().partitions(), created.contains(t.name()) ? "created" : "exists");
      }
      p.registerSchemas().forEach((subject, id) -> OUT.printf("%-38s schema id %d%n", subject, id));
    }
    return 0;
  }
}
