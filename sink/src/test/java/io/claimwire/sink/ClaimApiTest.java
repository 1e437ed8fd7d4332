package io.claimwire.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwire.sink.api.ClaimApi;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API in-process on a random port over an embedded store. */
class ClaimApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private JdbcClaimStore store;
  private ClaimApi api;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    store = new JdbcClaimStore(StoreConfig.embedded(dir));
    ApiFixtures.fill(store);
    api = new ClaimApi(store, "127.0.0.1", 0, () -> Map.of("broker", true), null).start();
  }

  @AfterEach
  void stop() {
    api.close();
    store.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(String path, int status) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(status);
    return JSON.readTree(r.body());
  }

  @Test
  void searchesClaimsByFilterWithPagingAndSort() throws Exception {
    JsonNode reyes = json("/claims?source=Reyes", 200);
    assertThat(reyes.get("claims")).hasSize(1);
    assertThat(reyes.get("claims").get(0).get("sourceName").asText()).isEqualTo("Dana Reyes");
    assertThat(reyes.get("claims").get(0).get("value").asDouble()).isEqualTo(40.0);
    JsonNode page = json("/claims?sort=value&order=asc&limit=2", 200);
    assertThat(page.get("claims").findValuesAsText("claimId")).containsExactly("a1-c1", "a1-c0");
    assertThat(page.get("next").asText()).contains("offset=2");
    assertThat(json(page.get("next").asText(), 200).get("claims").findValuesAsText("claimId")).containsExactly("a2-c0");
    assertThat(json("/claims?status=DISPUTED&location=port%20vell", 200).get("claims")).hasSize(2);
    assertThat(json("/claims?since=2026-11-21", 200).get("claims").findValuesAsText("claimId")).containsExactly("a2-c0");
  }

  @Test
  void refusesBadInputWithAReason() throws Exception {
    assertThat(json("/claims?limit=0", 400).get("error").asText()).contains("limit");
    assertThat(json("/claims?sort=drop", 400).get("error").asText()).contains("unknown sort");
    assertThat(json("/claims?since=yesterday", 400).get("error").asText()).contains("ISO-8601");
    assertThat(json("/claims?status=MAYBE", 400).get("error").asText()).contains("unknown status");
    assertThat(json("/claims?order=up", 400).get("error").asText()).contains("asc or desc");
    assertThat(json("/claims/missing", 404).get("error").asText()).contains("missing");
    assertThat(json("/summaries/nope", 404).get("error").asText()).contains("nope");
  }

  @Test
  void servesOneClaimSummariesArticlesHealthAndMetrics() throws Exception {
    JsonNode claim = json("/claims/a2-c0", 200);
    assertThat(claim.get("sentence").asText()).contains("Sam Ito said 65");
    assertThat(claim.get("sentenceStart").asInt()).isEqualTo(10);
    JsonNode summaries = json("/summaries?status=disputed", 200).get("summaries");
    assertThat(summaries).hasSize(1);
    assertThat(summaries.get(0).get("figures").findValuesAsText("value")).containsExactly("40.0", "65.0");
    assertThat(json("/summaries/injured%7Cpeople%7Ccount", 200).get("status").asText()).isEqualTo("DISPUTED");
    JsonNode article = json("/articles/a1", 200);
    assertThat(article.get("versions")).hasSize(1);
    assertThat(article.get("claimSet").get("claimCount").asInt()).isEqualTo(2);
    JsonNode health = json("/health", 200);
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.get("components").get("store").asText()).isEqualTo("UP");
    HttpResponse<String> metrics = get("/metrics");
    assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(metrics.body()).contains("claimwire_api_requests_total");
  }

  @Test
  void streamsNewClaimsAndResumesAfterTheLastEventId() throws Exception {
    long before = store.lastClaimSeq();
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/claims/stream"))
        .header("Accept", "text/event-stream").header("Last-Event-ID", Long.toString(before - 1)).build();
    HttpResponse<java.io.InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(resp.statusCode()).isEqualTo(200);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
      // the last stored claim again (resumed after the one before it), then a new one as it is stored
      store.apply(ApiFixtures.origin("api-test"), new ClaimStore.Batch(List.of(), List.of(ApiFixtures.set("a3",
          ApiFixtures.claim("a3", 0, 7, "Ola Berg", "Harbour Post", "rescued", "Brenton", "2026-11-22T08:00:00Z"))),
          Map.of(new org.apache.kafka.common.TopicPartition("news.claim-sets", 0), 3L)));
      List<String> ids = new java.util.ArrayList<>();
      List<String> data = new java.util.ArrayList<>();
      String line;
      String id = null;
      String payload = null;
      while (data.size() < 2 && (line = r.readLine()) != null) {
        if (line.startsWith("id:")) {
          id = line.substring(3).strip();
        } else if (line.startsWith("data:")) {
          payload = line.substring(5).strip();
        } else if (line.isEmpty() && payload != null) { // an event ends at a blank line
          ids.add(id);
          data.add(payload);
          id = null;
          payload = null;
        }
      }
      assertThat(ids).containsExactly(Long.toString(before), Long.toString(before + 1));
      assertThat(JSON.readTree(data.get(1)).get("claimId").asText()).isEqualTo("a3-c0");
    }
  }

  @Test
  void servesEveryAnswerWithAPolicyThatForbidsInlineScript() throws Exception {
    for (String path : List.of("/", "/app.js", "/claims", "/health")) {
      String csp = get(path).headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(path).contains("script-src 'self'").doesNotContain("unsafe-inline");
      assertThat(get(path).headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
  }

  @Test
  void withATokenEveryApiRouteButHealthMetricsAndThePageAsksForIt() throws Exception {
    try (ClaimApi locked = new ClaimApi(store, "127.0.0.1", 0, Map::of, null, "t0ken").start()) {
      String base = "http://127.0.0.1:" + locked.port();
      for (String path : List.of("/claims", "/claims/a1-c0", "/summaries", "/articles/a1", "/claims/stream")) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).as(path).hasValue("Bearer");
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer nope").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).as(path).isEqualTo(401);
      }
      for (String path : List.of("/", "/app.js", "/style.css", "/health", "/health/live", "/metrics")) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isIn(200, 503);
      }
      HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(base + "/claims?source=Reyes"))
          .header("Authorization", "Bearer t0ken").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(ok.body()).get("claims")).hasSize(1);
    }
  }
}
