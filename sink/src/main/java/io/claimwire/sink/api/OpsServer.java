package io.claimwire.sink.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Health and metrics, for every service: {@code GET /health} (each component UP or DOWN; 503 when one is down),
 * {@code GET /health/ready} (the same: ready to do its work), {@code GET /health/live} (200 while the process
 * answers; a supervisor restarts it otherwise) and {@code GET /metrics} (Prometheus text format). {@link ClaimApi}
 * serves the same routes beside the API; services without a store (ingest, enrich) run this server alone.
 */
public final class OpsServer implements AutoCloseable {
  private final Javalin app;

  public OpsServer(String host, int port, Supplier<Map<String, Boolean>> components, PrometheusMeterRegistry registry) {
    this.app = Javalin.create(cfg -> {
      cfg.jetty.host = host;
      cfg.jetty.port = port;
      cfg.startup.showJavalinBanner = false;
      routes(cfg, components, registry);
    });
  }

  /** Adds the health and metrics routes to a server's configuration. */
  static void routes(JavalinConfig cfg, Supplier<Map<String, Boolean>> components, PrometheusMeterRegistry registry) {
    cfg.routes.get("/health", ctx -> health(ctx, components.get()));
    cfg.routes.get("/health/ready", ctx -> health(ctx, components.get()));
    cfg.routes.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")));
    cfg.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
  }

  private static void health(Context ctx, Map<String, Boolean> all) {
    Map<String, Object> parts = new LinkedHashMap<>();
    boolean up = true;
    for (Map.Entry<String, Boolean> e : all.entrySet()) {
      parts.put(e.getKey(), e.getValue() ? "UP" : "DOWN");
      up &= e.getValue();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "UP" : "DOWN");
    body.put("components", parts);
    ctx.status(up ? 200 : 503).json(body);
  }

  public OpsServer start() {
    app.start();
    return this;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
