package org.reverb.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.reverb.server.ReverbServer;
import org.reverb.server.articles.ArticleIngestor;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reverb serve}: the REST API and the web dashboard over the store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the REST API (/api, described at /api/openapi.json) and the web dashboard (/) over the "
        + "store, until Ctrl-C. Listens on the loopback address unless --host says otherwise.",
        "POST /api/articles ingests an article only when REVERB_TOKEN is set (clients send it as 'Authorization: "
            + "Bearer TOKEN'); the NLP models load on the first such article, so the server starts in about a second."})
final class ServeCommand implements Callable<Integer> {

  @Mixin
  StoreOption store;

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 7070;

  @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--cors", paramLabel = "ORIGIN", description = "Let web pages from ORIGIN (such as "
      + "https://desk.example.org) call the API from a browser (default: $REVERB_CORS, else no other origin).")
  String cors = System.getenv("REVERB_CORS");

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      System.err.println("reverb serve: --port " + port + " is not a TCP port (0 to 65535)");
      return 2;
    }
    String token = System.getenv("REVERB_TOKEN");
    EventStore events = EventStores.openExisting(store.location());
    ReverbServer server;
    try {
      server = new ReverbServer(events, token, ArticleIngestor.standard(), cors).start(host, port);
    } catch (RuntimeException e) {
      events.close();
      throw new IllegalStateException("cannot listen on " + host + ":" + port + " (" + rootMessage(e)
          + "); is another server there? Try --port 0 or another port", e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      events.close();
      stopped.countDown();
    }, "reverb-serve-stop"));
    String address = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/";
    System.err.println("reverb serve: the dashboard is at " + address + " and the API at " + address
        + "api/openapi.json (store " + store.location() + ", " + events.eventCount() + " events; ingest over HTTP "
        + (token == null || token.isBlank() ? "disabled: set REVERB_TOKEN to enable it" : "enabled")
        + (cors == null || cors.isBlank() ? "" : "; browsers may call it from " + cors) + "). Ctrl-C stops.");
    if (!loopback(host)) {
      System.err.println("reverb serve: warning: listening on " + host + ", not only on this machine; anyone who "
          + "reaches it can read the store");
    }
    stopped.await();
    return 0;
  }

  private static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
