package org.reverb.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reverb.model.Place;
import org.reverb.resolve.GazetteerEntry.Candidate;
import org.reverb.resolve.GazetteerEntry.Kind;

/**
 * Countries, regions and cities by name: resolves a place name, a country's name, alias or demonym, and
 * finds place names in a token sequence.
 *
 * <p>The bundled data, under {@code org/reverb/resolve/geo/}, are built by {@code scripts/geo/build.sh}:
 * {@code countries.tsv} (world-countries, ODbL), {@code cities.tsv} (GeoNames, CC BY 4.0: cities of 15,000
 * people or more, capitals and regional seats), and the hand-made {@code regions.tsv} (territories, regions,
 * seas) and {@code stoplist.txt}. Users add places without rebuilding through {@link #load(List)}: each
 * file is known by its header line, as in the bundled files:
 * <ul>
 *   <li>cities, precision city: {@code name ascii country admin1 population lat lon alternates}, the country
 *       as ISO 3166 alpha-3, alternates {@code |}-separated, admin1 and population may be empty;
 *   <li>regions, precision admin1: {@code name country admin1 lat lon alternates}, the country empty for a sea;
 *   <li>stoplist: {@code phrase}, then one word or phrase a line.
 * </ul>
 * Columns are separated by tabs.
 * Blank lines and lines starting with {@code #} are skipped. A file with another header fails by name.
 *
 * <p>Names compare as keys: case, accents, apostrophes and dots do not count, other punctuation counts as a
 * space, the Arabic article's spellings (al-, el-, ash-...) are one, and "St." is "Saint". So "sana'a",
 * "Sanaa" and "SANAA" are one name, and so are "al-Hasakah" and "Al Hasakah".
 *
 * <p>When a name fits several places, the first rule that separates them decides: a place in one of the
 * context countries, if any are given; a country over a region, a region over a city; the larger population;
 * the place's own name over an alternate spelling; the order of the files.
 *
 * <p>Instances are immutable and safe to share between threads. Loading takes a few hundred milliseconds and
 * some tens of megabytes, so {@link #load()} keeps one bundled instance.
 */
public final class Gazetteer {

  private static final String BUNDLED = "geo/";
  /** A city must be this large for a short all-capitals word ("GOMA", not "NEMA") to name it. */
  private static final long ACRONYM_CITY_POPULATION = 100_000;
  private static final List<String> BUNDLED_FILES =
      List.of("countries.tsv", "regions.tsv", "cities.tsv", "stoplist.txt");

  private final Map<String, Place> countries;
  private final Map<String, String> countryKeys;
  private final Map<String, String> demonymKeys;
  private final Map<String, String> capitals;
  /** Place name keys to the places they may mean, best first when no context decides. */
  private final Map<String, Candidate[]> places;
  private final Set<String> stops;
  private final int maxWords;

  private Gazetteer(GazetteerReader read) {
    this.countries = Map.copyOf(read.countries);
    this.countryKeys = Map.copyOf(read.countryKeys);
    this.demonymKeys = Map.copyOf(read.demonymKeys);
    this.capitals = Map.copyOf(read.capitals);
    int words = 1;
    for (Map.Entry<String, Candidate[]> e : read.places.entrySet()) {
      if (e.getValue().length > 1) {
        Arrays.sort(e.getValue(), Candidate::compareTo);
      }
      words = Math.max(words, wordCount(e.getKey()));
    }
    for (String stop : read.stops) {
      words = Math.max(words, wordCount(stop));
    }
    this.places = read.places; // no longer changed, and published through a final field
    this.stops = Set.copyOf(read.stops);
    this.maxWords = words;
  }

  private static final class Holder {
    static final Gazetteer BUNDLED = load(List.of());
  }

  /** The bundled gazetteer, loaded once. */
  public static Gazetteer load() {
    return Holder.BUNDLED;
  }

  /** The bundled gazetteer plus the places and stop phrases of {@code extraFiles}. */
  public static Gazetteer load(Path... extraFiles) {
    return load(List.of(extraFiles));
  }

