package org.reverb.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A web server on a free loopback port that serves what a test puts at each path, and records the requests. */
public final class LocalServer implements AutoCloseable {

  /** Answers one request. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  public final List<HttpExchange> requests = new CopyOnWriteArrayList<>();

  public LocalServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "local-server");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", exchange -> {
      requests.add(exchange);
      Handler h = routes.get(exchange.getRequestURI().getPath());
      try {
        if (h == null) {
          send(exchange, 404, "text/plain", "not found");
        } else {
          h.handle(exchange);
        }
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  /** The address of {@code path} on this server. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public LocalServer on(String path, Handler handler) {
    routes.put(path, handler);
    return this;
  }

  /** Serves {@code body} at {@code path} with status 200. */
  public LocalServer serve(String path, String contentType, String body) {
    return on(path, x -> send(x, 200, contentType, body));
  }

  public static void send(HttpExchange x, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", contentType);
    if (status == 304 || bytes.length == 0) {
      x.sendResponseHeaders(status, -1);
      return;
    }
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** How many requests asked for {@code path}. */
  public long hits(String path) {
    return requests.stream().filter(r -> r.getRequestURI().getPath().equals(path)).count();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
