package io.claimwire.app.commands;

import io.claimwire.app.*;

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
      java.io.PrintStream err = System.err;
      java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
      String usage;
      try {
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        usage = sub.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
      } finally {
        System.setErr(err);
      }
      assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).as("help of '%s' formats cleanly (a bare %% "
          + "in a description is a picocli warning)", sub.getKey()).doesNotContain("WARN");
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
    RetentionConverter c = new RetentionConverter();
    assertThat(c.convert("unlimited")).isEqualTo(-1L);
    assertThat(c.convert("30d")).isEqualTo(Duration.ofDays(30).toMillis());
    assertThat(c.convert("12h")).isEqualTo(Duration.ofHours(12).toMillis());
    assertThat(c.convert("PT90M")).isEqualTo(Duration.ofMinutes(90).toMillis());
    assertThatThrownBy(() -> c.convert("banana")).hasMessageContaining("unlimited");
    assertThatThrownBy(() -> c.convert("0d")).hasMessageContaining("positive");
  }

  @Test
  void shouldRefuseEnrichSettingsThatCannotWorkBeforeStartingAnything() {
    for (String[] bad : new String[][] {{"--dedup-retention", "unlimited"}, {"--rocksdb-memory-mb", "4"},
        {"--dispute-tolerance", "1.5"}}) {
      java.io.StringWriter err = new java.io.StringWriter();
      CommandLine cli = new CommandLine(new Main());
      cli.setErr(new java.io.PrintWriter(err));
      int code = cli.execute("run", "--data-dir", "target/never-created", bad[0], bad[1]);
      assertThat(code).as(String.join(" ", bad)).isEqualTo(2);
      assertThat(err.toString()).contains(bad[0]);
    }
    assertThat(java.nio.file.Path.of("target/never-created")).doesNotExist();
  }

  @Test
  void shouldPrintStoreRowsUnderTheContractsFieldNames() {
    Map<String, Object> row = new java.util.LinkedHashMap<>();
    row.put("record_id", "r1");
    row.put("duplicate_of", null);
    row.put("figure", 3.0);
    assertThat(CommandSupport.contractNames(row)).containsOnlyKeys("recordId", "duplicateOf", "value");
  }

  @Test
  void shouldRefuseToExportWithoutAStoreAndCreateNothing() {
    int code = new CommandLine(new Main()).execute("export", "--data-dir", "target/no-such-data", "claims");
    assertThat(code).isEqualTo(2);
    assertThat(java.nio.file.Path.of("target/no-such-data")).doesNotExist();
  }
}
