package io.claimwire.ingest.feed;

import io.claimwire.ingest.ArticleOutput;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.claimwire.ingest.HtmlTextExtractor;
import io.claimwire.ingest.ReadabilityExtractor;
import io.claimwire.schemas.ContentFingerprint;
import io.claimwire.schemas.Limits;
import io.claimwire.schemas.avro.IngestMethod;
import io.claimwire.schemas.avro.RawArticle;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one feed: a conditional GET, the feed parsed (RSS 0.9x/1.0/2.0, Atom 1.0; DOCTYPEs refused), and every
 * item not sent before, or edited since, sent as a raw article. An item's identity is its GUID (Atom id), else its
 * link, else a hash of its content; its record id is the feed, that identity and its content hash, so an edited
 * item is a new record on the same URL (enrich decides whether it is an update). Items carrying only a summary
 * have their linked page fetched and its main text extracted, one request per host at a time with a delay between
 * them. The feed's state (validators, items sent) is saved only after the broker acknowledged every article, so a
 * restart re-sends nothing and misses nothing. Thread-safe: the service polls several feeds at once.
 */
public final class FeedPoller {
  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
  /** Item text shorter than this is a summary: the linked page holds the article. */
  static final int SUMMARY_CHARS = 600;

  /** What one poll did. */
  public record Result(Status status, int sent, int edited, int unchanged, int deadLettered, Duration retryAfter) {
    public enum Status { FETCHED, NOT_MODIFIED, RETRY_LATER }
  }

  private final SafeHttp http;
  private final HtmlTextExtractor pages;
  private final io.claimwire.ingest.StateStore<FeedState> states;
  private final ArticleOutput output;
  private final Politeness politeness;
  private final Clock clock;
  private final Limits limits;

  public FeedPoller(SafeHttp http, HtmlTextExtractor pages, io.claimwire.ingest.StateStore<FeedState> states, ArticleOutput output,
      Politeness politeness, Clock clock) {
    this(http, pages, states, output, politeness, clock, Limits.defaults());
  }

  public FeedPoller(SafeHttp http, HtmlTextExtractor pages, io.claimwire.ingest.StateStore<FeedState> states, ArticleOutput output,
      Politeness politeness, Clock clock, Limits limits) {
    this.limits = limits;
    this.http = http;
    this.pages = pages;
    this.states = states;
    this.output = output;
    this.politeness = politeness;
    this.clock = clock;
  }

