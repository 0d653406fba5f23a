package org.reverb.model;

import java.util.List;
import java.util.Objects;

/**
 * One real event, with every report of it and the events it answers.
 * Fields have the meaning of {@link Mention}'s; {@code story} is the id of the story it belongs to, or
 * {@code null}.
 */
public record Event(
    String id,
    EventType type,
    String mode,
    Actor actor,
    Actor target,
    Place place,
    DateSpan date,
    Integer fatalities,
    Integer injured,
    Modality modality,
    double confidence,
    String story,
    List<Source> mentions,
    List<Link> links) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(modality, "modality");
    if (!type.allowsMode(mode)) {
      throw new IllegalArgumentException("mode " + mode + " is not a mode of " + type);
    }
    mentions = List.copyOf(mentions);
    links = List.copyOf(links);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("event " + id + " has no mention");
    }
  }
}
