package io.claimwire.sink.api;

import io.claimwire.sink.ClaimQuery;
import io.claimwire.sink.ClaimStore;
import io.claimwire.sink.ContractNames;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.staticfiles.Location;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API and the web page over the claim store (Javalin):
 *
 * <ul>
 *   <li>{@code GET /claims}: filters {@code source, subject, measure, location, outlet, text} (case-insensitive
 *       contains), {@code status} (SINGLE, CORROBORATED, DISPUTED: of the summaries the claim is in), {@code since,
 *       until} (ISO-8601 on publication time), {@code sort} (published, value, outlet, stored), {@code order} (asc,
 *       desc), {@code limit} (1-500, default 50), {@code offset}; answers the page and the link to the next.</li>
 *   <li>{@code GET /claims/{id}}: one claim with its evidence; {@code GET /claims/stream}: Server-Sent Events of
 *       claims as they are stored, each with its stream position as the event id, resumable with
 *       {@code Last-Event-ID}.</li>
 *   <li>{@code GET /summaries} ({@code status, limit, offset}), {@code GET /summaries/{topic}}, {@code GET
 *       /articles/{id}} (versions, copies, claim set).</li>
 *   <li>{@code GET /stories} ({@code limit, offset}; most recently active first), {@code GET /stories/{id}}: a
 *       story's articles and its figure summaries side by side, disputes first.</li>
 *   <li>{@code GET /health} (each component; 503 when one is down), {@code GET /metrics} (Prometheus).</li>
 *   <li>{@code /}: the page (plain HTML and JavaScript from the classpath, no build step).</li>
 * </ul>
 * Every 4xx answer is JSON with an {@code error} that says what to fix. With an API token, every route but the page's
 * own files, {@code /health*} and {@code /metrics} asks for {@code Authorization: Bearer TOKEN} (401 otherwise). Every
 * answer carries a Content-Security-Policy that allows scripts, styles and connections from this origin only: no
 * inline script, so data shown on the page can never run as code.
 */