  /**
   * The bundled gazetteer plus the places and stop phrases of {@code extraFiles}, read in order after the
   * bundled files (so on a tie the bundled place wins).
   *
   * @throws GazetteerException if a file cannot be read, has an unknown header or a malformed line
   */
  public static Gazetteer load(List<Path> extraFiles) {
    GazetteerReader reader = new GazetteerReader();
    for (String name : BUNDLED_FILES) {
      try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED + name)) {
        if (in == null) {
          throw new IllegalStateException("bundled gazetteer file " + BUNDLED + name + " is missing from the jar");
        }
        reader.read(BUNDLED + name, utf8(in), name.equals("countries.tsv"));
      } catch (IOException e) {
        throw new GazetteerException(BUNDLED + name, "cannot be read", e);
      }
    }
    for (Path file : extraFiles) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        reader.read(file.toString(), in, false);
      } catch (IOException e) {
        throw new GazetteerException(file.toString(), "cannot be read", e);
      }
    }
    return new Gazetteer(reader);
  }

  /** {@link #lookup(String, Collection)} with no context countries. */
  public Optional<Place> lookup(String name) {
    return lookup(name, List.of());
  }

  /**
   * The place that {@code name} most likely means: a country by its name, official name or alias (not its
   * demonym), a region or a city by its name or an alternate spelling. The whole name must match; the
   * stoplist does not apply.
   *
   * @param contextCountries ISO3 codes of countries the text is about; may be empty or {@code null}
   */
  public Optional<Place> lookup(String name, Collection<String> contextCountries) {
    Candidate[] candidates = places.get(GazetteerKeys.key(name));
    return candidates == null ? Optional.empty() : Optional.of(best(candidates, contextCountries));
  }

  /**
   * The ISO3 code of the country that {@code text} names: its name, official name, alias ("U.S.") or
   * demonym, singular or plural ("Iraqi", "Iraqis"), or the ISO3 code itself. Cities are not countries:
   * {@code countryOf("Baghdad")} is empty; use {@link #lookup(String)} for them.
   */
  public Optional<String> countryOf(String text) {
    if (text.length() == 3 && countries.containsKey(text)) {
      return Optional.of(text);
    }
    String key = GazetteerKeys.key(text);
    String iso3 = countryKeys.get(key);
    if (iso3 == null && key.endsWith("s")) {
      iso3 = demonymKeys.get(key.substring(0, key.length() - 1));
    }
    return Optional.ofNullable(iso3);
  }

  /** The capital city of the country with ISO3 code {@code iso3}, when the gazetteer knows it as a city. */
  public Optional<Place> capital(String iso3) {
    String name = capitals.get(iso3.toUpperCase(Locale.ROOT));
    if (name == null) {
      return Optional.empty();
    }
    return lookup(name, List.of(iso3.toUpperCase(Locale.ROOT)))
        .filter(p -> p.precision() == Place.Precision.CITY && iso3.equalsIgnoreCase(p.country()));
  }

  /** The country with ISO3 code {@code iso3} as a place at its centre, precision country. */
  public Optional<Place> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3.toUpperCase(Locale.ROOT)));
  }

  /**
   * The place names in a token sequence, left to right, longest first and not overlapping. A name must begin
   * and end with a capitalised token ("Gaza City" is one name, "Gaza city" is Gaza and a word), or with an
   * article joined to a capital ("al-Bab", or "al", "-", "Bab"); punctuation tokens are skipped inside a name.
   * Names and phrases of the stoplist match nothing and hide the names inside them. A lone word of two to four
   * capitals is more often an acronym than a town: it names a country, a region or a city of 100,000 people
   * or more ("GOMA"), never a smaller town ("NEMA").
   *
   * @param tokens the words of a sentence as the tokenizer gives them ("Baghdad", "'s")
   * @param contextCountries ISO3 codes of countries the text is about; may be empty or {@code null}
   * @return the matches, with token offsets into {@code tokens}
   */
  public List<PlaceMatch> match(List<String> tokens, Collection<String> contextCountries) {
    int n = tokens.size();
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = GazetteerKeys.key(tokens.get(i));
    }
    List<PlaceMatch> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (!startsName(tokens, i)) {
        i++;
        continue;
      }
      int end = -1;
      Candidate[] found = null;
      StringBuilder key = new StringBuilder();
      int words = 0;
      for (int j = i; j < n; j++) {
        if (keys[j].isEmpty()) {
          continue;
        }
        words += wordCount(keys[j]);
        if (words > maxWords) {
          break;
        }
        if (key.length() > 0) {
          key.append(' ');
        }
        key.append(keys[j]);
        if (!endsName(tokens.get(j))) {
          continue;
        }
        String k = key.toString();
        Candidate[] candidates = places.get(k);
        if (stops.contains(k)) {
          end = j + 1;
          found = null;
        } else if (candidates != null) {
          end = j + 1;
          found = candidates;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      if (found != null && end == i + 1 && isAcronym(tokens.get(i))) {
        found = withoutSmallCities(found);
      }
      if (found != null) {
        out.add(new PlaceMatch(i, end, best(found, contextCountries)));
      }
      i = end;
    }
    return List.copyOf(out);
  }

  private boolean startsName(List<String> tokens, int i) {
    String token = tokens.get(i);
    if (GazetteerKeys.capitalised(token)) {
      return true;
    }
    return i + 2 < tokens.size() && GazetteerKeys.isArticle(token) && tokens.get(i + 1).equals("-")
        && GazetteerKeys.capitalised(tokens.get(i + 2));
  }

  /** An all-capitals word of two to four letters, which in prose is an acronym (UN, NEMA) more than a town. */
  private static boolean isAcronym(String token) {
    if (token.length() < 2 || token.length() > 4) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isUpperCase(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The countries, regions and large cities among {@code candidates}; {@code null} if none. */
  private static Candidate[] withoutSmallCities(Candidate[] candidates) {
    Candidate[] kept = Arrays.stream(candidates)
        .filter(c -> c.entry().kind() != Kind.CITY || c.entry().population() >= ACRONYM_CITY_POPULATION)
        .toArray(Candidate[]::new);
    return kept.length == 0 ? null : kept;
  }

  private static boolean endsName(String token) {
    return GazetteerKeys.capitalised(token);
  }

  private static Place best(Candidate[] candidates, Collection<String> contextCountries) {
    if (contextCountries != null && !contextCountries.isEmpty()) {
      for (Candidate c : candidates) {
        String country = c.entry().place().country();
        if (country != null && contextCountries.contains(country)) {
          return c.entry().place();
        }
      }
    }
    return candidates[0].entry().place();
  }

  private static int wordCount(String key) {
    int words = 1;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  private static BufferedReader utf8(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
