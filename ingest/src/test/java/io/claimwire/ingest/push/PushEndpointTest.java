package io.claimwire.ingest.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.ingest.ArticleFiles;
import io.claimwire.ingest.CollectingOutput;
import io.claimwire.ingest.ReadabilityExtractor;
import io.claimwire.schemas.TextEncoding;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The push door on a local port, with articles collected instead of sent. */
class PushEndpointTest {
  private final CollectingOutput out = new CollectingOutput();
  private PushEndpoint push;

  @BeforeEach
  void start() {
    push = new PushEndpoint(new PushEndpoint.Settings("127.0.0.1", 0, "tok", 4096, 10, 4096),
        new ArticleFiles(new ReadabilityExtractor()), out).start();
  }

  @AfterEach
  void stop() {
    push.close();
  }

  private HttpResponse<String> post(byte[] body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + push.port() + "/articles"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Authorization", "Bearer tok").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A body over the limit is answered 413 with the reason every time, never with a connection reset. */
  @Test
  void answers413ToABodyOverTheLimitEveryTime() throws Exception {
    byte[] big = ("{\"text\": \"" + "x".repeat(40_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 40; i++) {
      HttpResponse<String> r = post(big);
      assertThat(r.statusCode()).as("attempt %d", i).isEqualTo(413);
      assertThat(r.body()).contains("over the limit of 4096");
    }
    assertThat(out.articles).isEmpty();
  }

  @Test
  void refusesBytesThatAreNotUtf8WithTheReasonEverySourceGives() throws Exception {
    byte[] latin1 = "{\"id\":\"a\",\"text\":\"Caf\u00e9 closes after 40 years.\"}".getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> r = post(latin1);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains(TextEncoding.INVALID_UTF8);
    assertThat(out.articles).isEmpty();
    assertThat(out.unreadable).singleElement().asString().contains(TextEncoding.INVALID_UTF8);
  }

  @Test
  void refusesAUrlThatIsNotAWebLinkAndTakesOneWithoutAUrl() throws Exception {
    HttpResponse<String> js = post("{\"id\":\"a\",\"url\":\"javascript:alert(1)\",\"text\":\"About 40 homes flooded.\"}"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(js.statusCode()).isEqualTo(400);
    assertThat(js.body()).contains("the url must be http or https, got 'javascript:'");
    HttpResponse<String> none = post("{\"id\":\"b\",\"text\":\"About 40 homes flooded.\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(none.statusCode()).isEqualTo(202);
  }

  @Test
  void answers503WithRetryAfterWhileTheBodiesInFlightFillTheBound() throws Exception {
    HttpResponse<String> busy = null;
    // until the slow request's handler holds its bytes: on a loaded machine its thread can take seconds to start
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
    Socket slow = slowClient();
    try {
      while (System.nanoTime() < deadline) {
        try {
          slow.getOutputStream().write(' '); // one more byte each time: a server that waits for content gets some
          slow.getOutputStream().flush();
        } catch (java.io.IOException refused) {
          // the slow request's handler started while a probe held a few bytes, so it was the one refused (503, then
          // closed): a new slow client takes its place
          slow.close();
          slow = slowClient();
        }
        busy = post("{\"id\":\"c\",\"text\":\"About 40 homes flooded.\"}".getBytes(StandardCharsets.UTF_8));
        if (busy.statusCode() == 503) {
          break;
        }
        Thread.sleep(50);
      }
      assertThat(busy.statusCode()).isEqualTo(503);
      assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
    } finally {
      slow.close();
    }
    HttpResponse<String> after = null;
    for (int i = 0; i < 50; i++) { // the slow client gone, its bytes are released
      after = post("{\"id\":\"d\",\"text\":\"About 40 homes flooded.\"}".getBytes(StandardCharsets.UTF_8));
      if (after.statusCode() == 202) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(after.statusCode()).isEqualTo(202);
  }

  /** A client that declares the largest body and sends only part of it: it holds the whole bound while it waits. */
  private Socket slowClient() throws java.io.IOException {
    Socket slow = new Socket("127.0.0.1", push.port());
    OutputStream o = slow.getOutputStream();
    o.write(("POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer tok\r\nContent-Length: 4096\r\n"
        + "Content-Type: application/json\r\n\r\n{\"id\":").getBytes(StandardCharsets.US_ASCII));
    o.flush();
    return slow;
  }
}
