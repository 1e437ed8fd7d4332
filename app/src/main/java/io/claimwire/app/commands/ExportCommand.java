package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "export", mixinStandardHelpOptions = true, description = "JSON lines from the store: claims, verdicts, claim-sets, summaries (one line per figure topic, with its story, figures, sources, outlets and status) or stories (one line per story: storyId, title, firstSeen, lastSeen and its articles).")
public final class ExportCommand implements Callable<Integer> {
  @Option(names = "--data-dir", defaultValue = "data", description = "Data directory. Default: ${DEFAULT-VALUE}.")
  Path dataDir;

  @Parameters(paramLabel = "WHAT", description = "claims | verdicts | claim-sets | summaries | stories")
  String what;

  @Option(names = "--store-url", paramLabel = "JDBC_URL", defaultValue = "${env:CLAIMWIRE_STORE_URL}",
      description = "Read this database instead of the embedded one under --data-dir.")
  String storeUrl;

  @Override
  public Integer call() throws Exception {
    io.claimwire.sink.StoreConfig config;
    if (storeUrl != null && !storeUrl.isBlank()) {
      try {
        config = io.claimwire.sink.StoreConfig.of(storeUrl);
      } catch (IllegalArgumentException e) {
        System.err.println("claimwire export: " + e.getMessage());
        return 2;
      }
    } else if (!Files.isDirectory(dataDir.resolve("store"))) {
      System.err.println("claimwire export: no store under " + dataDir.toAbsolutePath() + " (run `claimwire run` or `demo` first)");
      return 2;
    } else {
      config = io.claimwire.sink.StoreConfig.embedded(dataDir.resolve("store"));
    }
    try (var store = new io.claimwire.sink.JdbcClaimStore(config)) {
      store.export(what, row -> {
        try {
          OUT.println(JSON.writeValueAsString(contractNames(row)));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
    } catch (IllegalArgumentException e) {
      System.err.println("claimwire export: " + e.getMessage());
      return 2;
    }
    return 0;
  }
}
