package io.claimwire.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local HTTP server for feed tests: serves what a test puts at a path, and records every request's headers. */
final class TestServer implements AutoCloseable {
  /** What the server answers at one path. */
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  record Request(String path, Map<String, List<String>> headers) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(e -> e.getValue().get(0)).orElse(null);
    }
  }

  private final HttpServer server;
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      requests.add(new Request(ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders())));
      Handler h = handlers.get(ex.getRequestURI().getPath());
      try {
        if (h == null) {
          send(ex, 404, "text/plain", "not here");
        } else {
          h.handle(ex);
        }
      } catch (IOException e) {
        // the client went away (a size cap, say)
      } finally {
        ex.close();
      }
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  void at(String path, Handler h) {
    handlers.put(path, h);
  }

  /** Serves the body with an ETag, answering 304 to a request that already has it. */
  void feed(String path, String body, String etag) {
    at(path, ex -> {
      if (etag != null && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
        return;
      }
      if (etag != null) {
        ex.getResponseHeaders().add("ETag", etag);
      }
      send(ex, 200, "application/rss+xml", body);
    });
  }

  List<Request> requestsTo(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