public final class ClaimApi implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClaimApi.class);
  static final int DEFAULT_LIMIT = 50;
  static final long STREAM_POLL_MS = 500;

  private final ClaimStore store;
  private final PrometheusMeterRegistry registry;
  private final Supplier<Map<String, Boolean>> components;
  private final Javalin app;
  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private final Counter requests;
  private volatile boolean stopped;
  private Thread streamer;

  private static final class Subscriber {
    final SseClient client;
    long last;

    Subscriber(SseClient client, long last) {
      this.client = client;
      this.last = last;
    }
  }

  /**
   * @param components extra health components (broker, enrich, sink...) by name, true when up; the store is added
   * @param registry where the process's meters are; this API adds its own and serves them all at /metrics
   */
  public ClaimApi(ClaimStore store, String host, int port, Supplier<Map<String, Boolean>> components,
      PrometheusMeterRegistry registry) {
    this(store, host, port, components, registry, null);
  }

  /** The page's own files, health and metrics: open without the API token (the page must load to ask for it). */
  static final java.util.Set<String> PUBLIC_PATHS = java.util.Set.of("/", "/index.html", "/app.js", "/style.css",
      "/metrics", "/health", "/health/ready", "/health/live");
  /** No inline script or style, nothing from another origin, no framing. */
  static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer");

  /** A request without the API token. */
  static final class Unauthorized extends RuntimeException {
    Unauthorized() {
      super("this API needs its token: Authorization: Bearer TOKEN", null, false, false);
    }
  }

  /**
   * @param apiToken when not null, the bearer token every API route (all but the page's files, health and metrics)
   *     asks for
   */
  public ClaimApi(ClaimStore store, String host, int port, Supplier<Map<String, Boolean>> components,
      PrometheusMeterRegistry registry, String apiToken) {
    this.store = store;
    this.components = components;
    this.registry = registry != null ? registry : new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    this.requests = Counter.builder("claimwire.api.requests").description("API requests answered").register(this.registry);
    this.app = Javalin.create(cfg -> {
      cfg.jetty.host = host;
      cfg.jetty.port = port;
      cfg.startup.showJavalinBanner = false;
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/claimwire-web";
        sf.location = Location.CLASSPATH;
        sf.headers = SECURITY_HEADERS;
      });
      cfg.routes.before(ctx -> {
        SECURITY_HEADERS.forEach(ctx::header);
        if (apiToken != null && !PUBLIC_PATHS.contains(ctx.path()) && !bearer(ctx.header("Authorization"), apiToken)) {
          throw new Unauthorized();
        }
      });
      cfg.routes.sse("/claims/stream", this::subscribe);
      cfg.routes.get("/claims", this::claims);
      cfg.routes.get("/claims/{id}", ctx -> found(ctx, store.claim(ctx.pathParam("id")).map(ContractNames::of), "claim"));
      cfg.routes.get("/summaries", this::summaries);
      cfg.routes.get("/summaries/{topic}", ctx -> found(ctx, store.summary(ctx.pathParam("topic")).map(ContractNames::of), "summary"));
      cfg.routes.get("/stories", this::stories);
      cfg.routes.get("/stories/{id}", ctx -> found(ctx, store.story(ctx.pathParam("id")).map(ContractNames::of), "story"));
      cfg.routes.get("/articles/{id}", ctx -> found(ctx, store.article(ctx.pathParam("id")).map(ContractNames::of), "article"));
      OpsServer.routes(cfg, () -> {
        Map<String, Boolean> all = new LinkedHashMap<>();
        all.put("store", store.reachable());
        all.putAll(components.get());
        return all;
      }, this.registry);
      cfg.routes.exception(BadRequest.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
      cfg.routes.exception(Unauthorized.class, (e, ctx) -> ctx.header("WWW-Authenticate", "Bearer").status(401)
          .json(Map.of("error", e.getMessage())));
      cfg.routes.after(ctx -> requests.increment());
    });
  }

  /** True when the header carries the token (compared in constant time). */
  static boolean bearer(String header, String token) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return java.security.MessageDigest.isEqual(header.substring(7).strip().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public ClaimApi start() {
    app.start();
    streamer = new Thread(this::stream, "claimwire-api-stream");
    streamer.setDaemon(true);
    streamer.start();
    LOG.info("API and page on port {}", port());
    return this;
  }

  public int port() {
    return app.port();
  }

  /** A request the client must fix. */
  static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }

  private void claims(Context ctx) {
    Map<String, String> contains = new LinkedHashMap<>();
    for (String f : ClaimQuery.FILTERS.keySet()) {
      String v = ctx.queryParam(f);
      if (v != null && !v.isBlank()) {
        contains.put(f, v.strip());
      }
    }
    String order = ctx.queryParam("order");
    if (order != null && !order.equals("asc") && !order.equals("desc")) {
      throw new BadRequest("order must be asc or desc, got '" + order + "'");
    }
    int limit = intParam(ctx, "limit", DEFAULT_LIMIT);
    int offset = intParam(ctx, "offset", 0);
    ClaimQuery q;
    try {
      q = new ClaimQuery(contains, time(ctx, "since"), time(ctx, "until"), blankToNull(ctx.queryParam("status")),
          ctx.queryParamMap().containsKey("sort") ? ctx.queryParam("sort") : "stored", !"asc".equals(order), limit, offset);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
    List<Map<String, Object>> rows = store.claims(q).stream().map(ContractNames::of).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("claims", rows);
    body.put("limit", limit);
    body.put("offset", offset);
    body.put("next", rows.size() < limit ? null : nextLink(ctx, offset + limit));
    ctx.json(body);
  }

  private void summaries(Context ctx) {
    String status = blankToNull(ctx.queryParam("status"));
    if (status != null && !ClaimQuery.STATUSES.contains(status.toUpperCase(java.util.Locale.ROOT))) {
      throw new BadRequest("unknown status '" + status + "'; statuses: " + ClaimQuery.STATUSES);
    }
    int limit = intParam(ctx, "limit", DEFAULT_LIMIT);
    if (limit < 1 || limit > ClaimQuery.MAX_LIMIT) {
      throw new BadRequest("limit must be 1 to " + ClaimQuery.MAX_LIMIT);
    }
    int offset = intParam(ctx, "offset", 0);
    ctx.json(Map.of("summaries", store.summaries(status, limit, Math.max(0, offset)).stream().map(ContractNames::of).toList()));
  }

  private void stories(Context ctx) {
    int limit = intParam(ctx, "limit", DEFAULT_LIMIT);
    if (limit < 1 || limit > ClaimQuery.MAX_LIMIT) {
      throw new BadRequest("limit must be 1 to " + ClaimQuery.MAX_LIMIT);
    }
    int offset = intParam(ctx, "offset", 0);
    ctx.json(Map.of("stories", store.stories(limit, Math.max(0, offset)).stream().map(ContractNames::of).toList()));
  }

  private static void found(Context ctx, java.util.Optional<Map<String, Object>> row, String what) {
    if (row.isPresent()) {
      ctx.json(row.get());
    } else {
      ctx.status(404).json(Map.of("error", "no " + what + " '" + ctx.pathParamMap().values().iterator().next() + "'"));
    }
  }

  private void subscribe(SseClient client) {
    String lastId = client.ctx().header("Last-Event-ID");
    if (lastId == null) {
      lastId = client.ctx().queryParam("lastEventId");
    }
    long last;
    try {
      last = lastId == null || lastId.isBlank() ? store.lastClaimSeq() : Long.parseLong(lastId.strip());
    } catch (NumberFormatException e) {
      last = store.lastClaimSeq();
    }
    Subscriber s = new Subscriber(client, last);
    client.keepAlive();
    client.onClose(() -> subscribers.remove(s));
    client.sendComment("claims after " + last);
    subscribers.add(s);
  }

  /** Sends every subscriber the claims stored since the last one it got, every half second. */
  private void stream() {
    while (!stopped) {
      for (Subscriber s : subscribers) {
        if (s.client.terminated()) {
          subscribers.remove(s);
          continue;
        }
        try {
          for (Map<String, Object> row : store.claimsAfter(s.last, 200)) {
            long seq = ((Number) row.get("seq")).longValue();
            s.client.sendEvent("claim", ContractNames.of(row), Long.toString(seq));
            s.last = seq;
          }
        } catch (RuntimeException e) {
          LOG.debug("stream to a subscriber failed: {}", e.toString());
        }
      }
      try {
        Thread.sleep(STREAM_POLL_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static String nextLink(Context ctx, int offset) {
    Map<String, List<String>> params = new HashMap<>(ctx.queryParamMap());
    params.put("offset", List.of(Integer.toString(offset)));
    List<String> parts = new ArrayList<>();
    params.forEach((k, vs) -> vs.forEach(v -> parts.add(enc(k) + "=" + enc(v))));
    java.util.Collections.sort(parts);
    return ctx.path() + "?" + String.join("&", parts);
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static int intParam(Context ctx, String name, int dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new BadRequest(name + " must be a whole number, got '" + v + "'");
    }
  }

  private static Instant time(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(v.strip());
    } catch (DateTimeParseException e) {
      try {
        return java.time.LocalDate.parse(v.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e2) {
        throw new BadRequest(name + " must be an ISO-8601 time or date (2026-11-01T06:00:00Z or 2026-11-01), got '" + v + "'");
      }
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public void close() {
    stopped = true;
    if (streamer != null) {
      streamer.interrupt();
    }
    subscribers.forEach(s -> s.client.close());
    app.stop();
  }
}
