package io.claimwire.app;

import io.claimwire.app.commands.*;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimwire} command: assembles the commands of {@link io.claimwire.app.commands}. */
@Command(name = "claimwire", mixinStandardHelpOptions = true, version = "claimwire 0.1.0",
    description = "Turns news articles into a stream of structured claims on Kafka.",
    subcommands = {DemoCommand.class, RunCommand.class, ExtractCommand.class, ExportCommand.class, TailCommand.class,
        ReplayCommand.class, ReprocessCommand.class, DlqCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class, TopicsCommand.class,
        ConfigCommand.class, BenchCommand.class})
public final class Main implements Runnable {
  public static void main(String[] args) {
    System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "io.claimwire.schemas.avro");
    Config config;
    try {
      config = Config.load(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("claimwire: " + e.getMessage());
      System.exit(2);
      return;
    }
    CommandLine cli = commandLine(config);
    try {
      config.validate(cli);
    } catch (CommandLine.ParameterException e) {
      System.err.println("claimwire: " + e.getMessage());
      System.exit(2);
      return;
    }
    int code = cli.execute(args);
    CountDownLatch closed = CommandSupport.CLOSED.get();
    if (closed != null) {
      closed.countDown(); // stopped by Ctrl-C: everything is closed, let the shutdown hook finish the exit
      return;
    }
    System.exit(code);
  }

  /** The command tree with its settings taken from the configuration (flags first, see {@link Config}). */
  public static CommandLine commandLine(Config config) {
    Config.active = config;
    return new CommandLine(new Main()).setDefaultValueProvider(config).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          // what went wrong in one line; the stack trace only when asked for (CLAIMWIRE_DEBUG=1)
          System.err.println("claimwire " + cmd.getCommandName() + ": " + message(e));
          if (System.getenv("CLAIMWIRE_DEBUG") != null) {
            e.printStackTrace();
          }
          return 1;
        });
  }

  @Override
  public void run() {
    new CommandLine(this).usage(CommandSupport.OUT);
  }

  /** The message of an error and the causes that add to it. */
  static String message(Throwable e) {
    StringBuilder b = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (c.getMessage() != null && !b.toString().contains(c.getMessage().lines().findFirst().orElse(""))) {
        b.append(": ").append(c.getMessage().lines().findFirst().orElse(""));
      }
    }
    return b.toString();
  }
}
