package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL store under the things that happen to it in production: the Kafka side starting over, the sink
 * killed again and again, the topics read again from the start. Subclasses say where Kafka and PostgreSQL are.
 */
abstract class StoreScenarios {
  static final List<String> TABLES = List.of("verdicts", "articles", "claim_sets", "claims", "claim_summaries",
      "consumer_positions");
  @TempDir Path data;
  @TempDir Path input;
  private final List<String> databases = new ArrayList<>();

  /** Settings for a pipeline over the given data directory, with extra client properties. */
  abstract PipelineSettings settings(Path dataDir, Properties clientProperties);

  /**
   * Settings for a pipeline whose Kafka starts over: a new cluster (a wiped data directory) or, where the cluster
   * cannot be replaced, every topic deleted and created again (new topic ids).
   */
  abstract PipelineSettings startOver(Path newDataDir) throws Exception;

  abstract PostgresServer postgres();

  String database(String prefix) throws Exception {
    String db = postgres().createDatabase(prefix);
    databases.add(db);
    return db;
  }

  @AfterEach
  void dropDatabases() throws Exception {
    for (String db : databases) {
      postgres().dropDatabase(db);
    }
  }

  private Path archive(long seed, int n) throws Exception {
    Path file = input.resolve("archive-" + seed + ".ndjson");
    Files.write(file, PipelineScenarios.Archive.generate(new Random(seed), n).lines, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The store keeps positions of the first cluster; the second cluster's topics already hold more records than those
   * positions when the sink starts, so seeking to them would land inside the new topics and skip what is before.
   */
  @Test
  void aStorePointedAtANewClusterReadsItFromTheBeginning() throws Exception {
    String db = database("claimwire_restart");
    Files.writeString(input.resolve("a.txt"), "Quarry\nSome 140 workers were sent home from the Dunmore quarry, the company said.\n");
    Files.writeString(input.resolve("b.txt"), "Ferry\nAbout 300 passengers were stranded at Fairhaven pier, the harbour master said.\n");
    try (Pipeline p = new Pipeline(settings(data.resolve("first"), new Properties()).withStoreUrl(postgres().url(db)))) {
      p.connect().startEnrich().startSink();
      p.awaitStored(p.ingest(List.of(input.resolve("a.txt"), input.resolve("b.txt"))), Duration.ofMinutes(2));
    }
    Set<String> first = lineages(db);

    Path archive = archive(20261205L, 40);
    try (Pipeline p = new Pipeline(startOver(data.resolve("second")).withStoreUrl(postgres().url(db)))) {
      p.connect().startEnrich();
      Set<String> ids = p.ingest(List.of(archive));
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (PipelineScenarios.verdictsOnTopic(p).size() < ids.size() && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(200);
      }
      p.startSink();
      p.awaitStored(ids, Duration.ofMinutes(2));
      assertThat(p.store().count("verdicts")).as("every verdict of both clusters").isEqualTo(2 + ids.size());
    }
    assertThat(lineages(db)).as("positions stored for the new cluster's topics, which the first run never saw")
        .filteredOn(l -> !first.contains(l)).isNotEmpty();
  }

  /** The (cluster id, topic id) pairs positions are stored for. */
  private Set<String> lineages(String db) throws Exception {
    Set<String> out = new java.util.TreeSet<>();
    for (String row : postgres().snapshot(db, List.of("consumer_positions"), "consumer_group", "partition_no",
        "next_offset", "topic").get("consumer_positions")) {
      out.add(row);
    }
    return out;
  }

  /**
   * The sink, a separate process, killed (SIGKILL) ten times at random points while it stores, then left to finish:
   * the store ends identical, row for row, to the store of a run that was never interrupted.
   */
  @Test
  void aSinkKilledTenTimesEndsWithTheStoreOfACleanRun() throws Exception {
    String clean = database("claimwire_clean");
    String killed = database("claimwire_killed");
    Path file = archive(20261203L, 160);
    try (Pipeline p = new Pipeline(settings(data, new Properties()).withStoreUrl(postgres().url(clean)))) {
      p.connect().startEnrich().startSink();
      p.awaitStored(p.ingest(List.of(file)), Duration.ofMinutes(3));
      p.stopSink();
      Map<String, List<String>> expected = postgres().snapshot(clean, TABLES, "seq");
      String positions = "SELECT COALESCE(SUM(next_offset), 0) FROM consumer_positions";
      long total = postgres().number(clean, positions);

      Path dir = Files.createDirectories(data.resolve("sink-child"));
      Path config = dir.resolve("client.properties");
      // small batches, so a kill lands between many transactions; a static member, so each new process takes the
      // killed one's place in the group at once instead of after its session times out
      Files.writeString(config, "max.poll.records=2\ngroup.instance.id=claimwire-sink-kill-test\nsession.timeout.ms=10000\n");
      String[] args = ClaimwireProcess.connection(p, "sink", "--store-url", postgres().url(killed), "--port", "-1",
          "--client-config", config.toString(), "--data-dir", dir.toString());
      Random random = new Random(20261203L);
      int midway = 0;
      for (int kill = 0; kill < 10; kill++) {
        long before = progress(killed, positions);
        ClaimwireProcess sink = ClaimwireProcess.start(dir, "sink-" + kill, args);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        // a random point after this process starts storing, or after its start when nothing is left to store
        while (before < total && progress(killed, positions) <= before) {
          sink.assertAlive();
          assertThat(System.nanoTime()).as("the sink stored nothing in 2 minutes:\n%s", sink.output()).isLessThan(deadline);
          TimeUnit.MILLISECONDS.sleep(20);
        }
        // the first kill as soon as storing has begun, so that one lands midway however fast the machine stores
        // (a loaded machine once let the first process store all 364 positions within its random wait)
        TimeUnit.MILLISECONDS.sleep(kill == 0 ? 0 : random.nextInt(400));
        sink.kill();
        long after = progress(killed, positions);
        System.out.printf("kill %d: positions %d of %d stored%n", kill + 1, after, total);
        if (after < total) {
          midway++;
        }
      }
      assertThat(midway).as("kills that landed before the sink had stored everything").isPositive();

      try (ClaimwireProcess sink = ClaimwireProcess.start(dir, "sink-final", args)) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (progress(killed, positions) < total && System.nanoTime() < deadline) {
          sink.assertAlive();
          TimeUnit.MILLISECONDS.sleep(100);
        }
      }
      assertThat(postgres().snapshot(killed, TABLES, "seq")).isEqualTo(expected);
    }
  }

  /** Sum of stored positions; 0 before the first process has created the tables. */
  private long progress(String db, String query) {
    try {
      return postgres().number(db, query);
    } catch (java.sql.SQLException e) {
      return 0;
    }
  }

  @Test
  void readingTheTopicsAgainFromTheEarliestOffsetLeavesTheStoreUnchanged() throws Exception {
    String db = database("claimwire_reread");
    Path file = archive(20261204L, 80);
    try (Pipeline p = new Pipeline(settings(data, new Properties()).withStoreUrl(postgres().url(db)))) {
      p.connect().startEnrich().startSink();
      Set<String> ids = p.ingest(List.of(file));
      p.awaitStored(ids, Duration.ofMinutes(3));
      Map<String, List<String>> before = postgres().snapshot(db, TABLES);
      long stored = p.store().count("verdicts") + p.store().count("claim_sets");

      p.stopSink();
      p.startSink(true);
      p.awaitSettled(Duration.ofMinutes(2));

      assertThat(p.sinkConsumed()).as("every verdict and claim set was read again").isGreaterThanOrEqualTo(stored);
      assertThat(postgres().snapshot(db, TABLES)).as("every row as it was, claims' stream positions included")
          .isEqualTo(before);
    }
  }
}
