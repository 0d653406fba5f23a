package org.reverb.model;

import java.util.Objects;

/**
 * A party to an event, by canonical id.
 *
 * @param id canonical id: an ISO 3166 alpha-3 code for a state and its organs ({@code USA}), else the
 *     common English name ({@code Kataib Hezbollah}, {@code protesters})
 * @param name display name
 * @param kind what sort of party
 * @param country ISO3 country the actor belongs to, or {@code null}
 * @param sponsor ISO3 of a state that backs it ({@code IRN} for "Iran-backed"), or {@code null}
 */
public record Actor(String id, String name, ActorKind kind, String country, String sponsor) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (id.isBlank()) {
      throw new IllegalArgumentException("actor id is blank");
    }
  }
}
