package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "enrich", mixinStandardHelpOptions = true, description = "Only the enrich service (Kafka Streams), until Ctrl-C.")
public final class EnrichCommand implements Callable<Integer> {
  @Mixin Common common;

  @Mixin ApiOptions api;

  @Override
  public Integer call() throws Exception {
    try (Pipeline p = new Pipeline(common.settings()).connect().startEnrich()) {
      api.startOps(p);
      awaitCtrlC();
    }
    return 0;
  }
}
