package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwire.schemas.AvroSerde;
import io.claimwire.schemas.avro.ArticleVerdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline scenarios every broker flavour must pass: files in, verdicts and claims in the store; and a stop in the
 * middle of the input followed by a restart. Subclasses say where Kafka is.
 */
abstract class PipelineScenarios {
  @TempDir Path data;
  @TempDir Path input;

  /** Settings for a pipeline over the given data directory, with extra client properties. */
  abstract PipelineSettings settings(Path dataDir, Properties clientProperties);

  PipelineSettings settings(Path dataDir) {
    return settings(dataDir, new Properties());
  }

  @Test
  void shouldStoreVerdictsAndClaimsForOriginalDuplicateAndUpdate() throws Exception {
    Files.writeString(input.resolve("a-original.txt"), "url: https://example.org/quake\noutlet: Example\n\n"
        + "Quake shakes the coast\nAt least 40 people were injured in Port Vell, the civil defence agency said.\n");
    Files.writeString(input.resolve("b-copy.txt"), "outlet: Copycat\n\nCoast quake\n"
        + "At least 40 people were injured in Port Vell, the civil defence agency said.\n");
    Files.writeString(input.resolve("c-update.txt"), "url: https://example.org/quake\noutlet: Example\n\n"
        + "Quake shakes the coast\nAt least 65 people were injured in Port Vell, the civil defence agency said.\n");
    Files.writeString(input.resolve("d-empty.txt"), "Only a headline\n");

    try (Pipeline p = new Pipeline(settings(data))) {
      p.connect().startEnrich().startSink();
      Set<String> ids = p.ingest(List.of(input));
      p.awaitStored(ids, Duration.ofMinutes(2));

      List<Map<String, Object>> verdicts = new ArrayList<>();
      p.store().export("verdicts", verdicts::add);
      assertThat(verdicts).extracting(v -> v.get("verdict")).containsExactlyInAnyOrder("ORIGINAL", "DUPLICATE", "UPDATE");
      List<Map<String, Object>> claims = new ArrayList<>();
      p.store().export("claims", claims::add);
      assertThat(claims).as("the update replaced the original's claim set").hasSize(1);
      assertThat(claims.get(0)).containsEntry("figure", 65.0).containsEntry("qualifier", "AT_LEAST")
          .containsEntry("article_version", 2);

      // Running the same input again changes nothing.
      Set<String> again = p.ingest(List.of(input));
      p.awaitStored(again, Duration.ofMinutes(2));
      assertThat(p.store().count("verdicts")).isEqualTo(3);
      assertThat(p.store().count("claims")).isEqualTo(1);
    }
  }

  @Test
  void shouldEndWithOneVerdictAndOneClaimSetPerRecordAfterStopMidInput() throws Exception {
    Archive archive = Archive.generate(new Random(20261122L), 240);
    Path file = input.resolve("archive.ndjson");
    Files.write(file, archive.lines, StandardCharsets.UTF_8);

    long storedAtStop;
    Properties slow = new Properties();
    slow.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "3"); // small steps, so the stop lands mid-input
    try (Pipeline p = new Pipeline(settings(data, slow))) {
      p.connect().startEnrich().startSink();
      p.ingest(List.of(file));
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (p.store().count("verdicts") == 0 && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(20);
      }
      storedAtStop = p.store().count("verdicts");
    } // stops sink, enrich and (embedded) the broker, with records still unprocessed
    assumeThat(storedAtStop).as("the stop came before the pipeline had finished").isBetween(1L, 239L);

