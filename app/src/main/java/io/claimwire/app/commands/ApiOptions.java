package io.claimwire.app.commands;

import io.claimwire.app.*;

import picocli.CommandLine.Option;

import static io.claimwire.app.commands.CommandSupport.*;

/** The API and page, for {@code demo}, {@code run} and {@code sink}. */
final class ApiOptions {
  @Option(names = "--port", defaultValue = "8080", description = "Port of the HTTP server (0: any free port, -1: off): /health and /metrics for every service, and the API and page where there is a store (demo, run, sink). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address the HTTP server listens on (0.0.0.0 for every interface). Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(names = "--api-token", paramLabel = "TOKEN",
      description = "Bearer token every API route asks for (all but the page's own files, /health* and /metrics); the page asks for it once and keeps it for the tab. Give it as CLAIMWIRE_API_TOKEN to keep it out of the process list. Default: none, the API is open (it listens on loopback unless --host says otherwise).")
  String apiToken;

  /** The API and page over the store, with health and metrics. */
  void start(Pipeline p) {
    if (port >= 0) {
      p.startApi(host, port, apiToken == null || apiToken.isBlank() ? null : apiToken);
      OUT.println("API and page: http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + p.apiPort() + "/");
      OUT.flush();
    }
  }

  /** Health and metrics only, for a service without a store. */
  void startOps(Pipeline p) {
    if (port >= 0) {
      p.startOps(host, port);
      OUT.println("health and metrics: http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + p.apiPort() + "/health");
      OUT.flush();
    }
  }
}
