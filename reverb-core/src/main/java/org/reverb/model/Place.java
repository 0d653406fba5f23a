package org.reverb.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Where an event took place.
 *
 * @param name the place's name as the gazetteer gives it
 * @param country ISO 3166 alpha-3, or {@code null} (for example the high seas)
 * @param admin1 first-level region, or {@code null}
 * @param lat latitude in degrees, or {@code null}
 * @param lon longitude in degrees, or {@code null}
 * @param precision how fine the place is
 */
public record Place(String name, String country, String admin1, Double lat, Double lon, Precision precision) {

  /** The grain of a place. */
  public enum Precision {
    COUNTRY, ADMIN1, CITY;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Precision of(String key) {
      return valueOf(key.toUpperCase(Locale.ROOT));
    }
  }

  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(precision, "precision");
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("a place has both coordinates or neither: " + name);
    }
  }
}
