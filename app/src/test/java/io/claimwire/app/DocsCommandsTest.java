package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every claimwire command the README and the docs show is one that exists, with options it has: the
 * documentation cannot name a command or flag that was renamed or removed. The README keeps the quick start and
 * the picture of the pipeline in its first 60 lines and stays under 250.
 */
class DocsCommandsTest {
  /** "./claimwire ..." anywhere, or "claimwire ..." opening a code span; up to the span's end or a comment. */
  private static final Pattern COMMAND = Pattern.compile("(?:\\./claimwire|(?<=`)claimwire)((?:[ \\t]+[^\\s`#|;&]+)+)");

  private static List<Path> documents() throws Exception {
    List<Path> out = new ArrayList<>(List.of(Path.of("..", "README.md")));
    try (Stream<Path> docs = Files.list(Path.of("..", "docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
    }
    return out;
  }

  @Test
  void everyDocumentedCommandAndOptionExists() throws Exception {
    CommandLine cli = new CommandLine(new Main());
    int seen = 0;
    for (Path doc : documents()) {
      List<String> lines = Files.readAllLines(doc);
      for (int n = 0; n < lines.size(); n++) {
        Matcher m = COMMAND.matcher(lines.get(n));
        while (m.find()) {
          String[] words = m.group(1).strip().split("\\s+");
          String where = doc.getFileName() + ":" + (n + 1) + ": claimwire" + m.group(1);
          if (words[0].startsWith("-")) { // claimwire --version, --help
            assertThat(cli.getCommandSpec().findOption(words[0])).as(where).isNotNull();
            continue;
          }
          CommandLine command = cli.getSubcommands().get(words[0]);
          assertThat(command).as(where).isNotNull();
          for (int i = 1; i < words.length; i++) {
            CommandLine sub = command.getSubcommands().get(words[i]);
            if (sub != null && i == 1) {
              command = sub;
              continue;
            }
            if (words[i].startsWith("--") && words[i].length() > 2) {
              String option = words[i].split("=", 2)[0];
              assertThat(command.getCommandSpec().findOption(option)).as("%s: %s", where, option).isNotNull();
            }
          }
          seen++;
        }
      }
    }
    assertThat(seen).as("commands found in the docs").isGreaterThan(20);
  }

  @Test
  void theReadmeOpensWithTheQuickStartAndThePicture() throws Exception {
    List<String> readme = Files.readAllLines(Path.of("..", "README.md"));
    assertThat(readme.size()).isLessThanOrEqualTo(250);
    List<String> first = readme.subList(0, 60);
    assertThat(first).contains("## Quick start", "## How it works");
    assertThat(String.join("\n", first)).contains("./claimwire demo", "mvn -B verify", "news.articles.raw",
        "news.claim-summaries", "sink ◄──");
  }
}
