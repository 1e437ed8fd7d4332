package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Embedded broker + ingest + enrich + sink over the bundled sample articles; prints the claim table and runs until Ctrl-C.")
public final class DemoCommand implements Callable<Integer> {
  @Mixin Common common;

  @Mixin ApiOptions api;

  @Override
  public Integer call() throws Exception {
    try (Pipeline p = new Pipeline(common.settings())) {
      p.connect().startEnrich().startSink();
      Set<String> ids = p.ingest(List.of(DemoArticles.copyInto(p.settings().dataDir())));
      p.awaitStored(ids, Duration.ofMinutes(3));
      printClaims(p);
      OUT.println();
      api.start(p);
      OUT.println("Running. Try `./claimwire export claims` or `./claimwire tail --from-beginning` in another terminal; Ctrl-C stops.");
      OUT.flush();
      awaitCtrlC();
    }
    return 0;
  }
}
