package io.claimwire.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.ingest.ArticleFiles;
import io.claimwire.ingest.CollectingOutput;
import io.claimwire.ingest.MemoryStateStore;
import io.claimwire.ingest.ReadabilityExtractor;
import io.claimwire.schemas.avro.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watched directory, scanned at times the test gives (no waiting on a wall clock). */
class DirectoryWatcherTest {
  private static final long S = 1_000_000_000L;
  @TempDir Path dir;
  final MemoryStateStore<DirectoryWatcher.Taken> taken = new MemoryStateStore<>(DirectoryWatcher.Taken.class);
  final CollectingOutput out = new CollectingOutput();
  final List<RawArticle> sent = out.articles;

  DirectoryWatcher watcher() {
    return new DirectoryWatcher(dir, new ArticleFiles(new ReadabilityExtractor()), out, taken, Duration.ofSeconds(2));
  }

  @Test
  void takesASettledFileOnceAndAChangedFileAgain() throws Exception {
    DirectoryWatcher w = watcher();
    Files.writeString(dir.resolve("mill.txt"), "Mill rescue\nFirefighters said 12 people were rescued in Lowmoor.\n");
    Files.writeString(dir.resolve("draft.txt.part"), "Half a story");
    assertThat(w.scan(0)).as("first seen: not settled yet").isEmpty();
    assertThat(w.scan(3 * S)).hasSize(1);
    assertThat(w.scan(6 * S)).as("taken already").isEmpty();

    Files.writeString(dir.resolve("mill.txt"), "Mill rescue\nFirefighters said 14 people were rescued in Lowmoor.\n");
    Files.setLastModifiedTime(dir.resolve("mill.txt"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    assertThat(w.scan(7 * S)).isEmpty();
    assertThat(w.scan(10 * S)).hasSize(1);
    assertThat(sent).extracting(RawArticle::getText).containsExactly(
        "Firefighters said 12 people were rescued in Lowmoor.", "Firefighters said 14 people were rescued in Lowmoor.");

    DirectoryWatcher restarted = watcher(); // the same durable record of what was taken
    assertThat(restarted.scan(20 * S)).isEmpty();
    assertThat(restarted.scan(30 * S)).isEmpty();
    assertThat(sent).hasSize(2);
    assertThat(out.unreadable).isEmpty();
  }

  @Test
  void doesNotReadAFileWhileItIsStillBeingWritten() throws Exception {
    DirectoryWatcher w = watcher();
    Path f = dir.resolve("archive.ndjson");
    Files.writeString(f, "{\"id\":\"w1\",\"title\":\"One\",\"text\":\"Police said 40 people were hurt in Brenton.\"}\n");
    assertThat(w.scan(0)).isEmpty();
    Files.writeString(f, "{\"id\":\"w2\",\"title\":\"Two\",\"text\":\"Officials said 9 homes were damaged in Dunmore.\"}\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertThat(w.scan(3 * S)).as("it grew since the last scan").isEmpty();
    assertThat(w.scan(4 * S)).as("unchanged for only a second").isEmpty();
    assertThat(w.scan(6 * S)).containsExactly("w1", "w2");
    assertThat(out.unreadable).isEmpty();
  }
}
