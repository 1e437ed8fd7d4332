package io.claimwire.app.commands;

import io.claimwire.app.*;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "dlq", mixinStandardHelpOptions = true, subcommands = {DlqListCommand.class, DlqResendCommand.class},
    description = "Dead letters of every stage: what could not be read or processed, with the reason, origin and time.")
public final class DlqCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(OUT);
  }
}