  /**
   * Polls the feed once.
   *
   * @throws Exception when the feed could not be fetched or its articles not acknowledged; nothing is marked as
   *     sent then, and the caller backs off
   */
  public Result poll(FeedSpec feed) throws Exception {
    String key = feed.url().toString();
    FeedState state = states.load(key).orElseGet(FeedState::new);
    Map<String, String> headers = new LinkedHashMap<>();
    if (state.etag != null) {
      headers.put("If-None-Match", state.etag);
    }
    if (state.lastModified != null) {
      headers.put("If-Modified-Since", state.lastModified);
    }
    politeness.await(feed.url());
    SafeHttp.Response resp = http.get(feed.url(), headers);
    if (resp.status() == 304) {
      return new Result(Result.Status.NOT_MODIFIED, 0, 0, 0, 0, null);
    }
    if (resp.status() == 429 || resp.status() == 503) {
      Duration wait = retryAfter(resp.header("Retry-After").orElse(null));
      return new Result(Result.Status.RETRY_LATER, 0, 0, 0, 0, wait);
    }
    if (resp.status() != 200) {
      throw new SafeHttp.FetchException("feed " + key + " answered HTTP " + resp.status(), false);
    }
    SyndFeed parsed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // no DTDs at all: no external entities, no entity expansion bombs
      parsed = input.build(new XmlReader(new ByteArrayInputStream(resp.body())));
    } catch (Exception e) {
      // dead-lettered by the service, once for each distinct failure in a row, not on every poll
      throw new SafeHttp.FetchException("unreadable feed: " + firstLine(e), true, resp.body());
    }
    String outlet = feed.outlet() != null ? feed.outlet() : blankToNull(parsed.getTitle());
    List<SyndEntry> entries = new ArrayList<>(parsed.getEntries());
    // Feeds list the newest first; send oldest first so the raw topic follows publication order.
    java.util.Collections.reverse(entries);
    int sent = 0;
    int edited = 0;
    int unchanged = 0;
    int dead = 0;
    List<CompletableFuture<?>> pending = new ArrayList<>();
    FeedState next = state.copy();
    for (SyndEntry entry : entries) {
      String itemText = itemText(entry);
      String title = blankToNull(entry.getTitle());
      String contentHash = ContentFingerprint.sha256((title == null ? "" : title) + "\n" + itemText).substring(0, 32);
      String link = blankToNull(entry.getLink());
      String itemKey = blankToNull(entry.getUri()) != null ? entry.getUri().strip() : link != null ? link : "hash:" + contentHash;
      String seen = state.seenHash(itemKey);
      if (contentHash.equals(seen)) {
        unchanged++;
        continue;
      }
      String origin = key + " item " + itemKey;
      String text = itemText;
      URI page = link == null ? null : resp.uri().resolve(link);
      io.claimwire.ingest.WebPages.Metadata pageSays = null;
      if (text.length() < SUMMARY_CHARS && page != null) {
        try {
          Page fetched = fetchPage(page, text);
          text = fetched.text();
          pageSays = fetched.metadata();
        } catch (Exception e) {
          LOG.warn("{}: cannot fetch the linked page {} ({}); using the feed's text", key, page, firstLine(e));
        }
      }
      if (text.isBlank()) {
        output.unreadable(origin, itemText.getBytes(StandardCharsets.UTF_8), "feed item without text, and no readable linked page");
        next.sent(itemKey, contentHash); // nothing to send until it changes
        dead++;
        continue;
      }
      Instant published = entry.getPublishedDate() != null ? entry.getPublishedDate().toInstant()
          : entry.getUpdatedDate() != null ? entry.getUpdatedDate().toInstant()
          : pageSays != null ? pageSays.publishedAt() : null;
      if (title == null && pageSays != null) {
        title = pageSays.title();
      }
      RawArticle article = RawArticle.newBuilder()
          .setRecordId("feed:" + ContentFingerprint.sha256(key + "\n" + itemKey + "\n" + contentHash).substring(0, 32))
          .setUrl(page == null ? null : page.toString()).setOutlet(outlet).setTitle(title).setText(text)
          .setPublishedAt(published).setFetchedAt(clock.instant()).setIngestMethod(IngestMethod.FEED)
          .setOrigin(origin).build();
      var refused = limits.refusal(article);
      if (refused.isPresent()) {
        output.unreadable(origin, itemText.getBytes(StandardCharsets.UTF_8), refused.get());
        next.sent(itemKey, contentHash); // nothing to send until it changes
        dead++;
        continue;
      }
      pending.add(output.article(article));
      next.sent(itemKey, contentHash);
      if (seen == null) {
        sent++;
      } else {
        edited++;
      }
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
    next.etag = resp.header("ETag").orElse(null);
    next.lastModified = resp.header("Last-Modified").orElse(null);
    states.save(key, next);
    return new Result(Result.Status.FETCHED, sent, edited, unchanged, dead, null);
  }

  /** A linked page's main text (the feed's own when longer) and what the page says about itself. */
  private record Page(String text, io.claimwire.ingest.WebPages.Metadata metadata) {}

  private Page fetchPage(URI page, String fallback) throws Exception {
    politeness.await(page);
    SafeHttp.Response r = http.get(page, Map.of());
    if (r.status() != 200) {
      throw new SafeHttp.FetchException("HTTP " + r.status(), false);
    }
    String html = decode(r.body(), r.header("Content-Type").orElse(null));
    String text = pages.extract(html, r.uri().toString()).text();
    return new Page(text == null || text.length() < fallback.length() ? fallback : text,
        io.claimwire.ingest.WebPages.metadata(html, r.uri().toString()));
  }

  private static final java.util.regex.Pattern CHARSET = java.util.regex.Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

  /**
   * A page's text in the charset its Content-Type names, UTF-8 when it names none; bytes that are not valid in
   * that charset are refused (the one decoding rule), and the item keeps the feed's own text.
   */
  static String decode(byte[] body, String contentType) {
    return io.claimwire.ingest.WebPages.decode(body, contentType);
  }

  /** The item's full content when it has one, else its summary, as paragraphs. */
  static String itemText(SyndEntry entry) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null) {
        String t = ReadabilityExtractor.paragraphsOf(c.getValue()).strip();
        if (!t.isEmpty()) {
          sb.append(sb.length() == 0 ? "" : "\n\n").append(t);
        }
      }
    }
    if (sb.length() == 0 && entry.getDescription() != null && entry.getDescription().getValue() != null) {
      sb.append(ReadabilityExtractor.paragraphsOf(entry.getDescription().getValue()).strip());
    }
    return sb.toString();
  }

  /** Retry-After as seconds or an HTTP date; a minute when absent or unreadable. */
  Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return Duration.ofMinutes(1);
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e) {
        return Duration.ofMinutes(1);
      }
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
