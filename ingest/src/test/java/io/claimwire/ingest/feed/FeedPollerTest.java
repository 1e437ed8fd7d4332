package io.claimwire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwire.ingest.ArticleOutput;
import io.claimwire.ingest.ReadabilityExtractor;
import io.claimwire.schemas.avro.IngestMethod;
import io.claimwire.schemas.avro.RawArticle;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feed polling against a local HTTP server serving feeds written for these tests. */
class FeedPollerTest {
  private TestServer server;
  private final io.claimwire.ingest.MemoryStateStore<FeedState> states = new io.claimwire.ingest.MemoryStateStore<>(FeedState.class);
  private final io.claimwire.ingest.CollectingOutput out = new io.claimwire.ingest.CollectingOutput();

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private FeedPoller poller(SafeHttp.Policy policy) {
    return new FeedPoller(new SafeHttp(policy), new ReadabilityExtractor(), states, out,
        new Politeness(Duration.ZERO), Clock.systemUTC());
  }

  private FeedPoller poller() {
    return poller(SafeHttp.Policy.defaults().allowingPrivateAddresses()); // the test server is on loopback
  }

  /** A long item body of our own: a figure sentence among filler paragraphs. */
  static String body(String place, int homes) {
    String filler = "Volunteers from the neighbouring parishes worked through the night to clear drains and move"
        + " furniture to upper floors, while the council opened two school halls as rest centres for families.";
    return "<p>The river authority said " + String.format("%,d", homes) + " homes were flooded in " + place
        + " after the embankment failed on Tuesday.</p><p>" + filler + "</p><p>" + filler.replace("night", "morning")
        + "</p><p>Engineers expect the water to fall slowly over the coming week as pumps are brought in from the coast.</p>";
  }

  static String item(String guid, String title, String link, String html) {
    return "<item>" + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>") + "<title>" + title
        + "</title>" + (link == null ? "" : "<link>" + link + "</link>")
        + "<pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate><content:encoded><![CDATA[" + html + "]]></content:encoded></item>";
  }

  static String rss(String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        + "<channel><title>Larkmoor Courier</title><link>http://example.test/</link><description>local news</description>"
        + String.join("", items) + "</channel></rss>";
  }

