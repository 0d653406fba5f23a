package org.reverb.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event as one sentence of one article tells it: the output of extraction, the input of resolution.
 *
 * @param article the article's id
 * @param published the article's publication date
 * @param sentenceIndex the sentence's position in the article, from 0
 * @param sentence the sentence text
 * @param trigger the word or phrase that names the event ("strike", "drone strike", "protested")
 * @param type PLOVER type
 * @param mode a mode of {@code type}, or {@code null}
 * @param actor who did it, or {@code null}
 * @param target to whom, or {@code null}
 * @param place where, or {@code null}
 * @param date when, or {@code null} when the text gives no support at all
 * @param fatalities the stated death toll, or {@code null}
 * @param injured the stated number of injured, or {@code null}
 * @param modality happened, planned, threatened, called for or possible
 * @param confidence the extractor's confidence, in [0, 1]
 */
public record Mention(
    String article,
    LocalDate published,
    int sentenceIndex,
    String sentence,
    String trigger,
    EventType type,
    String mode,
    Actor actor,
    Actor target,
    Place place,
    DateSpan date,
    Integer fatalities,
    Integer injured,
    Modality modality,
    double confidence) {

  public Mention {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(modality, "modality");
    if (!type.allowsMode(mode)) {
      throw new IllegalArgumentException("mode " + mode + " is not a mode of " + type);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
    if (fatalities != null && fatalities < 0 || injured != null && injured < 0) {
      throw new IllegalArgumentException("negative casualty count");
    }
  }

  /** Where this mention came from, as an event lists it. */
  public Source source() {
    return new Source(article, published, sentence, trigger);
  }
}