    try (Pipeline p = new Pipeline(settings(data))) {
      p.connect().startEnrich().startSink();
      Set<String> ids = p.ingest(List.of(file)); // the user runs the same command again
      assertThat(ids).hasSize(240);
      p.awaitStored(ids, Duration.ofMinutes(3));

      Map<String, String> stored = new HashMap<>();
      Map<String, String> urlOf = new HashMap<>();
      p.store().export("verdicts", v -> {
        stored.put((String) v.get("record_id"), (String) v.get("verdict"));
        if (v.get("url") != null) {
          urlOf.put((String) v.get("article_id"), (String) v.get("url"));
        }
      });
      assertThat(stored).containsExactlyInAnyOrderEntriesOf(archive.expectedVerdicts);

      Map<String, Integer> sets = new HashMap<>();
      Map<String, Integer> setSizes = new HashMap<>();
      p.store().export("claim-sets", s -> {
        sets.put(urlOf.get((String) s.get("article_id")), ((Number) s.get("article_version")).intValue());
        setSizes.put((String) s.get("article_id"), ((Number) s.get("claim_count")).intValue());
      });
      assertThat(sets).as("one claim set per article, at its latest version").isEqualTo(archive.latestVersion);
      Map<String, Integer> claimRows = new HashMap<>();
      p.store().export("claims", c -> claimRows.merge((String) c.get("article_id"), 1, Integer::sum));
      assertThat(claimRows).as("each article's claims stored once, none left from an older version")
          .isEqualTo(setSizes);

      assertThat(verdictsOnTopic(p)).as("every record decided once: re-deliveries repeat the same verdict")
          .allSatisfy((id, decisions) -> assertThat(decisions).hasSize(1));
    }
  }

  /** Dedup quality on the committed fixture archive, scored the way {@code score_dedup.py} scores it. */
  @Test
  void shouldDedupTheFixtureArchiveAndDecideTheSameWithTwoEnrichInstances() throws Exception {
    Path archive = Path.of("src/test/resources/dedup/dedup-archive.ndjson");
    List<DedupArchive.Line> gold = new DedupArchive(DedupArchiveTest.SEED).generate(DedupArchiveTest.STORIES).lines();
    Outcome one = runArchive(data.resolve("one"), archive, 1, false);
    DedupScore score = DedupScore.of(gold, one.verdicts());
    assertThat(score.falseMerges()).as(score.toString()).isZero();
    assertThat(score.duplicatePrecision()).as(score.toString()).isGreaterThanOrEqualTo(0.98);
    assertThat(score.duplicateRecall()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.updatePrecision()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.updateRecall()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(one.summaries()).as("summaries were stored").isNotEmpty();
    assertThat(one.changelogCleanup()).as("dedup state changelogs are compacted").containsKeys(
        "claimwire-enrich-dedup-verdicts-changelog", "claimwire-enrich-dedup-content-changelog",
        "claimwire-enrich-dedup-articles-changelog", "claimwire-enrich-dedup-signatures-changelog",
        "claimwire-enrich-dedup-expiry-changelog")
        .allSatisfy((topic, policy) -> assertThat(policy).contains("compact"));

    Outcome two = runArchive(data.resolve("two"), archive, 2, false);
    assertThat(two.verdicts()).as("two instances over 4 partitions decide what one does").isEqualTo(one.verdicts());
    assertThat(two.summaries()).as("and summarise the same").isEqualTo(one.summaries());
  }

  /** A second enrich instance in its own JVM, killed with SIGKILL mid-stream and started again. */
  @Test
  void shouldLeaveOneVerdictPerRecordWhenAnInstanceIsKilledMidStream() throws Exception {
    Path archive = Path.of("src/test/resources/dedup/dedup-archive.ndjson");
    Outcome killed = runArchive(data.resolve("killed"), archive, 2, true);
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(archive)) {
      ids.add(new ObjectMapper().readTree(line).get("id").asText());
    }
    assertThat(killed.verdicts().keySet()).as("no record without a verdict").containsExactlyInAnyOrderElementsOf(ids);
    assertThat(killed.decisions()).as("none with two").allSatisfy((id, d) -> assertThat(d).hasSize(1));
    // and still the right ones: a sequencer task that moved rebuilt its near-duplicate index from its stores
    DedupScore score = DedupScore.of(
        new DedupArchive(DedupArchiveTest.SEED).generate(DedupArchiveTest.STORIES).lines(), killed.verdicts());
    assertThat(score.falseMerges()).as(score.toString()).isZero();
    assertThat(score.duplicateRecall()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.updateRecall()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * Two enrich instances restarted one after the other (each stopped gracefully, leaving the group, and started
   * again on its state directory) while articles keep arriving: every record decided once and stored.
   */
  @Test
  void shouldLoseNothingInARollingRestartOfTwoEnrichInstances() throws Exception {
    Archive archive = Archive.generate(new Random(20261206L), 240);
    List<Path> parts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Path part = input.resolve("part-" + i + ".ndjson");
      Files.write(part, archive.lines.subList(i * 80, (i + 1) * 80), StandardCharsets.UTF_8);
      parts.add(part);
    }
    try (Pipeline p = new Pipeline(settings(data))) {
      p.connect().startSink(); // enrich runs only in the two instances below
      org.apache.kafka.streams.KafkaStreams[] enrich = {enrichInstance(p, "a"), enrichInstance(p, "b")};
      try {
        Set<String> ids = new HashSet<>(p.ingest(List.of(parts.get(0))));
        for (int i = 0; i < 2; i++) {
          enrich[i].close(org.apache.kafka.streams.CloseOptions.groupMembershipOperation(
              org.apache.kafka.streams.CloseOptions.GroupMembershipOperation.LEAVE_GROUP).withTimeout(Duration.ofSeconds(30)));
          ids.addAll(p.ingest(List.of(parts.get(i + 1)))); // records arrive while one instance is away
          enrich[i] = enrichInstance(p, i == 0 ? "a" : "b");
        }
        p.awaitStored(ids, Duration.ofMinutes(4));
        Map<String, String> stored = new HashMap<>();
        p.store().export("verdicts", v -> stored.put((String) v.get("record_id"), (String) v.get("verdict")));
        assertThat(stored).containsExactlyInAnyOrderEntriesOf(archive.expectedVerdicts);
        assertThat(verdictsOnTopic(p)).as("every record decided once").hasSize(240)
            .allSatisfy((id, decisions) -> assertThat(decisions).hasSize(1));
      } finally {
        for (var instance : enrich) {
          instance.close(Duration.ofSeconds(20));
        }
      }
    }
  }

  private static org.apache.kafka.streams.KafkaStreams enrichInstance(Pipeline p, String name) {
    var instance = p.newEnrichInstance(p.settings().dataDir().resolve("enrich-" + name));
    instance.start();
    return instance;
  }

  /** {@code claimwire enrich} stopped with SIGTERM: it leaves within its 10 s shutdown budget (compose gives 45 s). */
  @Test
  void shouldStopAServiceOnSigtermWithinItsGracePeriod() throws Exception {
    try (Pipeline p = new Pipeline(settings(data))) {
      p.connect();
      Path dir = data.resolve("sigterm");
      ClaimwireProcess enrich = ClaimwireProcess.start(dir, "enrich", p, "enrich", "--data-dir", dir.toString(),
          "--port", "0")
          .awaitOutput("enrich RUNNING", Duration.ofMinutes(2)).awaitOutput("/health", Duration.ofSeconds(30));
      java.util.regex.Matcher url = java.util.regex.Pattern.compile("(http://\\S+/health)").matcher(enrich.output());
      assertThat(url.find()).isTrue();
      var http = java.net.http.HttpClient.newHttpClient();
      var health = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url.group(1))).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"broker\":\"UP\"", "\"enrich\":\"UP\"");
      var metrics = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url.group(1).replace("/health", "/metrics")))
          .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(metrics.body()).contains("claimwire_enrich_verdicts_total", "kafka_stream_");

      long start = System.nanoTime();
      enrich.process.destroy(); // SIGTERM
      boolean stopped = enrich.process.waitFor(Pipeline.SHUTDOWN_TIMEOUT.toSeconds() + 1, TimeUnit.SECONDS);
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      if (!stopped) {
        enrich.kill();
      }
      assertThat(stopped).as("stopped within the shutdown budget of %s:\n%s", Pipeline.SHUTDOWN_TIMEOUT, enrich.output()).isTrue();
      assertThat(enrich.output()).contains("stopping");
      System.out.println("claimwire enrich stopped " + ms + " ms after SIGTERM");
    }
  }

  /** Verdicts (without decision times) and summaries (without update times) of one run over an archive. */
  record Outcome(Map<String, String> verdicts, Map<String, String> summaries, Map<String, Set<String>> decisions,
      Map<String, String> changelogCleanup) {}

  private Outcome runArchive(Path dataDir, Path archive, int instances, boolean killOneMidStream) throws Exception {
    try (Pipeline p = new Pipeline(settings(dataDir))) {
      p.connect().startEnrich().startSink();
      List<org.apache.kafka.streams.KafkaStreams> extra = new ArrayList<>();
      Process child = null;
      try {
        for (int i = 2; i <= instances && !killOneMidStream; i++) {
          var instance = p.newEnrichInstance(dataDir.resolve("enrich-" + i));
          instance.start();
          extra.add(instance);
        }
        Path childDir = dataDir.resolve("child");
        if (killOneMidStream) {
          child = startEnrichProcess(p, childDir);
        }
        Set<String> ids = p.ingest(List.of(archive));
        if (killOneMidStream) {
          long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
          while (p.store().count("verdicts") < 50 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
          }
          // SIGKILL: no shutdown hook, no commit, no leaving the group; then the same instance is started again.
          child.destroyForcibly().waitFor();
          assumeThat(p.store().count("verdicts")).as("the kill came before everything was decided")
              .isLessThan(ids.size());
          child = startEnrichProcess(p, childDir);
        }
        p.awaitStored(ids, Duration.ofMinutes(4));
        Map<String, String> verdicts = new java.util.TreeMap<>();
        p.store().export("verdicts", v -> verdicts.put((String) v.get("record_id"), v.get("verdict") + " "
            + v.get("article_id") + " v" + v.get("article_version") + " of " + v.get("duplicate_of") + " "
            + v.get("method")));
        Map<String, String> summaries = new java.util.TreeMap<>();
        p.store().export("summaries", s -> summaries.put((String) s.get("topic_key"), s.get("status") + " "
            + s.get("figures")));
        return new Outcome(verdicts, summaries, verdictsOnTopic(p), changelogCleanup(p));
      } finally {
        for (var instance : extra) {
          instance.close(Duration.ofSeconds(20));
        }
        if (child != null) {
          child.destroy();
          if (!child.waitFor(30, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
          }
        }
      }
    }
  }

  /**
   * {@code claimwire enrich} in a JVM of its own against this pipeline's cluster (small polls, so it is
   * mid-stream when killed); returns once its Kafka Streams instance is RUNNING (joined the group).
   */
  /** An RSS feed of two long items of our own, each with one figure. */
  private static String feed() {
    String filler = "<p>Crews from three depots worked through the evening to clear the approach roads, and the council"
        + " said it would publish a fuller account once the inspections were finished later in the week.</p>";
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\" "
        + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Harrow Gazette</title>"
        + "<link>http://gazette.test/</link><description>news</description>");
    String[][] items = {{"g-1", "Bridge closed", "At least 25 people were injured in Brenton when the old bridge gave way, police said."},
        {"g-2", "Market fire", "About 60 stalls were destroyed in Calloway market overnight, the fire service said."}};
    for (String[] it : items) {
      sb.append("<item><guid>").append(it[0]).append("</guid><title>").append(it[1]).append("</title><link>http://gazette.test/")
          .append(it[0]).append("</link><content:encoded><![CDATA[<p>").append(it[2]).append("</p>").append(filler)
          .append(filler.replace("evening", "night")).append("]]></content:encoded></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  private static java.net.http.HttpResponse<String> post(int port, String token, String body) throws Exception {
    var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/articles"))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
    if (token != null) {
      req.header("Authorization", "Bearer " + token);
    }
    return java.net.http.HttpClient.newHttpClient().send(req.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void feedsAndPushReachTheStoreAndARestartSendsNothingAgain() throws Exception {
    List<String> ifNoneMatch = new java.util.concurrent.CopyOnWriteArrayList<>();
    var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/rss", ex -> {
      String sent = ex.getRequestHeaders().getFirst("If-None-Match");
      ifNoneMatch.add(String.valueOf(sent));
      if ("\"r1\"".equals(sent)) {
        ex.sendResponseHeaders(304, -1);
      } else {
        byte[] b = feed().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("ETag", "\"r1\"");
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
      }
      ex.close();
    });
    server.start();
    try {
      var feedSpec = new io.claimwire.ingest.feed.FeedSpec(
          java.net.URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/rss"), Duration.ofMinutes(5), null);
      var live = new LiveSources(List.of(feedSpec),
          io.claimwire.ingest.feed.SafeHttp.Policy.defaults().allowingHosts(List.of("127.0.0.1")), Duration.ZERO,
          new io.claimwire.ingest.push.PushEndpoint.Settings("127.0.0.1", 0, "s3cret", 64 * 1024, 100));
      String pushed;
      try (Pipeline p = new Pipeline(settings(data))) {
        p.connect().startEnrich().startSink().startLiveSources(new LiveSources(List.of(), live.http(), Duration.ZERO, live.push()));
        Set<String> ids = p.pollFeedsOnce(live);
        assertThat(ids).hasSize(2);
        p.awaitStored(ids, Duration.ofMinutes(2));
        List<Map<String, Object>> claims = new ArrayList<>();
        p.store().export("claims", claims::add);
        assertThat(claims).extracting(c -> c.get("figure")).contains(25.0, 60.0);
        assertThat(p.pollFeedsOnce(live)).as("a second poll sends nothing").isEmpty();
        assertThat(ifNoneMatch).containsExactly("null", "\"r1\"");

        int port = p.pushPort();
        String article = "{\"id\": \"push-1\", \"url\": \"https://harrow.test/quarry\", \"outlet\": \"Harrow Gazette\","
            + " \"title\": \"Quarry\", \"text\": \"Some 140 workers were sent home from the Dunmore quarry, the company said.\"}";
        assertThat(post(port, null, article).statusCode()).isEqualTo(401);
        assertThat(post(port, "wrong", article).statusCode()).isEqualTo(401);
        var bad = post(port, "s3cret", "[" + article + ", {\"title\": \"no text\"}]");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"item\":1").contains("empty body");
        assertThat(post(port, "s3cret", "{not json").statusCode()).isEqualTo(400);
        assertThat(post(port, "s3cret", "[" + (article + ",").repeat(200) + article + "]").statusCode()).isEqualTo(413);
        assertThat(post(port, "s3cret", "{\"text\": \"" + "x".repeat(70_000) + "\"}").statusCode()).isEqualTo(413);
        var ok = post(port, "s3cret", article);
        assertThat(ok.statusCode()).isEqualTo(202);
        assertThat(ok.body()).contains("push-1");
        pushed = "push-1";
      } // the broker (embedded) stops right after the 202
      try (Pipeline p = new Pipeline(settings(data))) {
        p.connect().startEnrich().startSink();
        assertThat(p.rawRecordIds()).as("a 202 means the broker had it").contains(pushed);
        p.awaitStored(Set.of(pushed), Duration.ofMinutes(2));
        List<Map<String, Object>> claims = new ArrayList<>();
        p.store().export("claims", claims::add);
        assertThat(claims).extracting(c -> c.get("figure")).contains(140.0);
        long raw = p.rawRecordIds().size();
        assertThat(p.pollFeedsOnce(live)).as("a restart re-emits nothing").isEmpty();
        assertThat(ifNoneMatch).last().isEqualTo("\"r1\"");
        assertThat(p.rawRecordIds()).hasSize((int) raw);
      }
    } finally {
      server.stop(0);
    }
  }

  /**
   * Runs {@code claimwire replay --rate 100 FILE} in a child JVM and kills it (SIGKILL, mid-transaction most likely)
   * once 60 of the file's {@code records} are in the raw topic; skips the test when the kill did not come mid-replay.
   */
  private void replayKilledMidway(Pipeline p, Path file, int records) throws Exception {
    Path childDir = data.resolve("replay-child");
    Files.createDirectories(childDir);
    ClaimwireProcess child = ClaimwireProcess.start(childDir, "replay", p, "replay", "--rate", "100", "--data-dir",
        childDir.toString(), file.toString());
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    int before = 0;
    while (System.nanoTime() < deadline && child.process.isAlive() && (before = rawRecordsNow(p).size()) < 60) {
      TimeUnit.MILLISECONDS.sleep(100);
    }
    child.kill();
    assumeThat(before).as("the kill came mid-replay (log: %s)", child.log).isBetween(60, records - 1);
  }

  /**
   * Record ids in the raw topic, read committed, with repeats (a record sent twice appears twice), once no
   * transaction is open on it: the markers of the last commit are written after commitTransaction returns (seen in
   * a full CI run on a loaded machine: 157 of 300 read right after the resumed replay returned).
   */
  private static List<String> rawRecords(Pipeline p) {
    io.claimwire.ingest.CommittedReads.awaitSettled(p.clientProps(), p.topics().raw.name(), Duration.ofSeconds(60));
    return rawRecordsNow(p);
  }

  /** As {@link #rawRecords}, without waiting: a replay that is being killed may hold a transaction open. */
  private static List<String> rawRecordsNow(Pipeline p) {
    List<String> ids = new ArrayList<>();
    @SuppressWarnings("unchecked")
    AvroSerde<io.claimwire.schemas.avro.RawArticle> serde =
        (AvroSerde<io.claimwire.schemas.avro.RawArticle>) p.topics().raw.valueSerde();
    Properties c = p.clientProps();
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      TopicPartition tp = new TopicPartition(p.topics().raw.name(), 0);
      consumer.assign(List.of(tp));
      consumer.seekToBeginning(List.of(tp));
      long end = consumer.endOffsets(List.of(tp)).get(tp);
      while (consumer.position(tp) < end) {
        consumer.poll(Duration.ofMillis(500)).forEach(r -> ids.add(serde.decode(r.value()).getRecordId()));
      }
    }
    return ids;
  }

  @Test
  void replayResumedAfterAKillSendsEveryRecordOnceAndFiltersByTime() throws Exception {
    Archive archive = Archive.generate(new Random(20261202L), 300);
    Path file = input.resolve("replay.ndjson");
    Files.write(file, archive.lines, StandardCharsets.UTF_8);
    try (Pipeline p = new Pipeline(settings(data))) {
      p.connect();
      replayKilledMidway(p, file, 300);

      var replay = new io.claimwire.ingest.replay.Replay(p.clientProps(), p.topics(),
          new io.claimwire.ingest.ArticleFiles(new io.claimwire.ingest.ReadabilityExtractor()));
      var resumed = replay.run(new io.claimwire.ingest.replay.Replay.Options(List.of(file), null, null, null, null, true),
          io.claimwire.ingest.replay.Pacer.fullSpeed(), (n, bytes) -> { });
      assertThat(resumed.skippedByResume()).as("resumed after the committed checkpoint").isPositive();
      assertThat(resumed.sent() + resumed.skippedByResume()).isEqualTo(300);
      List<String> ids = rawRecords(p);
      assertThat(ids).as("each record once").hasSize(300).doesNotHaveDuplicates();
      assertThat(ids).containsExactlyElementsOf(archive.expectedVerdicts.keySet()); // and in line order

      // --from/--to on publishedAt (the archive's days run 1..28 of November): the 3rd to the 5th, end exclusive
      Path other = input.resolve("other");
      Files.createDirectories(other);
      Files.write(other.resolve("again.ndjson"), archive.lines, StandardCharsets.UTF_8);
      var filtered = replay.run(new io.claimwire.ingest.replay.Replay.Options(List.of(other),
          java.time.Instant.parse("2026-11-03T00:00:00Z"), java.time.Instant.parse("2026-11-05T00:00:00Z"), null, null, false),
          io.claimwire.ingest.replay.Pacer.fullSpeed(), (n, bytes) -> { });
      long expected = archive.lines.stream().filter(l -> l.contains("\"2026-11-03T") || l.contains("\"2026-11-04T")).count();
      assertThat(filtered.sent()).isEqualTo(expected);
      assertThat(filtered.filtered()).isEqualTo(300 - expected);
      assertThat(rawRecords(p)).hasSize(300 + (int) expected);
    }
  }

  @Test
  void warcReplayResumedAfterAKillSendsEveryPageOnceInFileOrder() throws Exception {
    Path file = input.resolve("crawl.warc.gz");
    WarcBench.writePages(file, 300, 20261206L);
    List<String> inFileOrder = new ArrayList<>();
    try (var pages = new io.claimwire.ingest.warc.WarcPages(file, -1, new io.claimwire.ingest.ReadabilityExtractor(),
        io.claimwire.schemas.Limits.defaults())) {
      for (var item = pages.next(); item != null; item = pages.next()) {
        if (item.article() != null) {
          inFileOrder.add(item.article().getRecordId());
        }
      }
    }
    assertThat(inFileOrder).hasSize(300).doesNotHaveDuplicates();
    try (Pipeline p = new Pipeline(settings(data))) {
      p.connect();
      replayKilledMidway(p, file, 300);

      var html = new io.claimwire.ingest.ReadabilityExtractor();
      var replay = new io.claimwire.ingest.replay.Replay(p.clientProps(), p.topics(),
          new io.claimwire.ingest.ArticleFiles(html), html, io.claimwire.schemas.Limits.defaults());
      var resumed = replay.run(new io.claimwire.ingest.replay.Replay.Options(List.of(file), null, null, null, null, true),
          io.claimwire.ingest.replay.Pacer.fullSpeed(), (n, bytes) -> { });
      assertThat(resumed.sent()).as("resumed after the committed checkpoint").isBetween(1L, 299L);
      // one request record a page, but the checkpoint may fall between a page's request and its response (the
      // request was read and passed over before the kill): then the resumed run passes over one request fewer
      assertThat(resumed.skipped().get("request")).as("the requests after the checkpoint")
          .isBetween(resumed.sent() - 1, resumed.sent());
      assertThat(rawRecords(p)).as("every page once, in file order").containsExactlyElementsOf(inFileOrder);
    }
  }

  @Test
  void aWarcArchiveGoesThroughThePipelineWithItsKindsCountedAndOtherLanguagesSaid() throws Exception {
    java.time.Instant t = java.time.Instant.parse("2026-11-20T08:00:00Z");
    String ferry = "<p>The coastguard said on Sunday that 37 passengers were rescued after the ferry ran aground near "
        + "the northern cape.</p><p>Captain Ines Moreau told reporters that the crew of 12 had stayed on board.</p>";
    String german = "<p>Die Küstenwache teilte am Sonntag mit, dass 37 Fahrgäste gerettet wurden, nachdem die Fähre "
        + "vor dem nördlichen Kap auf Grund gelaufen war.</p><p>Die Besatzung blieb nach Angaben des Kapitäns an Bord "
        + "und wartete auf die Schlepper aus dem Hafen.</p>";
    Path file = input.resolve("day.warc");
    try (var w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE))) {
      w.write(warcRequest("https://coast.example/ferry", t));
      w.write(warcResponse("https://coast.example/ferry", t, 200, "text/html; charset=utf-8",
          "<html><head><meta property=\"og:site_name\" content=\"Coast Wire\"></head><body><nav><a href=\"/\">Home"
              + "</a></nav><article><h1>Ferry runs aground</h1>" + ferry + "</article></body></html>"));
      w.write(warcResponse("https://harbour.example/news/ferry", t.plusSeconds(30), 200, "text/html",
          "<html><body><article><h1>Passengers rescued</h1><p>Lifeboats took 37 people off the ferry that ran "
              + "aground off the northern cape on Sunday, according to the coastguard.</p><p>Ines Moreau, the "
              + "ferry's captain, and her crew of 12 stayed aboard until tugs arrived from the harbour.</p>"
              + "</article></body></html>"));
      w.write(warcResponse("https://kueste.example/faehre", t.plusSeconds(60), 200, "text/html; charset=utf-8",
          "<html><body><article><h1>Fähre auf Grund gelaufen</h1>" + german + "</article></body></html>"));
      w.write(warcResponse("https://coast.example/missing", t, 404, "text/html", "<p>gone</p>"));
      w.write(warcResponse("https://coast.example/photo.jpg", t, 200, "image/jpeg", "not really a jpeg"));
      w.write(new org.netpreserve.jwarc.WarcRevisit.Builder(java.net.URI.create("https://coast.example/ferry"),
          java.net.URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")).date(t).build());
    }
    try (Pipeline p = new Pipeline(settings(data))) {
      p.connect().startEnrich().startSink();
      var html = new io.claimwire.ingest.ReadabilityExtractor();
      var replay = new io.claimwire.ingest.replay.Replay(p.clientProps(), p.topics(),
          new io.claimwire.ingest.ArticleFiles(html), html, io.claimwire.schemas.Limits.defaults());
      var o = replay.run(new io.claimwire.ingest.replay.Replay.Options(List.of(file), null, null, null, null, false),
          io.claimwire.ingest.replay.Pacer.fullSpeed(), (n, bytes) -> { });
      assertThat(o.sent()).isEqualTo(3);
      assertThat(o.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of("request", 1L, "not-200", 1L,
          "not-html", 1L, "revisit", 1L));
      assertThat(o.deadLettered()).isZero();
      p.awaitStored(p.rawRecordIds(), Duration.ofMinutes(2));
      Map<String, Map<String, Object>> sets = new HashMap<>();
      p.store().export("claim-sets", r -> sets.put(String.valueOf(r.get("record_id")), r));
      assertThat(sets).hasSize(3);
      assertThat(sets.values()).filteredOn(r -> r.get("reason") != null).singleElement()
          .satisfies(r -> {
            assertThat(r.get("reason")).isEqualTo("language de: extraction supports [en]");
            assertThat(((Number) r.get("claim_count")).intValue()).isZero();
          });
      assertThat(sets.values()).filteredOn(r -> r.get("reason") == null)
          .allSatisfy(r -> assertThat(((Number) r.get("claim_count")).intValue()).isPositive());
      List<Map<String, Object>> stories = new ArrayList<>();
      p.store().export("stories", stories::add);
      assertThat(stories).as("the two English reports of the ferry are one story").anySatisfy(s ->
          assertThat((List<?>) s.get("articles")).hasSize(2));

      Path english = input.resolve("english-only");
      Files.createDirectories(english);
      Files.copy(file, english.resolve("day.warc"));
      var onlyEnglish = replay.run(new io.claimwire.ingest.replay.Replay.Options(List.of(english), null, null, null,
          null, false, Set.of("en")), io.claimwire.ingest.replay.Pacer.fullSpeed(), (n, bytes) -> { });
      assertThat(onlyEnglish.sent()).isEqualTo(2);
      assertThat(onlyEnglish.otherLanguage()).isEqualTo(1);
    }
  }

  private static org.netpreserve.jwarc.WarcRequest warcRequest(String url, java.time.Instant t) throws java.io.IOException {
    return new org.netpreserve.jwarc.WarcRequest.Builder(java.net.URI.create(url)).date(t)
        .body(new org.netpreserve.jwarc.HttpRequest.Builder("GET", java.net.URI.create(url)).build()).build();
  }

  private static org.netpreserve.jwarc.WarcResponse warcResponse(String url, java.time.Instant t, int status,
      String type, String body) throws java.io.IOException {
    return new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create(url)).date(t)
        .body(new org.netpreserve.jwarc.HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(org.netpreserve.jwarc.MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build()).build();
  }

  @Test
  void aDeadLetterIsResentOnceItsCauseIsFixedAndNeverTwice() throws Exception {
    Path broken = input.resolve("broken.txt");
    Files.writeString(broken, "Only a headline\n");
    try (Pipeline p = new Pipeline(settings(data))) {
      p.connect().startEnrich().startSink();
      assertThat(p.ingest(List.of(broken))).isEmpty();
      DeadLetterTool tool = new DeadLetterTool(p.clientProps(), p.topics());
      List<DeadLetterTool.Letter> letters = tool.list(Set.of("ingest"));
      assertThat(letters).singleElement().satisfies(l -> {
        assertThat(l.reason()).isEqualTo("empty body");
        assertThat(l.origin()).isEqualTo(broken.toString());
        assertThat(l.resent()).isFalse();
      });
      String id = letters.get(0).id();
      assertThat(tool.resend(List.of(id))).singleElement().satisfies(o -> {
        assertThat(o.sent()).isFalse();
        assertThat(o.message()).contains("still unreadable");
      });
      Files.writeString(broken, "Mill rescue\nFirefighters said 12 people were rescued from the flooded mill in Lowmoor.\n");
      assertThat(tool.resend(List.of(id))).singleElement().satisfies(o -> assertThat(o.sent()).isTrue());
      assertThat(tool.resend(List.of(id, id))).allSatisfy(o -> assertThat(o.message()).isEqualTo("already resent"));
      assertThat(tool.list(Set.of())).singleElement().satisfies(l -> assertThat(l.resent()).isTrue());
      p.awaitStored(p.rawRecordIds(), Duration.ofMinutes(2));
      assertThat(rawRecords(p)).hasSize(1);
      List<Map<String, Object>> claims = new ArrayList<>();
      p.store().export("claims", claims::add);
      assertThat(claims).extracting(c -> c.get("figure")).containsExactly(12.0);
    }
  }

  private static Process startEnrichProcess(Pipeline p, Path dataDir) throws Exception {
    Files.createDirectories(dataDir);
    Path config = dataDir.resolve("client.properties");
    Files.writeString(config, "max.poll.records=5\n");
    return ClaimwireProcess.start(dataDir, "enrich", p, "enrich", "--data-dir", dataDir.toString(),
        "--client-config", config.toString())
        .awaitOutput("enrich RUNNING", Duration.ofMinutes(2)).process;
  }

  /** cleanup.policy of every changelog topic of enrich's stores. */
  private static Map<String, String> changelogCleanup(Pipeline p) throws Exception {
    try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(p.clientProps())) {
      List<org.apache.kafka.common.config.ConfigResource> changelogs = admin.listTopics().names().get().stream()
          .filter(t -> t.endsWith("-changelog"))
          .map(t -> new org.apache.kafka.common.config.ConfigResource(
              org.apache.kafka.common.config.ConfigResource.Type.TOPIC, t)).toList();
      Map<String, String> out = new java.util.TreeMap<>();
      admin.describeConfigs(changelogs).all().get().forEach((r, config) ->
          out.put(r.name(), config.get("cleanup.policy").value()));
      return out;
    }
  }

  /** Distinct (verdict, version) decisions per record id on the committed verdicts topic. */
  static Map<String, Set<String>> verdictsOnTopic(Pipeline p) {
    Properties c = p.clientProps();
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    AvroSerde<ArticleVerdict> serde = (AvroSerde<ArticleVerdict>) p.topics().verdicts.valueSerde();
    Map<String, Set<String>> out = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = consumer.partitionsFor(p.topics().verdicts.name()).stream()
          .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<TopicPartition, Long> end = consumer.endOffsets(parts);
      while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        for (var r : consumer.poll(Duration.ofMillis(500))) {
          ArticleVerdict v = serde.decode(r.value());
          out.computeIfAbsent(v.getRecordId(), k -> new HashSet<>()).add(v.getVerdict() + "@" + v.getArticleVersion());
        }
      }
    }
    return out;
  }

  /**
   * A generated NDJSON archive of originals, exact copies under other ids and outlets, and same-URL updates, with the
   * verdict each record must get.
   */
  static final class Archive {
    private static final String[] PLACES = {"Alder Bay", "Brenton", "Calloway", "Dunmore", "Esker Falls", "Fairhaven",
        "Glenrock", "Harrow Point", "Islington Vale", "Juniper Creek", "Kestrel Ridge", "Lowmoor"};
    private static final String[] WORDS = ("council river bridge market school harbour railway clinic orchard quarry "
        + "ferry library festival tunnel reservoir stadium factory vineyard airport lighthouse depot warehouse "
        + "museum garrison canal hospital pier mill brewery chapel").split(" ");
    private static final String[] MEASURES = {"people were injured", "homes were damaged", "residents were evacuated",
        "workers were rescued", "vehicles were destroyed"};
    private static final String[] SOURCES = {"police said", "the mayor said", "officials said", "the fire service said"};

    final List<String> lines = new ArrayList<>();
    final Map<String, String> expectedVerdicts = new LinkedHashMap<>();
    final Map<String, Integer> latestVersion = new LinkedHashMap<>();

    static Archive generate(Random random, int n) {
      ObjectMapper json = new ObjectMapper();
      Archive a = new Archive();
      List<String> urls = new ArrayList<>();
      Map<String, String> latestText = new HashMap<>();
      for (int i = 0; i < n; i++) {
        String id = "rec-" + i;
        double roll = random.nextDouble();
        String url;
        String text;
        String verdict;
        if (i > 5 && roll < 0.2) {
          // an exact copy under another outlet, without the original's URL
          String of = urls.get(random.nextInt(urls.size()));
          url = null;
          text = latestText.get(of);
          verdict = "DUPLICATE";
        } else if (i > 5 && roll < 0.35) {
          url = urls.get(random.nextInt(urls.size()));
          int version = a.latestVersion.merge(url, 1, Integer::sum);
          text = latestText.get(url) + " By the evening the count stood at " + (1000 + i) + " " + pick(random, MEASURES)
              + ", " + pick(random, SOURCES) + " in update " + version + ".";
          latestText.put(url, text);
          verdict = "UPDATE";
        } else {
          url = "https://news.example/" + i;
          urls.add(url);
          a.latestVersion.put(url, 1);
          text = story(random, i);
          latestText.put(url, text);
          verdict = "ORIGINAL";
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("url", url);
        line.put("outlet", url == null ? "Copy Desk " + i : "Example News");
        line.put("title", "Report " + i);
        line.put("text", text);
        line.put("publishedAt", "2026-11-" + String.format("%02d", 1 + i % 28) + "T08:00:00Z");
        try {
          a.lines.add(json.writeValueAsString(line));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
        a.expectedVerdicts.put(id, verdict);
      }
      return a;
    }

    private static String story(Random random, int i) {
      StringBuilder s = new StringBuilder();
      String place = pick(random, PLACES);
      s.append("A storm reached ").append(place).append(" near the old ");
      for (int w = 0; w < 8; w++) {
        s.append(pick(random, WORDS)).append(w == 7 ? ". " : " and the ");
      }
      s.append("At least ").append(10 + i).append(' ').append(pick(random, MEASURES)).append(" in ").append(place)
          .append(", ").append(pick(random, SOURCES)).append(". ");
      s.append("About ").append(200 + 7 * i).append(' ').append(pick(random, MEASURES)).append(" across the region, ")
          .append(pick(random, SOURCES)).append('.');
      return s.toString();
    }

    private static String pick(Random random, String[] from) {
      return from[random.nextInt(from.length)];
    }
  }
}
