package io.claimwire.ingest.watch;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.claimwire.ingest.ArticleFiles;
import io.claimwire.ingest.ArticleOutput;
import io.claimwire.ingest.StateStore;
import io.claimwire.schemas.avro.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watched directory: new and changed article files under it are ingested once. Scans every {@code interval}; a
 * file is read only once its size and modification time have not changed for {@code settle} (so a file still being
 * written or copied is not read early), and hidden files and names ending in {@code .part}, {@code .tmp} or
 * {@code .crdownload} are left alone. What was taken is recorded durably (path and content hash) after the broker
 * acknowledged the file's articles: a restart takes nothing twice, and a file changed later is taken again.
 */
public final class DirectoryWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);

  /** What was taken from one file. */
  public static final class Taken {
    @JsonProperty public String sha256;
    @JsonProperty public long articles;
  }

  private record Seen(long size, long modified, long firstSeenNanos) {}

  private final Path dir;
  private final ArticleFiles files;
  private final ArticleOutput output;
  private final StateStore<Taken> taken;
  private final Duration settle;
  private final Map<Path, Seen> pending = new HashMap<>();
  private volatile boolean stopped;
  private Thread thread;

  public DirectoryWatcher(Path dir, ArticleFiles files, ArticleOutput output, StateStore<Taken> taken, Duration settle) {
    this.dir = dir.toAbsolutePath().normalize();
    this.files = files;
    this.output = output;
    this.taken = taken;
    this.settle = settle;
  }

  /** Scans until closed, every {@code interval}. */
  public DirectoryWatcher start(Duration interval) {
    thread = new Thread(() -> {
      while (!stopped) {
        try {
          scan(System.nanoTime());
          TimeUnit.MILLISECONDS.sleep(interval.toMillis());
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          LOG.warn("watching {}: {}", dir, e.toString());
        }
      }
    }, "claimwire-watch");
    thread.setDaemon(true);
    thread.start();
    LOG.info("watching {} for article files", dir);
    return this;
  }

  /**
   * One scan at the given time: takes every settled file that is new or changed; returns the record ids sent.
   */
  public List<String> scan(long nowNanos) throws Exception {
    List<String> sent = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return sent;
    }
    List<Path> candidates = ArticleFiles.expand(List.of(dir));
    for (Path file : candidates) {
      String name = file.getFileName().toString();
      if (name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp") || name.endsWith(".crdownload")) {
        continue;
      }
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (IOException gone) {
        pending.remove(file);
        continue;
      }
      Seen now = new Seen(attrs.size(), attrs.lastModifiedTime().toMillis(), nowNanos);
      Seen before = pending.get(file);
      if (before == null || before.size() != now.size() || before.modified() != now.modified()) {
        pending.put(file, now); // new or still changing: wait until it settles
        continue;
      }
      if (nowNanos - before.firstSeenNanos() < settle.toNanos()) {
        continue;
      }
      String hash = ArticleFiles.sha256(file); // streamed: a huge file is refused by the reader, never held

      String key = file.toString();
      var previous = taken.load(key);
      if (previous.isPresent() && hash.equals(previous.get().sha256)) {
        continue;
      }
      List<CompletableFuture<?>> acks = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      files.read(file, new ArticleOutput() {
        @Override
        public CompletableFuture<?> article(RawArticle a) {
          ids.add(a.getRecordId());
          CompletableFuture<?> f = output.article(a);
          acks.add(f);
          return f;
        }

        @Override
        public void unreadable(String origin, byte[] c, String reason) {
          output.unreadable(origin, c, reason);
        }

        @Override
        public void unreadable(io.claimwire.ingest.Unreadable u) {
          output.unreadable(u);
        }
      });
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
      Taken t = new Taken();
      t.sha256 = hash;
      t.articles = ids.size();
      taken.save(key, t);
      sent.addAll(ids);
      LOG.info("took {} ({} article(s))", file, ids.size());
    }
    pending.keySet().removeIf(p -> !Files.exists(p));
    return sent;
  }

  @Override
  public void close() {
    stopped = true;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
