package org.reverb.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reverb.model.Place;
import org.reverb.resolve.GazetteerEntry.Candidate;
import org.reverb.resolve.GazetteerEntry.Kind;

/** Reads gazetteer files, each known by its header line, into the maps a {@link Gazetteer} is built from. */
final class GazetteerReader {

  static final String COUNTRIES = "iso3\tiso2\tname\tofficial\tdemonyms\taliases\tcapital\tlat\tlon";
  static final String CITIES = "name\tascii\tcountry\tadmin1\tpopulation\tlat\tlon\talternates";
  static final String REGIONS = "name\tcountry\tadmin1\tlat\tlon\talternates";
  static final String STOPLIST = "phrase";

  final Map<String, Place> countries = new LinkedHashMap<>();
  /** Keys of country names, official names, aliases and demonyms, to ISO3. */
  final Map<String, String> countryKeys = new HashMap<>();
  /** Keys of demonyms alone, to ISO3, for plurals ("Iraqis"). */
  final Map<String, String> demonymKeys = new HashMap<>();
  /** ISO3 to the name of the country's capital, as the countries file gives it. */
  final Map<String, String> capitals = new HashMap<>();
  /** Keys of place names (countries' names and aliases, regions, cities) to the places they may mean. */
  final Map<String, Candidate[]> places = new HashMap<>(1 << 17);
  final Set<String> stops = new HashSet<>();
  private int order;

  /**
   * Reads one file. Countries may come only from the first file read; cities, regions and stop phrases from
   * any. Blank lines and lines starting with {@code #} are skipped; the first other line is the header.
   */
  void read(String source, BufferedReader in, boolean countriesAllowed) throws IOException {
    String text;
    String header = null;
    int line = 0;
    while ((text = in.readLine()) != null) {
      line++;
      if (text.isBlank() || text.startsWith("#")) {
        continue;
      }
      if (header == null) {
        header = text.strip();
        if (!List.of(CITIES, REGIONS, STOPLIST).contains(header) && !(countriesAllowed && header.equals(COUNTRIES))) {
          throw new GazetteerException(source, line, "unknown header '" + header.replace('\t', ' ')
              + "'; expected the header of a cities, regions or stoplist file (see Gazetteer)");
        }
        continue;
      }
      String[] cols = text.split("\t", -1);
      try {
        switch (header) {
          case COUNTRIES -> country(source, line, cols);
          case CITIES -> city(source, line, cols);
          case REGIONS -> region(source, line, cols);
          default -> stop(source, line, text.strip());
        }
      } catch (IllegalArgumentException e) {
        throw new GazetteerException(source, line, e.getMessage());
      }
    }
    if (header == null) {
      throw new GazetteerException(source, line, "no header line");
    }
  }

  private void country(String source, int line, String[] cols) {
    expect(source, line, cols, 9);
    String iso3 = cols[0];
    if (!iso3.matches("[A-Z]{3}")) {
      throw new GazetteerException(source, line, "iso3 must be three capital letters, not '" + iso3 + "'");
    }
    Place place = new Place(cols[2], iso3, null, number(source, line, cols[7]), number(source, line, cols[8]),
        Place.Precision.COUNTRY);
    countries.put(iso3, place);
    if (!cols[6].isBlank()) {
      capitals.put(iso3, cols[6].strip());
    }
    GazetteerEntry entry = new GazetteerEntry(place, Kind.COUNTRY, 0, order++);
    List<String> names = new ArrayList<>(List.of(cols[2], cols[3]));
    names.addAll(list(cols[5]));
    add(entry, names, List.of());
    for (String name : names) {
      countryKeys.putIfAbsent(GazetteerKeys.key(name), iso3);
    }
    for (String demonym : list(cols[4])) {
      countryKeys.putIfAbsent(GazetteerKeys.key(demonym), iso3);
      demonymKeys.putIfAbsent(GazetteerKeys.key(demonym), iso3);
    }
  }

  private void city(String source, int line, String[] cols) {
    expect(source, line, cols, 8);
    long population;
    try {
      population = cols[4].isEmpty() ? 0 : Long.parseLong(cols[4]);
    } catch (NumberFormatException e) {
      throw new GazetteerException(source, line, "population is not a whole number: '" + cols[4] + "'");
    }
    String country = country(source, line, cols[2], false);
    Place place = new Place(name(source, line, cols[0]), country, blankToNull(cols[3]),
        number(source, line, cols[5]), number(source, line, cols[6]), Place.Precision.CITY);
    add(new GazetteerEntry(place, Kind.CITY, population, order++), List.of(cols[0], cols[1]), list(cols[7]));
  }

  private void region(String source, int line, String[] cols) {
    expect(source, line, cols, 6);
    String country = country(source, line, cols[1], true);
    Place place = new Place(name(source, line, cols[0]), country, blankToNull(cols[2]),
        number(source, line, cols[3]), number(source, line, cols[4]), Place.Precision.ADMIN1);
    add(new GazetteerEntry(place, Kind.REGION, 0, order++), List.of(cols[0]), list(cols[5]));
  }

  private void stop(String source, int line, String phrase) {
    String key = GazetteerKeys.key(phrase);
    if (key.isEmpty()) {
      throw new GazetteerException(source, line, "a stop phrase needs a letter or digit: '" + phrase + "'");
    }
    stops.add(key);
  }

  private void add(GazetteerEntry entry, List<String> names, List<String> alternates) {
    List<String> keys = new ArrayList<>(names.size() + alternates.size());
    String previous = null;
    for (String name : names) {
      if (!name.equals(previous)) { // a city's ASCII name is most often its name
        put(keys, GazetteerKeys.key(name), new Candidate(entry, false));
      }
      previous = name;
    }
    for (String alternate : alternates) {
      put(keys, GazetteerKeys.key(alternate), new Candidate(entry, true));
    }
  }

  private void put(List<String> keysOfEntry, String key, Candidate candidate) {
    if (key.isEmpty() || keysOfEntry.contains(key)) {
      return;
    }
    keysOfEntry.add(key);
    Candidate[] candidates = places.get(key);
    if (candidates == null) {
      places.put(key, new Candidate[] {candidate});
    } else {
      candidates = Arrays.copyOf(candidates, candidates.length + 1);
      candidates[candidates.length - 1] = candidate;
      places.put(key, candidates);
    }
  }

  private String country(String source, int line, String iso3, boolean optional) {
    if (iso3.isEmpty() && optional) {
      return null;
    }
    if (!countries.containsKey(iso3)) {
      throw new GazetteerException(source, line, "unknown country '" + iso3 + "'; use an ISO 3166 alpha-3 code");
    }
    return iso3;
  }

  private static String name(String source, int line, String name) {
    if (GazetteerKeys.key(name).isEmpty()) {
      throw new GazetteerException(source, line, "a name needs a letter or digit: '" + name + "'");
    }
    return name;
  }

  private static Double number(String source, int line, String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      throw new GazetteerException(source, line, "not a number: '" + text + "'");
    }
  }

  private static List<String> list(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\\|"));
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text;
  }

  private static void expect(String source, int line, String[] cols, int n) {
    if (cols.length != n) {
      throw new GazetteerException(source, line, "expected " + n + " tab-separated columns, found " + cols.length);
    }
  }
}
