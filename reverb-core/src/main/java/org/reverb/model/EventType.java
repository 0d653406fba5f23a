package org.reverb.model;

import java.util.Locale;
import java.util.Set;

/** PLOVER's sixteen event types, each with the modes Reverb codes. */
public enum EventType {
  AGREE("ceasefire", "meet"),
  CONSULT("negotiate", "multilateral"),
  SUPPORT(),
  CONCEDE(),
  COOPERATE(),
  AID(),
  RETREAT("withdraw", "disarm", "access", "resign"),
  REQUEST("withdraw", "yield", "change", "assist", "meet", "ransom"),
  ACCUSE("allege", "disapprove", "investigate"),
  REJECT("deny", "meet"),
  THREATEN("violence", "retaliation", "sanction", "arrest"),
  PROTEST("demonstrate", "riot", "strike"),
  SANCTION("discontinue", "expel", "withdraw"),
  MOBILIZE("troops", "police"),
  COERCE("arrest", "restrict", "emergency", "withhold"),
  ASSAULT("aerial", "shelling", "bombing", "suicide", "firearms", "abduct", "beat", "crowd_control");

  private final Set<String> modes;

  EventType(String... modes) {
    this.modes = Set.of(modes);
  }

  /** The closed list of modes for this type. */
  public Set<String> modes() {
    return modes;
  }

  /** Whether {@code mode} is {@code null} (no mode) or one of this type's modes. */
  public boolean allowsMode(String mode) {
    return mode == null || modes.contains(mode);
  }

  public static EventType of(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT));
  }
}
