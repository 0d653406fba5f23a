package org.reverb.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a watcher remembers of one source between polls.
 *
 * @param etag the last {@code ETag} the source sent, or {@code null}
 * @param lastModified the last {@code Last-Modified} it sent (for a file, its modification time), or {@code null}
 * @param failures how many polls in a row have failed
 * @param retryAt when to poll again after a failure, or {@code null}
 * @param seen the keys of the items already read, oldest first (at most {@link #MAX_SEEN})
 */
public record FeedState(String etag, String lastModified, int failures, Instant retryAt, List<String> seen) {

  /** Feeds hold tens of items; this many keys cover any item a feed still lists. */
  public static final int MAX_SEEN = 5000;

  public static final FeedState NEW = new FeedState(null, null, 0, null, List.of());

  public FeedState {
    if (failures < 0) {
      throw new IllegalArgumentException("failures cannot be negative: " + failures);
    }
    seen = List.copyOf(Objects.requireNonNullElse(seen, List.of()));
    if (seen.size() > MAX_SEEN) {
      seen = seen.subList(seen.size() - MAX_SEEN, seen.size());
    }
  }
}
