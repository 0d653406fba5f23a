package org.reverb.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One dated article as a source gave it.
 *
 * @param id the source's own name for it: a file name, or the id or URL given in JSON Lines or a feed
 * @param published the publication date, against which the text's time expressions are resolved
 * @param title the headline, or {@code null}
 * @param text the body text, never blank
 * @param url where it was published, or {@code null}
 * @param source the outlet or feed, or {@code null}
 */
public record Article(String id, LocalDate published, String title, String text, String url, String source) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("article " + id + " has no text");
    }
  }

  /** SHA-256 of the publication date and the whitespace-normalised text: equal for the same article stored twice. */
  public String contentHash() {
    String normal = published + "\n" + text.strip().replaceAll("\\s+", " ");
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
