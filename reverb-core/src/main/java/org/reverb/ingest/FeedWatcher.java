package org.reverb.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.reverb.model.Article;

/**
 * Polls feeds (web addresses or files) for items it has not read yet. Each source keeps a {@link FeedState}: the
 * validators of its last answer, sent back so that an unchanged feed costs a 304 and no parsing (a file's
 * modification time plays that part); the keys of the items already read, so only new or updated items are handed
 * on and their pages fetched; and, after a failure, a time before which it is not asked again, doubling with each
 * failure in a row from the poll interval up to {@link #MAX_BACKOFF}. Not thread-safe: one thread polls.
 */
public final class FeedWatcher {

  public static final Duration MAX_BACKOFF = Duration.ofHours(6);

  /**
   * What one poll of one source did, for the log.
   *
   * @param source the source as listed
   * @param outcome what happened, in a few words
   * @param newItems how many items were new and handed on
   * @param failed whether the source could not be read (its backoff grew)
   */
  public record Poll(String source, String outcome, int newItems, boolean failed) {
    @Override
    public String toString() {
      return source + ": " + outcome;
    }
  }

  private final HttpFetcher fetcher;
  private final Duration every;
  private final Clock clock;
  private final Map<String, FeedState> states;

  /**
   * @param every the poll interval, the first step of the backoff
   * @param states what is known of the sources from earlier runs (see {@link FeedStates}); not modified
   */
  public FeedWatcher(HttpFetcher fetcher, Duration every, Clock clock, Map<String, FeedState> states) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.every = Objects.requireNonNull(every, "every");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.states = new LinkedHashMap<>(states);
  }

  /** What is known of every source now, to save after the items handed on have been stored. */
  public Map<String, FeedState> states() {
    return new LinkedHashMap<>(states);
  }

  /**
   * Polls {@code source} once: hands each new item to {@code articles} and each item that cannot be read to {@code
   * problems}, unless the source is backing off. Once {@code stopping} says so, no further item is taken (the ones
   * not taken are new again next time).
   */
  public Poll poll(String source, Consumer<Article> articles, Consumer<IngestProblem> problems,
      BooleanSupplier stopping) {
    FeedState state = states.getOrDefault(source, FeedState.NEW);
    Instant now = clock.instant();
    if (state.retryAt() != null && now.isBefore(state.retryAt())) {
      return new Poll(source, "backing off after " + state.failures() + " failure" + (state.failures() == 1 ? "" : "s")
          + ", next try at " + state.retryAt(), 0, false);
    }
    HttpFetcher.Response response;
    try {
      response = fetch(source, state);
    } catch (FetchException | IOException e) {
      return failed(source, state, now, e.getMessage());
    }
    if (response.notModified()) {
      states.put(source, new FeedState(state.etag(), state.lastModified(), 0, null, state.seen()));
      return new Poll(source, "not modified", 0, false);
    }
    Set<String> seen = new LinkedHashSet<>(state.seen());
    List<String> taken = new ArrayList<>();
    int[] counts = new int[2];
    boolean readable = ArticleReaders.read(response, source, key -> {
      if (seen.contains(key) || stopping.getAsBoolean()) {
        return false;
      }
      taken.add(key);
      return true;
    }, fetcher, a -> {
      counts[0]++;
      articles.accept(a);
    }, p -> {
      counts[1]++;
      problems.accept(p);
    });
    if (!readable) {
      return failed(source, state, now, "not a readable feed (see above)");
    }
    seen.addAll(taken);
    boolean complete = !stopping.getAsBoolean();
    // Validators are kept only for a complete read: after a stop, the next poll must see the feed again.
    states.put(source, new FeedState(complete ? response.etag() : null, complete ? response.lastModified() : null, 0,
        null, new ArrayList<>(seen)));
    return new Poll(source, counts[0] + " new item" + (counts[0] == 1 ? "" : "s") + ", " + counts[1] + " error"
        + (counts[1] == 1 ? "" : "s") + (complete ? "" : " (stopped)"), counts[0], false);
  }

  private HttpFetcher.Response fetch(String source, FeedState state) throws FetchException, IOException {
    if (HttpFetcher.isUrl(source)) {
      try {
        return fetcher.get(URI.create(source.strip()), state.etag(), state.lastModified());
      } catch (IllegalArgumentException e) {
        throw new FetchException(source + ": not a valid address (" + e.getMessage() + "); check the line");
      }
    }
    Path file = Path.of(source);
    if (!Files.isRegularFile(file)) {
      throw new IOException(source + ": no such file; check the path (or give an http(s) address)");
    }
    String modified = Files.getLastModifiedTime(file).toString() + " " + Files.size(file);
    if (modified.equals(state.lastModified())) {
      return new HttpFetcher.Response(file.toUri(), 304, new byte[0], null, null, modified);
    }
    if (Files.size(file) > HttpFetcher.MAX_BYTES) {
      throw new IOException(source + ": larger than " + SeedFormatReader.megabytes(HttpFetcher.MAX_BYTES)
          + ", the limit for one feed; split it");
    }
    return new HttpFetcher.Response(file.toUri(), 200, Files.readAllBytes(file), null, null, modified);
  }

  private Poll failed(String source, FeedState state, Instant now, String why) {
    int failures = state.failures() + 1;
    Duration wait = every.multipliedBy(1L << Math.min(failures - 1, 20));
    if (wait.compareTo(MAX_BACKOFF) > 0) {
      wait = MAX_BACKOFF;
    }
    Instant retryAt = now.plus(wait);
    states.put(source, new FeedState(state.etag(), state.lastModified(), failures, retryAt, state.seen()));
    return new Poll(source, "error: " + why + "; next try at " + retryAt, 0, true);
  }
}
