package org.reverb.resolve;

import java.util.Objects;
import org.reverb.model.Actor;

/**
 * Tokens {@code [begin, end)} of a sentence that name {@code actor}.
 *
 * @param begin index of the first token
 * @param end index after the last token
 * @param actor the actor they name
 */
public record ActorMatch(int begin, int end, Actor actor) {

  public ActorMatch {
    Objects.requireNonNull(actor, "actor");
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }
}
