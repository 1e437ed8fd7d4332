package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.ingest.ArticleFiles;
import io.claimwire.ingest.CollectingOutput;
import io.claimwire.ingest.ReadabilityExtractor;
import io.claimwire.ingest.push.PushEndpoint;
import io.claimwire.schemas.DeadLetterHeaders;
import io.claimwire.schemas.DeadLetterPayload;
import io.claimwire.schemas.Limits;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad record never stops the pipeline and is never lost: an article far larger than the rest, an archive line of
 * 20 MB, records a later stage would refuse. Subclasses say where Kafka is.
 */
abstract class BadInputScenarios {
  private static final String TOKEN = "s3cret";
  private static final String[] PLACES = {"Alder Bay", "Brenton", "Calloway", "Dunmore", "Esker Falls", "Fairhaven",
      "Glenrock", "Harrow Point", "Juniper Creek", "Kestrel Ridge", "Lowmoor", "Marlow Sands"};
  @TempDir Path data;
  @TempDir Path input;

  abstract PipelineSettings settings(Path dataDir, Properties clientProperties);

  /** A short article of its own: one figure, one place, one source. */
  static String small(int i) {
    String place = PLACES[i % PLACES.length];
    return "{\"id\":\"small-" + i + "\",\"url\":\"https://courier.test/" + i + "\",\"outlet\":\"Courier\","
        + "\"title\":\"Storm in " + place + "\",\"text\":\"At least " + (20 + 7 * i) + " homes were flooded in " + place
        + " after the storm on day " + i + ", the fire service said. Crews worked through the night on case " + (1000 + i)
        + ".\"}";
  }

