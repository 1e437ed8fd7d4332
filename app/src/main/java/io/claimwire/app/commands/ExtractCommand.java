package io.claimwire.app.commands;

import io.claimwire.app.*;

import io.claimwire.schemas.Limits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Offline, no Kafka: one JSON object per article with its claims.",
        "Exits 0 when every article came out; a sentence whose extraction failed is a warning on standard error "
            + "(its figures are left out, the article's others kept). Exits 1 when a file or line could not be read."})
public final class ExtractCommand implements Callable<Integer> {
  @Option(names = "--json", description = "JSON lines (the only format for now).")
  boolean json = true;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (.txt, .html, .ndjson).")
  List<Path> files;

  @Option(names = "--max-text-mb", paramLabel = "MB", defaultValue = "1",
      description = "Largest article text read, 1 to 16, as at the pipeline's door. Default: ${DEFAULT-VALUE}.")
  int maxTextMb;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    within(spec, "--max-text-mb", maxTextMb, 1, Limits.MAX_TEXT_MB);
    OfflineExtraction extraction = new OfflineExtraction(Limits.defaults().withTextMb(maxTextMb));
    int failures = 0;
    for (Path f : files) {
      List<String> errors = extraction.extract(f, article -> {
        try {
          OUT.println(JSON.writeValueAsString(article));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }, warning -> System.err.println("claimwire extract: warning: " + warning));
      for (String e : errors) {
        System.err.println("claimwire extract: " + e);
        failures++;
      }
    }
    return failures == 0 ? 0 : 1;
  }
}