  @Test
  void sendsNewItemsOnceAndAsksConditionallyThereafter() throws Exception {
    server.feed("/rss", rss(item("a-1", "Embankment fails", "http://example.test/a1", body("Larkmoor", 1200)),
        item("a-2", "Pumps arrive", "http://example.test/a2", body("Fenby", 300))), "\"v1\"");
    FeedSpec feed = new FeedSpec(server.uri("/rss"), Duration.ofMinutes(5), null);
    FeedPoller.Result first = poller().poll(feed);
    assertThat(first.status()).isEqualTo(FeedPoller.Result.Status.FETCHED);
    assertThat(first.sent()).isEqualTo(2);
    assertThat(out.articles).extracting(RawArticle::getTitle).containsExactly("Pumps arrive", "Embankment fails");
    RawArticle a = out.articles.get(1);
    assertThat(a.getIngestMethod()).isEqualTo(IngestMethod.FEED);
    assertThat(a.getOutlet()).isEqualTo("Larkmoor Courier");
    assertThat(a.getUrl()).isEqualTo("http://example.test/a1");
    assertThat(a.getText()).contains("1,200 homes were flooded in Larkmoor").contains("\n\n");
    assertThat(a.getPublishedAt()).isNotNull();

    FeedPoller.Result second = poller().poll(feed);
    assertThat(second.status()).isEqualTo(FeedPoller.Result.Status.NOT_MODIFIED);
    assertThat(server.requestsTo("/rss").get(1).header("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(out.articles).hasSize(2);
  }

  @Test
  void aServerWithoutValidatorsStillGetsNoRepeatsAndAnEditedItemIsSentAgain() throws Exception {
    server.feed("/rss", rss(item("b-1", "Embankment fails", "http://example.test/b1", body("Larkmoor", 1200))), null);
    FeedSpec feed = new FeedSpec(server.uri("/rss"), Duration.ofMinutes(5), "Courier");
    poller().poll(feed);
    assertThat(poller().poll(feed).unchanged()).isEqualTo(1);
    server.feed("/rss", rss(item("b-1", "Embankment fails", "http://example.test/b1", body("Larkmoor", 1450))), null);
    FeedPoller.Result edited = poller().poll(feed);
    assertThat(edited.edited()).isEqualTo(1);
    assertThat(out.articles).hasSize(2);
    assertThat(out.articles.get(0).getRecordId()).isNotEqualTo(out.articles.get(1).getRecordId());
    assertThat(out.articles.get(1).getUrl()).isEqualTo(out.articles.get(0).getUrl());
    assertThat(out.articles.get(1).getText()).contains("1,450 homes");
    assertThat(out.articles.get(1).getOutlet()).isEqualTo("Courier");
  }

  @Test
  void itemsWithoutGuidAreKnownByLinkAndThenByContent() throws Exception {
    String items = item(null, "By link", "http://example.test/c1", body("Larkmoor", 10))
        + item(null, "By content", null, body("Fenby", 20));
    server.feed("/rss", rss(items), null);
    FeedSpec feed = new FeedSpec(server.uri("/rss"), Duration.ofMinutes(5), null);
    assertThat(poller().poll(feed).sent()).isEqualTo(2);
    assertThat(poller().poll(feed).unchanged()).isEqualTo(2);
    assertThat(states.load(feed.url().toString()).orElseThrow().items).containsKey("http://example.test/c1")
        .anySatisfy((k, v) -> assertThat(k).startsWith("hash:"));
    assertThat(out.articles).hasSize(2);
  }

  @Test
  void aSummaryOnlyItemGetsItsLinkedPagesMainText() throws Exception {
    String page = "<html><head><title>Pumps</title></head><body><nav>Home | World | Sport</nav><article>"
        + body("Fenby", 340) + "</article><footer>Copyright the Courier</footer></body></html>";
    server.at("/story", ex -> TestServer.send(ex, 200, "text/html", page));
    String summaryItem = "<item><guid>s-1</guid><title>Pumps arrive</title><link>" + server.uri("/story")
        + "</link><description>Pumps arrive in Fenby.</description></item>";
    server.feed("/rss", rss(summaryItem), null);
    poller().poll(new FeedSpec(server.uri("/rss"), Duration.ofMinutes(5), null));
    assertThat(out.articles).singleElement().satisfies(a -> {
      assertThat(a.getText()).contains("340 homes were flooded in Fenby").doesNotContain("Copyright");
      assertThat(server.requestsTo("/story").get(0).header("User-Agent")).startsWith("claimwire/");
    });
  }

  @Test
  void readsAtom() throws Exception {
    String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Fenby Post</title><id>urn:fenby</id><updated>2026-12-01T10:00:00Z</updated>"
        + "<entry><title>Pumps arrive</title><id>urn:fenby:1</id><link href=\"http://example.test/f1\"/>"
        + "<updated>2026-12-01T10:00:00Z</updated><content type=\"html\"><![CDATA[" + body("Fenby", 75)
        + "]]></content></entry></feed>";
    server.feed("/atom", atom, null);
    poller().poll(new FeedSpec(server.uri("/atom"), Duration.ofMinutes(5), null));
    assertThat(out.articles).singleElement().satisfies(a -> {
      assertThat(a.getOutlet()).isEqualTo("Fenby Post");
      assertThat(a.getText()).contains("75 homes were flooded in Fenby");
    });
  }

  @Test
  void refusesExternalEntitiesAndEntityBombs() throws Exception {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
        + "<rss version=\"2.0\"><channel><title>x</title><item><guid>x</guid><title>&secret;</title>"
        + "<description>&secret;</description></item></channel></rss>";
    StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      bomb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    bomb.append("]><rss version=\"2.0\"><channel><title>&l9;</title></channel></rss>");
    server.feed("/xxe", xxe, null);
    server.feed("/bomb", bomb.toString(), null);
    for (String path : List.of("/xxe", "/bomb")) {
      FeedSpec feed = new FeedSpec(server.uri(path), Duration.ofMinutes(5), null);
      assertThatThrownBy(() -> poller().poll(feed)).hasMessageContaining("unreadable feed")
          .isInstanceOfSatisfying(SafeHttp.FetchException.class, e -> {
            assertThat(e.permanent()).isTrue(); // the service dead-letters it, once while it repeats
            assertThat(e.body()).isNotEmpty();
          });
    }
    assertThat(out.articles).isEmpty();
  }

  @Test
  void aFeedThatKeepsFailingLeavesOneDeadLetterPerDistinctFailure() throws Exception {
    server.feed("/broken", "<rss><channel><item>never closed", null);
    FeedSpec feed = new FeedSpec(server.uri("/broken"), Duration.ofMinutes(5), null);
    FeedService service = new FeedService(poller(), out, List.of(feed));
    try {
      for (int i = 0; i < 4; i++) {
        service.pollOnce(feed);
      }
      assertThat(out.unreadable).as("four failed polls, one failure").singleElement().asString()
          .contains("unreadable feed");
      server.feed("/broken", rss(item("b-1", "Pumps arrive", "http://example.test/b1", body("Fenby", 300))), null);
      service.pollOnce(feed);
      server.feed("/broken", "<rss><channel><item>broken again", null);
      service.pollOnce(feed);
      service.pollOnce(feed);
      assertThat(out.unreadable).as("it recovered in between: the new failure is recorded once more").hasSize(2);
    } finally {
      service.close();
    }
  }

  @Test
  void refusesAnItemOverTheTextLimitAndSendsTheRest() throws Exception {
    String big = "<p>" + "The council said 12 roads were closed after the storm. ".repeat(40) + "</p>";
    server.feed("/limits", rss(item("c-1", "Storm", "http://example.test/c1", big),
        item("c-2", "Pumps arrive", "http://example.test/c2", body("Fenby", 300))), null);
    FeedPoller small = new FeedPoller(new SafeHttp(SafeHttp.Policy.defaults().allowingPrivateAddresses()),
        new ReadabilityExtractor(), states, out, new Politeness(Duration.ZERO), Clock.systemUTC(),
        new io.claimwire.schemas.Limits(1000, io.claimwire.schemas.Limits.MB, 10));
    FeedPoller.Result r = small.poll(new FeedSpec(server.uri("/limits"), Duration.ofMinutes(5), null));
    assertThat(r.sent()).isEqualTo(1);
    assertThat(r.deadLettered()).isEqualTo(1);
    assertThat(out.unreadable).singleElement().asString().contains("the text is").contains("--max-text-mb");
  }

  @Test
  void capsTheBodyAndBoundsRedirects() throws Exception {
    // 50 MB without a declared length: cut off at the default 10 MB cap
    server.at("/huge", ex -> {
      ex.sendResponseHeaders(200, 0); // chunked, no declared length
      byte[] chunk = new byte[1024 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'x');
      try (OutputStream o = ex.getResponseBody()) {
        for (int i = 0; i < 50; i++) {
          o.write(chunk);
        }
      }
    });
    server.at("/loop", ex -> {
      ex.getResponseHeaders().add("Location", "/loop");
      ex.sendResponseHeaders(302, -1);
    });
    assertThatThrownBy(() -> poller().poll(new FeedSpec(server.uri("/huge"), Duration.ofMinutes(5), null)))
        .isInstanceOf(SafeHttp.FetchException.class).hasMessageContaining("more than the cap")
        .matches(e -> ((SafeHttp.FetchException) e).permanent());
    assertThatThrownBy(() -> poller().poll(new FeedSpec(server.uri("/loop"), Duration.ofMinutes(5), null)))
        .isInstanceOf(SafeHttp.FetchException.class).hasMessageContaining("redirects");
    assertThat(server.requestsTo("/loop")).hasSize(SafeHttp.Policy.defaults().maxRedirects() + 1);
  }

  @Test
  void refusesLoopbackAndOtherSchemesByDefault() {
    server.feed("/rss", rss(), null);
    FeedPoller safe = poller(SafeHttp.Policy.defaults());
    assertThatThrownBy(() -> safe.poll(new FeedSpec(server.uri("/rss"), Duration.ofMinutes(5), null)))
        .hasMessageContaining("internal address");
    assertThat(server.requests).isEmpty();
    SafeHttp http = new SafeHttp(SafeHttp.Policy.defaults());
    assertThatThrownBy(() -> http.check(URI.create("file:///etc/passwd"))).hasMessageContaining("only http and https");
    for (String host : List.of("10.1.2.3", "192.168.0.1", "169.254.169.254", "[::1]", "[fd00::1]", "100.64.0.1", "0.0.0.0")) {
      assertThatThrownBy(() -> http.check(URI.create("http://" + host + "/"))).as(host).hasMessageContaining("internal address");
    }
  }

  @Test
  void aRedirectToLoopbackIsRefusedToo() throws Exception {
    // The test server's host is allowed by name; the check runs again on every redirect target.
    server.at("/away", ex -> {
      ex.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data");
      ex.sendResponseHeaders(302, -1);
    });
    FeedPoller p = poller(SafeHttp.Policy.defaults().allowingHosts(List.of("127.0.0.1")));
    assertThatThrownBy(() -> p.poll(new FeedSpec(server.uri("/away"), Duration.ofMinutes(5), null)))
        .hasMessageContaining("169.254.169.254").hasMessageContaining("internal address");
    assertThat(server.requestsTo("/away")).hasSize(1);
  }

  @Test
  void honoursRetryAfter() throws Exception {
    server.at("/busy", ex -> {
      ex.getResponseHeaders().add("Retry-After", "120");
      ex.sendResponseHeaders(503, -1);
    });
    FeedPoller.Result r = poller().poll(new FeedSpec(server.uri("/busy"), Duration.ofMinutes(1), null));
    assertThat(r.status()).isEqualTo(FeedPoller.Result.Status.RETRY_LATER);
    assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    assertThat(FeedService.backoff(Duration.ofMinutes(5), 0)).isEqualTo(Duration.ofMinutes(5));
    assertThat(FeedService.backoff(Duration.ofMinutes(5), 2)).isEqualTo(Duration.ofMinutes(20));
    assertThat(FeedService.backoff(Duration.ofMinutes(5), 10)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void parsesAFeedsFileWithIntervalsOutletsAndComments() throws Exception {
    java.nio.file.Path f = java.nio.file.Files.createTempFile("feeds", ".txt");
    java.nio.file.Files.writeString(f, "# our feeds\nhttp://a.test/rss 30s Larkmoor Courier\n\nhttps://b.test/atom  # default interval\nhttp://c.test/x 2h\n");
    List<FeedSpec> feeds = FeedSpec.parse(f);
    assertThat(feeds).extracting(FeedSpec::interval).containsExactly(Duration.ofSeconds(30), FeedSpec.DEFAULT_INTERVAL, Duration.ofHours(2));
    assertThat(feeds).extracting(FeedSpec::outlet).containsExactly("Larkmoor Courier", null, null);
    java.nio.file.Files.writeString(f, "ftp://a.test/rss\n");
    assertThatThrownBy(() -> FeedSpec.parse(f)).hasMessageContaining(":1:").hasMessageContaining("http or https");
  }
}
