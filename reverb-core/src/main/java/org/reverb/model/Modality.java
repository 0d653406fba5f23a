package org.reverb.model;

import java.util.Locale;

/** Whether the text says an event happened, or only that it is planned, threatened, urged or possible. */
public enum Modality {
  ASSERTED, PLANNED, THREATENED, CALLED_FOR, HYPOTHETICAL;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Modality of(String key) {
    return valueOf(key.strip().toUpperCase(Locale.ROOT));
  }
}
