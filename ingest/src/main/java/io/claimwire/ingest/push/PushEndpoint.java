package io.claimwire.ingest.push;

import io.claimwire.ingest.ArticleOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwire.ingest.ArticleFiles;
import io.claimwire.schemas.TextEncoding;
import io.claimwire.schemas.avro.IngestMethod;
import io.claimwire.schemas.avro.RawArticle;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP push: {@code POST /articles} with one article (a JSON object with the NDJSON fields) or a batch (a JSON
 * array of them), {@code Authorization: Bearer TOKEN}.
 *
 * <ul>
 *   <li>202 {@code {"accepted": [recordId...]}} once the broker has acknowledged every article: durable before the
 *       answer.</li>
 *   <li>400 {@code {"errors": [{"item": i, "reason": ...}]}} when any item is unreadable; nothing of that batch is
 *       sent (fix and send it again), and each bad item goes to the ingest dead-letter topic.</li>
 *   <li>413 over the size limit, 401 without the token, 503 when the broker did not acknowledge in time, and 503
 *       with {@code Retry-After} when the bodies being handled already hold {@code maxInFlightBytes}: memory stays
 *       bounded however many clients push at once.</li>
 * </ul>
 * Every item passes the same door as files and archives: UTF-8, and within the limits of {@code Limits}.
 */
public final class PushEndpoint implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PushEndpoint.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  public static final String PATH = "/articles";

  /** Listen address and limits. */
  public record Settings(String host, int port, String token, long maxBytes, int maxItems, long maxInFlightBytes) {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_ITEMS = 1000;
    /** Request bodies held at once; with parsing and the producer's buffer, push memory stays within a few times this. */
    public static final long DEFAULT_MAX_IN_FLIGHT_BYTES = 64L * 1024 * 1024;

    public Settings {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("the push endpoint needs a bearer token");
      }
      if (maxInFlightBytes < maxBytes) {
        throw new IllegalArgumentException("the in-flight bound (" + maxInFlightBytes
            + " bytes) must hold at least one request of the largest size (" + maxBytes + ")");
      }
    }

    public Settings(String host, int port, String token, long maxBytes, int maxItems) {
      this(host, port, token, maxBytes, maxItems, Math.max(DEFAULT_MAX_IN_FLIGHT_BYTES, maxBytes));
    }
  }

  private final Settings settings;
  private final ArticleFiles articles;
  private final ArticleOutput output;
  private final Javalin app;
  private final java.util.concurrent.Semaphore inFlight;

  public PushEndpoint(Settings settings, ArticleFiles articles, ArticleOutput output) {
    this.settings = settings;
    this.articles = articles;
    this.output = output;
    // permits are bytes; an int holds them (the largest allowed bound is well under 2 GB)
    this.inFlight = new java.util.concurrent.Semaphore((int) Math.min(Integer.MAX_VALUE, settings.maxInFlightBytes()));
    this.app = Javalin.create(cfg -> {
      cfg.jetty.host = settings.host();
      cfg.jetty.port = settings.port();
      cfg.http.maxRequestSize = settings.maxBytes();
      cfg.startup.showJavalinBanner = false;
      cfg.routes.post(PATH, this::push);
    });
  }

  public PushEndpoint start() {
    app.start();
    LOG.info("push endpoint listening on http://{}:{}{}", settings.host(), port(), PATH);
    return this;
  }

  /** The bound port (useful with port 0). */
  public int port() {
    return app.port();
  }

  private void push(Context ctx) throws Exception {
    if (!authorized(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer").status(401).json(Map.of("error", "missing or wrong bearer token"));
      return;
    }
    long declared = ctx.contentLength();
    if (declared > settings.maxBytes()) {
      refuseOversized(ctx, declared);
      return;
    }
    int held = (int) (declared >= 0 ? declared : settings.maxBytes()); // unknown length: room for the largest
    if (!inFlight.tryAcquire(held)) {
      ctx.header("Retry-After", "1").status(503)
          .json(Map.of("error", "busy: " + settings.maxInFlightBytes() + " bytes of articles are being handled; retry"));
      return;
    }
    try {
      accept(ctx);
    } finally {
      inFlight.release(held);
    }
  }

  /** Bodies up to this many bytes over the limit are read and dropped before a 413, so the client sees the answer. */
  static final long DRAIN_BYTES = 1024 * 1024;

  /**
   * 413 for a body declared over the limit. Answering before the body has arrived and then closing makes the
   * kernel reset the connection over the unread bytes, and the client often loses the answer with it; so a body
   * a little over the limit is read and dropped first, and a far larger one is refused at once (its connection
   * closed: that client reads what it can).
   */
  private void refuseOversized(Context ctx, long declared) throws java.io.IOException {
    if (declared - settings.maxBytes() <= DRAIN_BYTES) {
      try (var in = ctx.req().getInputStream()) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
    }
    ctx.header("Connection", "close").status(413)
        .json(Map.of("error", "body of " + declared + " bytes is over the limit of " + settings.maxBytes()));
  }

  private void accept(Context ctx) throws Exception {
    byte[] body = ctx.bodyAsBytes();
    if (body.length > settings.maxBytes()) {
      ctx.status(413).json(Map.of("error", "body is over the limit of " + settings.maxBytes() + " bytes"));
      return;
    }
    String client = "push " + ctx.ip();
    JsonNode root;
    try {
      root = JSON.readTree(TextEncoding.utf8(body));
    } catch (IllegalArgumentException notUtf8) {
      output.unreadable(client, body, notUtf8.getMessage());
      ctx.status(400).json(Map.of("errors", List.of(Map.of("item", 0, "reason", notUtf8.getMessage()))));
      return;
    } catch (Exception e) {
      String reason = "bad JSON: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      output.unreadable(client, body, reason);
      ctx.status(400).json(Map.of("errors", List.of(Map.of("item", 0, "reason", reason))));
      return;
    }
    if (root == null || !(root.isObject() || root.isArray())) {
      output.unreadable(client, body, "expected a JSON object or an array of them");
      ctx.status(400).json(Map.of("errors", List.of(Map.of("item", 0, "reason", "expected a JSON object or an array of them"))));
      return;
    }
    List<JsonNode> items = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(items::add);
    } else {
      items.add(root);
    }
    if (items.size() > settings.maxItems()) {
      ctx.status(413).json(Map.of("error", items.size() + " articles in one batch; the limit is " + settings.maxItems()));
      return;
    }
    List<RawArticle> good = new ArrayList<>();
    List<Map<String, Object>> errors = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String origin = client + " item " + i;
      try {
        good.add(articles.fromJson(item, IngestMethod.PUSH, origin, "push:", item.toString()));
      } catch (IllegalArgumentException e) {
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("item", i);
        err.put("reason", e.getMessage());
        errors.add(err);
        output.unreadable(origin, item.toString().getBytes(StandardCharsets.UTF_8), e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      ctx.status(400).json(Map.of("errors", errors));
      return;
    }
    List<CompletableFuture<?>> acks = new ArrayList<>();
    for (RawArticle a : good) {
      acks.add(output.article(a));
    }
    try {
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
      ctx.status(503).json(Map.of("error", "the broker did not acknowledge the articles: " + e.getMessage()
          + "; send them again (record ids make a resend idempotent)"));
      return;
    }
    ctx.status(202).json(Map.of("accepted", good.stream().map(RawArticle::getRecordId).toList()));
  }

  private boolean authorized(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, settings.token().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    app.stop();
  }
}
