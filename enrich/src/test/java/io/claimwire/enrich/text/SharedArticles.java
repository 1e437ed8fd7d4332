package io.claimwire.enrich.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The shared sample's article files beside the repository (../shared/dev/articles, ../shared/seeds), where they are. */
final class SharedArticles {
  private SharedArticles() {}

  /** The .txt files of the named folders of ../shared (empty where there is no ../shared beside the repository). */
  static List<Path> files(String... folders) throws IOException {
    Path shared = null;
    for (Path dir = Path.of("").toAbsolutePath(); dir != null && shared == null; dir = dir.getParent()) {
      Path s = dir.resolveSibling("shared");
      shared = Files.isDirectory(s.resolve("dev")) ? s : null;
    }
    List<Path> out = new ArrayList<>();
    for (String folder : folders) {
      Path dir = shared == null ? null : shared.resolve(folder);
      if (dir != null && Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
        }
      }
    }
    return out;
  }
}
