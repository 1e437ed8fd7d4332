package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "config", mixinStandardHelpOptions = true,
    description = "Prints every setting as a Markdown table: flag, CLAIMWIRE_* environment variable, properties key, default and the commands that take it. Precedence: flag, then environment, then the --config file, then the default.")
public final class ConfigCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    OUT.print(Config.markdownTable(spec.root().commandLine()));
    return 0;
  }
}
