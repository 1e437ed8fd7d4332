package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed dedup fixture is exactly what the generator writes, so it can be read, rebuilt and trusted. */
class DedupArchiveTest {
  static final long SEED = 7;
  static final int STORIES = 150;

  @Test
  void committedFixtureIsTheGeneratorsOutput(@TempDir Path dir) throws Exception {
    new DedupArchive(SEED).generate(STORIES).write(dir);
    Path committed = Path.of("src/test/resources/dedup");
    for (String f : new String[] {"dedup-archive.ndjson", "dedup-gold.json"}) {
      assertThat(Files.readString(dir.resolve(f))).as(f + ": regenerate with DedupArchive.main")
          .isEqualTo(Files.readString(committed.resolve(f)));
    }
  }

  @Test
  void everyCaseIsCovered() {
    var lines = new DedupArchive(SEED).generate(STORIES).lines();
    assertThat(lines).extracting(DedupArchive.Line::note).contains("original", "exact copy on another outlet",
        "syndicated copy", "re-crawl, only counters changed", "re-crawl, same text",
        "distinct article on the same story with the same figures", "update 1: revised figure and a new paragraph",
        "update 2: revised figure and a new paragraph", "syndicated copy of the latest update",
        "copy stamped earlier than the original, later in the archive",
        "re-crawl, only the page's time stamp changed", "re-crawl through a tracking link");
  }
}
