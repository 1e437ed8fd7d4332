package io.claimwire.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample articles bundled for {@code claimwire demo}. */
public final class DemoArticles {
  private DemoArticles() {}

  /** Copies them into {@code DATA_DIR/demo-articles} and returns that directory. */
  public static Path copyInto(Path dataDir) throws IOException {
    Path dir = dataDir.resolve("demo-articles");
    Files.createDirectories(dir);
    try (InputStream index = DemoArticles.class.getResourceAsStream("/demo/index.txt")) {
      for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\s+")) {
        if (name.isBlank()) {
          continue;
        }
        try (InputStream in = DemoArticles.class.getResourceAsStream("/demo/" + name)) {
          Files.write(dir.resolve(name), in.readAllBytes());
        }
      }
    }
    return dir;
  }
}
