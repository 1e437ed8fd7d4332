package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "sink", mixinStandardHelpOptions = true, description = "Only the sink: verdicts and claim sets into the store, until Ctrl-C.")
public final class SinkCommand implements Callable<Integer> {
  @Mixin Common common;

  @Mixin ApiOptions api;

  @Option(names = "--from-earliest", description = "Read the claim topics again from their earliest offsets instead of the positions stored with the rows (a check, or after restoring a database backup). Writes are idempotent: rows already stored stay as they are.")
  boolean fromEarliest;

  @Override
  public Integer call() throws Exception {
    try (Pipeline p = new Pipeline(common.settings()).connect().startSink(fromEarliest)) {
      api.start(p);
      awaitCtrlC();
    }
    return 0;
  }
}
