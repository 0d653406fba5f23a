package org.reverb.store;

import java.util.Objects;
import org.reverb.model.Actor;

/**
 * An actor with how many matching events name it.
 *
 * @param actor the actor, as the first of its stored events gives it
 * @param events events that name it as actor or target
 * @param asActor of those, events it did
 * @param asTarget of those, events done to it
 */
public record ActorCount(Actor actor, long events, long asActor, long asTarget) {

  public ActorCount {
    Objects.requireNonNull(actor, "actor");
  }
}
