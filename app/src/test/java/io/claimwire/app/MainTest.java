package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class MainTest {
  @Test
  void shouldNameEveryDefaultInEveryCommandsHelp() {
    CommandLine cli = new CommandLine(new Main());
    for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
      String usage = sub.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
      for (OptionSpec o : sub.getValue().getCommandSpec().options()) {
        if (o.defaultValue() != null) {
          assertThat(usage).as("help of '%s' names the default of %s", sub.getKey(), o.longestName())
              .contains("Default: " + o.defaultValue());
        }
      }
      assertThat(usage).as("'%s' explains itself", sub.getKey()).hasSizeGreaterThan(120);
    }
  }

  @Test
  void shouldReadRetentionAsUnlimitedOrADuration() {
    Main.RetentionConverter c = new Main.RetentionConverter();
    assertThat(c.convert("unlimited")).isEqualTo(-1L);
    assertThat(c.convert("30d")).isEqualTo(Duration.ofDays(30).toMillis());
    assertThat(c.convert("12h")).isEqualTo(Duration.ofHours(12).toMillis());
    assertThat(c.convert("PT90M")).isEqualTo(Duration.ofMinutes(90).toMillis());
    assertThatThrownBy(() -> c.convert("banana")).hasMessageContaining("unlimited");
    assertThatThrownBy(() -> c.convert("0d")).hasMessageContaining("positive");
  }

  @Test
  void shouldRefuseToExportWithoutAStoreAndCreateNothing() {
    int code = new CommandLine(new Main()).execute("export", "--data-dir", "target/no-such-data", "claims");
    assertThat(code).isEqualTo(2);
    assertThat(java.nio.file.Path.of("target/no-such-data")).doesNotExist();
  }
}
