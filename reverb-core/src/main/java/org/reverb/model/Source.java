package org.reverb.model;

import java.time.LocalDate;
import java.util.Objects;

/** One report of an event: the article, its date, the sentence and the trigger word. */
public record Source(String article, LocalDate published, String sentence, String trigger) {

  public Source {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(trigger, "trigger");
  }
}
