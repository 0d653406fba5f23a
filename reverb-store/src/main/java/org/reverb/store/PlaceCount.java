package org.reverb.store;

import java.util.Objects;
import org.reverb.model.Place;

/**
 * A place with how many matching events happened there.
 *
 * @param place the place
 * @param events how many events
 * @param fatalities their stated deaths, added up (0 when none is stated)
 */
public record PlaceCount(Place place, long events, long fatalities) {

  public PlaceCount {
    Objects.requireNonNull(place, "place");
  }
}
