package io.claimwire.app;

import io.claimwire.sink.ClaimStore;
import io.claimwire.sink.api.ClaimApi;
import io.claimwire.sink.api.OpsServer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * An HTTP server of this process: the API and the page over the store, or (for a process without a store) only
 * health and metrics. Serving from when it is made; a port in use is a clear error that says how to choose another.
 */
final class HttpService implements Service {
  private final String name;
  private final IntSupplier port;
  private final Runnable close;

  private HttpService(String name, IntSupplier port, Runnable close) {
    this.name = name;
    this.port = port;
    this.close = close;
  }

  /** The API and the page (with a token, every route but the page's files, health and metrics asks for it). */
  static HttpService api(ClaimStore store, String host, int port, String apiToken,
      Supplier<Map<String, Boolean>> health, PrometheusMeterRegistry registry) {
    ClaimApi server = new ClaimApi(store, host, port, health, registry, apiToken);
    start("the API", host, port, server::start, registry);
    return new HttpService("api", server::port, server::close);
  }

  /** Health and metrics only. */
  static HttpService ops(String host, int port, Supplier<Map<String, Boolean>> health,
      PrometheusMeterRegistry registry) {
    OpsServer server = new OpsServer(host, port, health, registry);
    start("health and metrics", host, port, server::start, registry);
    return new HttpService("ops", server::port, server::close);
  }

  private static void start(String what, String host, int port, Runnable start, PrometheusMeterRegistry registry) {
    new JvmMemoryMetrics().bindTo(registry);
    try {
      start.run();
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot serve " + what + " on " + host + ":" + port + " (" + e.getMessage()
          + "); choose another with --port, or --port 0 for any free port", e);
    }
  }

  /** The bound port. */
  int port() {
    return port.getAsInt();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean ready() {
    return true;
  }

  @Override
  public void stop(Duration grace) {
    close.run();
  }
}