  /** Paragraphs of flood reports with figures, about {@code bytes} long: far more figures than the cap. */
  static String huge(int bytes) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < bytes; i++) {
      sb.append("The council said ").append(2 + (i * 37) % 900).append(" homes in ").append(PLACES[i % PLACES.length])
          .append(" were flooded on day ").append(i % 28 + 1).append(", and ").append(2 + i % 90)
          .append(" roads stayed closed. Engineers expect the water to fall slowly over the coming week.\\n\\n");
    }
    return sb.toString();
  }

  static HttpResponse<String> post(int port, String body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Authorization", "Bearer " + TOKEN).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String accepted(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    Matcher m = Pattern.compile("\"accepted\":\\[\"([^\"]+)\"").matcher(r.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void aFiveMegabyteArticleAmongSmallOnesNeverStopsExtractionAndWhatALaterStageWouldRefuseIsRefusedAtTheDoor()
      throws Exception {
    var push = new PushEndpoint.Settings("127.0.0.1", 0, TOKEN, 16 * Limits.MB, 100);
    String big = "{\"id\":\"big-1\",\"url\":\"https://courier.test/big\",\"outlet\":\"Courier\",\"title\":\"Every flood\","
        + "\"text\":\"" + huge(5 * 1024 * 1024) + "\"}";
    try (Pipeline p = new Pipeline(settings(data, new Properties()).withLimits(Limits.defaults().withTextMb(8)))) {
      p.connect().startEnrich().startSink().startLiveSources(new LiveSources(List.of(),
          io.claimwire.ingest.feed.SafeHttp.Policy.defaults(), Duration.ZERO, push));
      int port = p.pushPort();
      Set<String> ids = new LinkedHashSet<>();
      for (int i = 0; i < 10; i++) {
        ids.add(accepted(post(port, small(i))));
      }
      ids.add(accepted(post(port, big)));
      for (int i = 10; i < 20; i++) {
        ids.add(accepted(post(port, small(i))));
      }
      p.awaitStored(ids, Duration.ofMinutes(1)); // every verdict, and a claim set or an enrich dead letter each

      Map<String, String> verdicts = new HashMap<>();
      p.store().export("verdicts", v -> verdicts.put((String) v.get("record_id"), (String) v.get("verdict")));
      assertThat(verdicts.keySet()).containsAll(ids);
      Map<String, Map<String, Object>> sets = new HashMap<>();
      p.store().export("claim-sets", s -> sets.put((String) s.get("record_id"), s));
      for (int i = 0; i < 20; i++) {
        assertThat(sets).as("small-" + i).containsKey("small-" + i);
      }
      List<ConsumerRecord<byte[], byte[]>> enrichDead = deadLetters(p, p.topics().dlqEnrich.name());
      if (sets.containsKey("big-1")) {
        assertThat(sets.get("big-1")).containsEntry("claim_count", Limits.DEFAULT_MAX_FIGURES).containsEntry("truncated", true);
      } else {
        assertThat(enrichDead).extracting(r -> header(r, DeadLetterHeaders.RECORD_ID)).contains("big-1");
      }
      assertThat(p.enrichThreadFailures()).as("no stream thread died").isZero();
      assertThat(p.health()).containsEntry("enrich", true);

      var script = post(port, small(30).replace("https://courier.test/30", "javascript:alert(1)"));
      assertThat(script.statusCode()).isEqualTo(400);
      assertThat(script.body()).contains("the url must be http or https");
      var longId = post(port, small(31).replace("\"small-31\"", "\"" + "k".repeat(200_000) + "\""));
      assertThat(longId.statusCode()).isEqualTo(400);
      assertThat(longId.body()).contains("the id is 200000 characters; the limit is 200");
    }
    // With the default text limit the same article is refused at the door, with the reason.
    CollectingOutput out = new CollectingOutput();
    try (PushEndpoint defaults = new PushEndpoint(push, new ArticleFiles(new ReadabilityExtractor()), out).start()) {
      var refused = post(defaults.port(), big);
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("the limit is 1048576 (--max-text-mb)");
      assertThat(out.articles).isEmpty();
      assertThat(out.letters).singleElement().satisfies(u -> assertThat(u.reason()).contains("--max-text-mb"));
    }
  }

  @Test
  void everyRecordOfAMixedArchiveEndsInExactlyOneVerdictOrDeadLetterAndEveryUniqueOneInOneClaimSetOrDeadLetter()
      throws Exception {
    Path file = input.resolve("mixed.ndjson");
    List<String> expectedDead = new ArrayList<>(); // line number: what refused it
    try (OutputStream out = Files.newOutputStream(file)) {
      List<byte[]> lines = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        lines.add(small(i).getBytes(StandardCharsets.UTF_8));
        if (i == 4) { // a 20 MB line between the good ones
          lines.add(("{\"id\":\"huge\",\"text\":\"" + huge(20 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
          expectedDead.add(lines.size() + ":the limit for one archive line");
        }
      }
      lines.add(small(2).replace("small-2", "copy-of-2").replace("courier.test/2", "mirror.test/2")
          .getBytes(StandardCharsets.UTF_8)); // a copy: DUPLICATE
      lines.add(small(3).replace("small-3", "update-of-3").replace("the fire service said", "the fire service said"
          + " on Monday, raising its count").getBytes(StandardCharsets.UTF_8)); // same url, changed: UPDATE
      lines.add("{not json".getBytes(StandardCharsets.UTF_8));
      expectedDead.add(lines.size() + ":bad JSON");
      lines.add(small(40).replace("https://courier.test/40", "javascript:alert(1)").getBytes(StandardCharsets.UTF_8));
      expectedDead.add(lines.size() + ":http or https");
      lines.add(small(41).replace("Storm", "Caf\u00e9 storm").getBytes(StandardCharsets.ISO_8859_1));
      expectedDead.add(lines.size() + ":" + io.claimwire.schemas.TextEncoding.INVALID_UTF8);
      lines.add("{\"id\":\"no-text\",\"title\":\"Headline only\"}".getBytes(StandardCharsets.UTF_8));
      expectedDead.add(lines.size() + ":empty body");
      for (byte[] l : lines) {
        out.write(l);
        out.write('\n');
      }
    }
    int lineCount = 10 + 1 + 2 + 4;

    try (Pipeline p = new Pipeline(settings(data, new Properties()))) {
      p.connect().startEnrich().startSink();
      Set<String> sent = p.ingest(List.of(file));
      assertThat(sent).hasSize(12);
      p.awaitStored(sent, Duration.ofMinutes(2));

      Map<String, Map<String, Object>> verdicts = new HashMap<>();
      p.store().export("verdicts", v -> verdicts.put((String) v.get("record_id"), v));
      Map<String, String> ingestDead = new HashMap<>();
      List<ConsumerRecord<byte[], byte[]>> ingestLetters = deadLetters(p, p.topics().dlqIngest.name());
      for (ConsumerRecord<byte[], byte[]> r : ingestLetters) {
        String origin = header(r, DeadLetterHeaders.ORIGIN);
        assertThat(ingestDead.put(origin.substring(origin.lastIndexOf(':') + 1), header(r, DeadLetterHeaders.REASON)))
            .as("one dead letter per line").isNull();
      }
      // every line: exactly one verdict (by its record id) or exactly one ingest dead letter (by its line)
      assertThat(ingestDead).hasSize(expectedDead.size());
      for (String e : expectedDead) {
        String[] lineAndReason = e.split(":", 2);
        assertThat(ingestDead.get(lineAndReason[0])).as("line " + lineAndReason[0]).contains(lineAndReason[1]);
      }
      assertThat(verdicts.keySet()).containsAll(sent);
      assertThat(sent.size() + ingestDead.size()).as("every line in exactly one place").isEqualTo(lineCount);
      assertThat(verdicts.get("copy-of-2")).containsEntry("verdict", "DUPLICATE");
      assertThat(verdicts.get("update-of-3")).containsEntry("verdict", "UPDATE");

      // every ORIGINAL or UPDATE: exactly one claim set (the latest version of its article) or one enrich dead letter
      Set<String> enrichDead = new java.util.HashSet<>();
      deadLetters(p, p.topics().dlqEnrich.name()).forEach(r -> enrichDead.add(header(r, DeadLetterHeaders.RECORD_ID)));
      Map<String, Map<String, Object>> sets = new HashMap<>();
      p.store().export("claim-sets", s -> sets.put((String) s.get("article_id"), s));
      for (Map<String, Object> v : verdicts.values()) {
        if (!sent.contains(v.get("record_id")) || "DUPLICATE".equals(v.get("verdict"))) {
          continue;
        }
        Map<String, Object> set = sets.get((String) v.get("article_id"));
        boolean stored = set != null && ((Number) set.get("article_version")).intValue()
            >= ((Number) v.get("article_version")).intValue();
        assertThat(stored ^ enrichDead.contains((String) v.get("record_id"))).as("%s", v.get("record_id")).isTrue();
      }

      // the 20 MB line's dead letter fits: an excerpt with the size and hash of the line, not resendable
      ConsumerRecord<byte[], byte[]> hugeLetter = ingestLetters.stream()
          .filter(r -> header(r, DeadLetterHeaders.REASON).contains("archive line")).findFirst().orElseThrow();
      assertThat(hugeLetter.value()).hasSize(DeadLetterPayload.EXCERPT_BYTES);
      assertThat(Long.parseLong(header(hugeLetter, DeadLetterHeaders.SIZE))).isGreaterThan(20L * 1024 * 1024);
      assertThat(header(hugeLetter, DeadLetterHeaders.SHA256)).hasSize(64);
      DeadLetterTool tool = new DeadLetterTool(p.clientProps(), p.topics());
      var listed = tool.list(Set.of("ingest")).stream().filter(l -> !l.resendable()).toList();
      assertThat(listed).singleElement().satisfies(l -> assertThat(l.reason()).contains("the limit for one archive line"));
      assertThat(tool.resend(List.of(listed.get(0).id()))).singleElement()
          .satisfies(o -> assertThat(o.message()).startsWith("not resendable"));
    }
  }

  private static List<ConsumerRecord<byte[], byte[]>> deadLetters(Pipeline p, String topic) {
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    io.claimwire.ingest.CommittedReads.readToEnd(p.clientProps(), topic, out::add);
    return out;
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    var h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
