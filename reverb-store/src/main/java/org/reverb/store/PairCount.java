package org.reverb.store;

import java.util.Objects;
import org.reverb.model.Actor;

/**
 * An actor-to-target pair with how many matching events link them.
 *
 * @param actor who acted
 * @param target to whom
 * @param events how many events
 * @param fatalities their stated deaths, added up (0 when none is stated)
 */
public record PairCount(Actor actor, Actor target, long events, long fatalities) {

  public PairCount {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(target, "target");
  }
}
