package org.reverb.resolve;

import java.util.Objects;
import org.reverb.model.Place;

/**
 * A place named by the tokens {@code begin} (inclusive) to {@code end} (exclusive) of a token sequence.
 *
 * @param begin index of the first token of the name
 * @param end index after the last token of the name
 * @param place the place the gazetteer resolved the name to
 */
public record PlaceMatch(int begin, int end, Place place) {

  public PlaceMatch {
    Objects.requireNonNull(place, "place");
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("a match spans at least one token: " + begin + ".." + end);
    }
  }
}
