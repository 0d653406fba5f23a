package org.reverb.server.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.model.Event;
import org.reverb.model.EventType;

/**
 * What ACLED calls Reverb's events, from three data files beside this class: {@code acled-types.tsv} (PLOVER type and
 * mode → event type, sub-event type, disorder type), {@code acled-inter.tsv} (actor kind → actor type code) and
 * {@code acled-countries.tsv} (ISO3 → ISO numeric, name, ACLED region). A bad row fails with its file and line.
 */
public final class AcledMapping {

  /** ACLED's event type, sub-event type and disorder type for one event. */
  public record Types(String eventType, String subEventType, String disorderType) {}

  /** A country as ACLED's columns give it. */
  public record Country(String iso3, String isoNumeric, String name, String region) {}

  private record TypeRule(EventType type, String mode, boolean civiliansOnly, Types types) {
    boolean matches(Event e) {
      return type == e.type() && (mode == null || mode.equals(e.mode()))
          && (!civiliansOnly || e.target() != null && e.target().kind() == ActorKind.CIVILIANS);
    }
  }

  static final Types OTHER = new Types("Strategic developments", "Other", "Strategic developments");

  private final List<TypeRule> rules;
  private final Map<ActorKind, Integer> inter;
  private final Map<String, Country> countries;

  private AcledMapping(List<TypeRule> rules, Map<ActorKind, Integer> inter, Map<String, Country> countries) {
    this.rules = List.copyOf(rules);
    this.inter = Map.copyOf(inter);
    this.countries = Map.copyOf(countries);
  }

  /** The mapping bundled with Reverb. */
  public static AcledMapping bundled() {
    List<TypeRule> rules = new ArrayList<>();
    for (Line l : rows("acled-types.tsv", 6)) {
      try {
        rules.add(new TypeRule(EventType.of(l.cells[0]), l.cells[1].equals("*") ? null : l.cells[1],
            switch (l.cells[2]) {
              case "*" -> false;
              case "civilians" -> true;
              default -> throw new IllegalArgumentException("target must be * or civilians");
            }, new Types(l.cells[3], l.cells[4], l.cells[5])));
      } catch (IllegalArgumentException e) {
        throw l.error(e.getMessage());
      }
    }
    Map<ActorKind, Integer> inter = new HashMap<>();
    for (Line l : rows("acled-inter.tsv", 2)) {
      try {
        inter.put(ActorKind.of(l.cells[0]), Integer.parseInt(l.cells[1]));
      } catch (IllegalArgumentException e) {
        throw l.error(e.getMessage());
      }
    }
    Map<String, Country> countries = new HashMap<>();
    for (Line l : rows("acled-countries.tsv", 4)) {
      countries.put(l.cells[0], new Country(l.cells[0], l.cells[1], l.cells[2], l.cells[3]));
    }
    return new AcledMapping(rules, inter, countries);
  }

  /** The event's ACLED types: the first matching row, else Strategic developments / Other. */
  public Types types(Event e) {
    return rules.stream().filter(r -> r.matches(e)).map(TypeRule::types).findFirst().orElse(OTHER);
  }

  /** ACLED's actor type code for {@code a} in an event placed in {@code country}, or null. */
  public Integer inter(Actor a, String country) {
    if (a == null) {
      return null;
    }
    Integer code = inter.get(a.kind());
    boolean abroad = a.country() != null && country != null && !a.country().equals(country);
    return code != null && code == 1 && abroad ? Integer.valueOf(8) : code;
  }

  /** The country with this ISO3 code, or null. */
  public Country country(String iso3) {
    return iso3 == null ? null : countries.get(iso3);
  }

  private record Line(String file, int number, String[] cells) {
    IllegalStateException error(String what) {
      return new IllegalStateException(file + " line " + number + ": " + what);
    }
  }

  private static List<Line> rows(String file, int columns) {
    List<Line> out = new ArrayList<>();
    try (InputStream in = AcledMapping.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        Line l = new Line(file, number, cells);
        if (cells.length != columns) {
          throw l.error("expected " + columns + " tab-separated columns, found " + cells.length);
        }
        out.add(l);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }
}
