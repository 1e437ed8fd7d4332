package io.claimwire.bench;

import io.claimwire.enrich.dedup.NearDuplicates;
import io.claimwire.enrich.text.TextCleaner;
import io.claimwire.enrich.dedup.TextFingerprints;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The dedup sequencer's own work per raw article, on one thread, with the near-duplicate index already holding
 * {@code indexed} earlier articles (7 days at 20,000 unique articles a day is 140,000; articles with distinct
 * prose, {@link SampleArticles#generateDistinct}): boilerplate cleaning,
 * counter removal, the exact fingerprint and its lookup, the MinHash signature with the number fingerprint, the
 * LSH lookup, and adding the article (the oldest leaves the index and the fingerprint map, as the retention window purges them). Every article takes the
 * full path (no early exit on an exact match). Store I/O (RocksDB) and Avro decoding are not included: they are
 * measured end to end by the pipeline tests, not here.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SequencerBenchmark {
  @Param({"140000"})
  public int indexed;

  private List<String> articles;
  private final TextCleaner cleaner = new TextCleaner();
  private NearDuplicates index;
  private final Map<String, String> firstByContent = new HashMap<>();
  /** Ids and exact fingerprints in arrival order: the window the retention purge walks. */
  private final ArrayDeque<String[]> window = new ArrayDeque<>();
  private long next;

  @Setup(Level.Trial)
  public void setUp() {
    articles = SampleArticles.generateDistinct(20261202L, 1024);
    index = new NearDuplicates(0.4);
    int chunk = 4096;
    for (int done = 0; done < indexed; done += chunk) {
      List<String> week = SampleArticles.generateDistinct(1000L + done, Math.min(chunk, indexed - done));
      for (int i = 0; i < week.size(); i++) {
        String id = "old-" + (done + i);
        String text = cleaner.clean(week.get(i));
        TextFingerprints fp = TextFingerprints.of(text);
        index.add(id, fp.nearDuplicate());
        firstByContent.put(fp.exact(), id);
        window.add(new String[] {id, fp.exact()});
      }
    }
  }

  /** Articles per second through the sequencer's decision. */
  @Benchmark
  public Object sequence() {
    String id = "new-" + next;
    String text = cleaner.clean(articles.get((int) (next++ % articles.size())));
    TextFingerprints fp = TextFingerprints.of(text);
    String hash = fp.exact();
    String first = firstByContent.get(hash);
    byte[] signature = fp.nearDuplicate();
    var match = index.find(signature);
    index.add(id, signature);
    firstByContent.put(hash, id);
    window.add(new String[] {id, hash});
    String[] oldest = window.poll();
    index.remove(oldest[0]);
    firstByContent.remove(oldest[1], oldest[0]);
    return match.isPresent() ? match : first;
  }
}
