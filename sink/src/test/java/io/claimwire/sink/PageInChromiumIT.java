package io.claimwire.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwire.sink.api.ClaimApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real headless Chromium (Debian's package; skipped where it is absent), driven over the DevTools
 * protocol with the JDK's own WebSocket client: it loads and shows the stored claims and the disputed topic, the
 * filter narrows the table, and a claim stored afterwards appears without a reload.
 */
class PageInChromiumIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CHROMIUM = Path.of(System.getProperty("claimwire.chromium", "/usr/bin/chromium"));
  @TempDir Path dir;

  /** A DevTools session on one page: evaluate JavaScript, capture a screenshot. */
  static final class DevTools implements WebSocket.Listener, AutoCloseable {
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();

    DevTools(String wsUrl) throws Exception {
      socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(wsUrl), this).get(10, TimeUnit.SECONDS);
    }

    JsonNode call(String method, Map<String, Object> params) throws Exception {
      int id = ids.incrementAndGet();
      CompletableFuture<JsonNode> f = new CompletableFuture<>();
      pending.put(id, f);
      socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true);
      return f.get(20, TimeUnit.SECONDS);
    }

    JsonNode eval(String js) throws Exception {
      JsonNode r = call("Runtime.evaluate", Map.of("expression", js, "returnByValue", true, "awaitPromise", true));
      return r.path("result").path("result").path("value");
    }

    /** Evaluates until the expression is true (or fails after the timeout). */
    void await(String js, Duration timeout) throws Exception {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!eval(js).asBoolean(false)) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the page never got to: " + js + "\nits table: "
              + eval("document.querySelector('#claims tbody') ? document.querySelector('#claims tbody').innerText : document.body.innerText").asText());
        }
        Thread.sleep(100);
      }
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode msg = JSON.readTree(partial.toString());
          CompletableFuture<JsonNode> f = msg.has("id") ? pending.remove(msg.get("id").asInt()) : null;
          if (f != null) {
            f.complete(msg);
          }
        } catch (Exception e) {
          // not for us
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public void close() {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
  }

  /** What a test does with the page once Chromium shows it. */
  interface PageCheck {
    void check(DevTools page) throws Exception;
  }

  /** Opens the API's page in headless Chromium and runs the check against it over DevTools. */
  private void inChromium(ClaimApi api, PageCheck check) throws Exception {
    Path profile = dir.resolve("chromium-profile");
    Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1300,1000",
        "http://127.0.0.1:" + api.port() + "/").redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    try {
      Path portFile = profile.resolve("DevToolsActivePort");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
        assertThat(System.nanoTime()).as("Chromium did not start: " + Files.readString(dir.resolve("chromium.log"))).isLessThan(deadline);
        Thread.sleep(100);
      }
      int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
      String ws = null;
      while (ws == null) {
        String targets = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        for (JsonNode t : JSON.readTree(targets)) {
          if (t.path("type").asText().equals("page") && t.path("url").asText().contains(":" + api.port())) {
            ws = t.path("webSocketDebuggerUrl").asText();
          }
        }
        Thread.sleep(100);
      }
      try (DevTools page = new DevTools(ws)) {
        check.check(page);
      }
    } finally {
      chromium.destroy();
      if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
        chromium.destroyForcibly();
      }
    }
  }

  @Test
  void showsClaimsFiltersAndAddsANewClaimWithoutReload() throws Exception {
    assumeThat(Files.isExecutable(CHROMIUM)).as("headless Chromium at " + CHROMIUM + " (Debian package chromium)").isTrue();
    try (JdbcClaimStore store = new JdbcClaimStore(StoreConfig.embedded(dir.resolve("store")))) {
      ApiFixtures.fill(store);
      try (ClaimApi api = new ClaimApi(store, "127.0.0.1", 0, Map::of, null).start()) {
        inChromium(api, page -> {
          String rows = "document.querySelectorAll('#claims tbody tr').length";
          page.await(rows + " === 3", Duration.ofSeconds(20));
          page.await("document.querySelector('.topic.DISPUTED') !== null", Duration.ofSeconds(10));
          assertThat(page.eval("document.querySelector('.topic.DISPUTED').innerText").asText()).contains("40").contains("65");
          page.await("document.querySelector('#live').textContent === 'live'", Duration.ofSeconds(10));

          page.eval("document.querySelector('[name=source]').value = 'reyes'; document.querySelector('#filters').requestSubmit(); true");
          page.await(rows + " === 1", Duration.ofSeconds(10));
          assertThat(page.eval("document.querySelector('#claims tbody').innerText").asText()).contains("Dana Reyes").doesNotContain("Sam Ito");

          page.eval("window.noReload = 42; true");
          store.apply(ApiFixtures.origin("page-test"), new ClaimStore.Batch(List.of(), List.of(ApiFixtures.set("a9",
              ApiFixtures.claim("a9", 0, 77, "Dana Reyes", "Harbour Post", "rescued", "Brenton", "2026-11-22T08:00:00Z"),
              ApiFixtures.claim("a9", 1, 5, "Sam Ito", "Harbour Post", "missing", "Brenton", "2026-11-22T08:00:00Z"))),
              Map.of(new org.apache.kafka.common.TopicPartition("news.claim-sets", 0), 9L)));
          page.await(rows + " === 2", Duration.ofSeconds(10));
          assertThat(page.eval("document.querySelector('#claims tbody tr').innerText").asText()).contains("77").contains("Dana Reyes");
          assertThat(page.eval("window.noReload").asInt()).as("the page was not reloaded").isEqualTo(42);

          JsonNode shot = page.call("Page.captureScreenshot", Map.of("format", "png"));
          Path png = Path.of("target", "page-in-chromium.png");
          Files.write(png, java.util.Base64.getDecoder().decode(shot.path("result").path("data").asText()));
          assertThat(Files.size(png)).isPositive();
        });
      }
    }
  }

  @Test
  void rendersQuotesAndScriptInStoredDataAsInertTextAndAsksForTheApiTokenOnce() throws Exception {
    assumeThat(Files.isExecutable(CHROMIUM)).as("headless Chromium at " + CHROMIUM + " (Debian package chromium)").isTrue();
    String hostile = "Quay\"><script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">";
    try (JdbcClaimStore store = new JdbcClaimStore(StoreConfig.embedded(dir.resolve("store")))) {
      var inLink = ApiFixtures.claim("h1", 0, 31, hostile, hostile, "rescued", hostile, "2026-11-22T08:00:00Z");
      inLink.setUrl("https://quay.example/a?q=\"><script>window.pwned=3</script>");
      var scripted = ApiFixtures.claim("h1", 1, 9, "Ola Berg", "Quay Times", "missing", "Brenton", "2026-11-22T08:00:00Z");
      scripted.setUrl("javascript:window.pwned=4"); // refused at the door today; a store written before must still be safe
      store.apply(ApiFixtures.origin("page-test"), new ClaimStore.Batch(List.of(), List.of(ApiFixtures.set("h1", inLink, scripted)),
          Map.of(new org.apache.kafka.common.TopicPartition("news.claim-sets", 0), 1L)));
      try (ClaimApi api = new ClaimApi(store, "127.0.0.1", 0, Map::of, null, "s3cret-token").start()) {
        inChromium(api, page -> {
          page.await("!document.querySelector('#token-form').hidden", Duration.ofSeconds(20));
          page.eval("const f = document.querySelector('#token-form'); f.token.value = 's3cret-token'; f.requestSubmit(); true");
          String rows = "document.querySelectorAll('#claims tbody tr').length";
          page.await(rows + " === 2", Duration.ofSeconds(20));
          page.await("document.querySelector('#live').textContent === 'live'", Duration.ofSeconds(10));
          assertThat(page.eval("document.querySelector('#token-form').hidden").asBoolean()).as("asked once").isTrue();
          assertThat(page.eval("sessionStorage.getItem('claimwire.apiToken')").asText()).isEqualTo("s3cret-token");

          assertThat(page.eval("typeof window.pwned").asText()).as("no script from the data ran").isEqualTo("undefined");
          assertThat(page.eval("document.querySelectorAll('#claims script, #claims img').length").asInt()).isZero();
          assertThat(page.eval("document.querySelector('#claims tbody').innerText").asText()).contains(hostile);
          assertThat(page.eval("[...document.querySelectorAll('#claims a')].map(a => a.getAttribute('href')).join(' ')").asText())
              .as("only the web link is a link, its href the url as stored")
              .isEqualTo("https://quay.example/a?q=%22%3E%3Cscript%3Ewindow.pwned=3%3C/script%3E");
          assertThat(page.eval("document.querySelector('#claims tbody').innerText").asText()).as("shown, not linked")
              .contains("Quay Times");
        });
      }
    }
  }
}
