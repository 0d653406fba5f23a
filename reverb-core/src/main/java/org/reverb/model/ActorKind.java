package org.reverb.model;

import java.util.Locale;

/** What sort of party an {@link Actor} is. */
public enum ActorKind {
  STATE, GOVERNMENT, MILITARY, POLICE, LEGISLATURE, JUDICIARY,
  ARMED_GROUP, REBELS, POLITICAL_PARTY, IGO, NGO, MEDIA, BUSINESS, PERSON,
  CIVILIANS, PROTESTERS, SUSPECTS, UNKNOWN;

  /** The lower-case name used in JSON, data files and the store. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ActorKind of(String key) {
    return valueOf(key.strip().toUpperCase(Locale.ROOT));
  }
}
