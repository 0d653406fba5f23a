package org.reverb.eval;

import java.time.LocalDate;
import java.util.Objects;
import org.reverb.model.EventType;
import org.reverb.model.Modality;

/**
 * One event as one article tells it, as a gold file codes it (the dev corpus README's fields, with
 * {@code place} and {@code date} flattened). {@code null} means the text does not say.
 *
 * @param file the article's file name (its id)
 * @param event an id unique within {@code file}
 * @param country the place's ISO3 country, or {@code null} (also when there is no place)
 * @param earliest first possible day, or {@code null} for an open end or no date
 * @param latest last possible day, or {@code null} for an open end or no date
 * @param sameAs {@code file:event} of the first-coded occurrence of the same real event, or {@code null}
 * @param responseTo {@code file:event} of the event this one answers, or {@code null}
 */
public record GoldEvent(
    String file,
    String event,
    EventType type,
    String mode,
    String actor,
    String target,
    String placeName,
    String country,
    LocalDate earliest,
    LocalDate latest,
    Integer fatalities,
    Modality modality,
    String sameAs,
    String responseTo) {

  public GoldEvent {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(modality, "modality");
    if (earliest != null && latest != null && latest.isBefore(earliest)) {
      throw new IllegalArgumentException("date ends before it starts: " + earliest + ".." + latest);
    }
  }

  /** {@code file:event}, the form {@code same_as} and {@code response_to} use. */
  public String key() {
    return file + ":" + event;
  }

  /** Whether the gold line gives a date (at least one end). */
  public boolean hasDate() {
    return earliest != null || latest != null;
  }
}
