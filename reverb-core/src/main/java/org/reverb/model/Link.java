package org.reverb.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A directed relation from one event to an earlier one it answers.
 *
 * @param type the relation
 * @param event the id of the event answered
 * @param evidence the sentence that says so, or {@code null} when inferred
 */
public record Link(Type type, String event, String evidence) {

  /** How one event relates to the one it points to. */
  public enum Type {
    RESPONSE_TO, RETALIATION_FOR;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Type of(String key) {
      return valueOf(key.toUpperCase(Locale.ROOT));
    }
  }

  public Link {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(event, "event");
  }
}
