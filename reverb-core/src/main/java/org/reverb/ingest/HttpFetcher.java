package org.reverb.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches feeds and pages over HTTP(S) politely: a User-Agent that names Reverb, redirects followed, a timeout on
 * every request, conditional GET ({@code If-None-Match} / {@code If-Modified-Since}), at most one request per host
 * every {@code perHostDelay}, and a bound on the size of a body. Thread-safe.
 */
public final class HttpFetcher {

  public static final String USER_AGENT = "Reverb/0.1 (+https://github.com/reverb)";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
  public static final Duration DEFAULT_PER_HOST_DELAY = Duration.ofSeconds(1);
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  /**
   * What a server answered.
   *
   * @param uri where the body came from, after redirects
   * @param status 200-299, or 304 when the validators still hold (then {@code body} is empty)
   * @param contentType the {@code Content-Type} header, or {@code null}
   * @param etag the {@code ETag} header, or {@code null}
   * @param lastModified the {@code Last-Modified} header, or {@code null}
   */
  public record Response(URI uri, int status, byte[] body, String contentType, String etag, String lastModified) {

    public Response {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(body, "body");
    }

    public boolean notModified() {
      return status == 304;
    }
  }

  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "reverb-fetch-timeout");
    t.setDaemon(true);
    return t;
  });

  private final HttpClient client;
  private final Duration timeout;
  private final Duration perHostDelay;
  private final Map<String, Long> lastRequest = new HashMap<>();
  private final boolean offline;

  public HttpFetcher() {
    this(DEFAULT_TIMEOUT, DEFAULT_PER_HOST_DELAY);
  }

  public HttpFetcher(Duration timeout, Duration perHostDelay) {
    this(timeout, perHostDelay, false);
  }

  /** A fetcher that sends nothing: every request fails (fuzz tests read feeds whose links point anywhere). */
  static HttpFetcher offline() {
    return new HttpFetcher(DEFAULT_TIMEOUT, DEFAULT_PER_HOST_DELAY, true);
  }

  private HttpFetcher(Duration timeout, Duration perHostDelay, boolean offline) {
    this.offline = offline;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.perHostDelay = Objects.requireNonNull(perHostDelay, "perHostDelay");
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(timeout)
        .build();
  }

  private static final class Shared {
    static final HttpFetcher INSTANCE = new HttpFetcher();
  }

  /** One fetcher with the default settings, made on first use, so that the per-host delay holds across readers. */
  public static HttpFetcher shared() {
    return Shared.INSTANCE;
  }

  /** Whether {@code input} names a web address this fetcher can get, rather than a file. */
  public static boolean isUrl(String input) {
    String lower = input.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** An unconditional GET. */
  public Response get(URI uri) throws FetchException {
    return get(uri, null, null);
  }

  /**
   * A GET that the server may answer with 304 Not Modified when {@code etag} or {@code lastModified} (from an
   * earlier response, either may be {@code null}) still hold.
   *
   * @throws FetchException on a network error, a timeout, a status other than 2xx or 304, or a body too large
   */
  public Response get(URI uri, String etag, String lastModified) throws FetchException {
    if (offline) {
      throw new FetchException(uri + ": not fetched (offline)");
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("User-Agent", USER_AGENT)
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
            + "text/html;q=0.8, */*;q=0.5")
        .GET();
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      request.header("If-Modified-Since", lastModified);
    }
    waitForTurn(uri);
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new FetchException(uri + ": no answer within " + timeout.toSeconds() + " s; check that the server is up", e);
    } catch (IOException e) {
      throw new FetchException(uri + ": cannot fetch (" + e + "); check the address and the network", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri + ": interrupted while fetching", e);
    }
    int status = response.statusCode();
    byte[] body;
    InputStream in = response.body();
    // The request's timeout ends with the headers; a body that stalls is cut off by closing its stream.
    AtomicBoolean cut = new AtomicBoolean();
    ScheduledFuture<?> guard = TIMER.schedule(() -> {
      cut.set(true);
      try {
        in.close();
      } catch (IOException e) {
        // closing is all that is wanted
      }
    }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    try (in) {
      body = status == 304 ? new byte[0] : in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new FetchException(uri + (cut.get() ? ": the answer did not arrive whole within " + timeout.toSeconds()
          + " s; check that the server is up" : ": the answer broke off (" + e + "); try again later"), e);
    } finally {
      guard.cancel(false);
    }
    if (cut.get()) {
      throw new FetchException(uri + ": the answer did not arrive whole within " + timeout.toSeconds()
          + " s; check that the server is up");
    }
    if (status != 304 && (status < 200 || status > 299)) {
      throw new FetchException(uri + ": HTTP " + status + (status == 404 || status == 410
          ? "; check the address" : status >= 500 ? " from the server; it will be tried again later"
          : "; check the address and whether the site allows it"));
    }
    if (body.length > MAX_BYTES) {
      throw new FetchException(uri + ": larger than " + SeedFormatReader.megabytes(MAX_BYTES)
          + ", the limit for one feed or page; leave it out");
    }
    return new Response(response.uri(), status, body, header(response, "Content-Type"), header(response, "ETag"),
        header(response, "Last-Modified"));
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).filter(v -> !v.isBlank()).orElse(null);
  }

  /** Sleeps until this host was last asked at least {@code perHostDelay} ago, and books the next request. */
  private void waitForTurn(URI uri) throws FetchException {
    String host = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    long wait;
    synchronized (lastRequest) {
      long now = System.nanoTime();
      Long last = lastRequest.get(host);
      long next = last == null ? now : Math.max(now, last + perHostDelay.toNanos());
      lastRequest.put(host, next);
      wait = next - now;
    }
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(uri + ": interrupted while waiting to fetch");
      }
    }
  }
}
