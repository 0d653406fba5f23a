package org.reverb.server.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reverb.model.Actor;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.Place;
import org.reverb.model.Source;

/**
 * Events as CSV in ACLED's columns, types mapped by {@link AcledMapping}. Reverb's interval dates become one day and
 * a time precision (1 the day, 2 within a week, 3 longer or open), and the PLOVER coding, modality and confidence go
 * to {@code tags}; what Reverb does not know (admin2, admin3, source scale, associated actors) is left empty.
 */
public final class AcledCsv {

  public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
      "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
      "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
      "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
      "fatalities", "tags", "timestamp");

  private final AcledMapping mapping;

  public AcledCsv(AcledMapping mapping) {
    this.mapping = mapping;
  }

  /** The header and one row per event, CRLF line ends (RFC 4180). */
  public String render(List<Event> events) {
    StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (Event e : events) {
      List<Object> cells = row(e);
      for (int i = 0; i < cells.size(); i++) {
        sb.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
      }
      sb.append("\r\n");
    }
    return sb.toString();
  }

  /** One event's cells, in {@link #COLUMNS} order. */
  List<Object> row(Event e) {
    AcledMapping.Types types = mapping.types(e);
    Place place = e.place();
    String iso3 = place == null ? null : place.country();
    AcledMapping.Country country = mapping.country(iso3);
    LocalDate day = day(e.date());
    Integer inter1 = mapping.inter(e.actor(), iso3);
    Integer inter2 = mapping.inter(e.target(), iso3);
    Set<String> articles = new LinkedHashSet<>();
    e.mentions().forEach(s -> articles.add(s.article()));
    LocalDate lastReport = e.mentions().stream().map(Source::published).max(LocalDate::compareTo).orElseThrow();
    List<Object> cells = new ArrayList<>(COLUMNS.size());
    cells.add((iso3 == null ? "XXX" : iso3) + "-" + e.id());
    cells.add(day);
    cells.add(day == null ? null : day.getYear());
    cells.add(timePrecision(e.date()));
    cells.add(types.disorderType());
    cells.add(types.eventType());
    cells.add(types.subEventType());
    cells.add(name(e.actor()));
    cells.add(null);
    cells.add(inter1);
    cells.add(name(e.target()));
    cells.add(null);
    cells.add(inter2);
    cells.add(interaction(inter1, inter2));
    cells.add(e.target() != null && e.target().kind() == org.reverb.model.ActorKind.CIVILIANS
        ? "Civilian targeting" : null);
    cells.add(country == null ? null : country.isoNumeric());
    cells.add(country == null ? null : country.region());
    cells.add(country == null ? iso3 : country.name());
    cells.add(place == null ? null : place.admin1());
    cells.add(null);
    cells.add(null);
    cells.add(place == null ? null : place.name());
    cells.add(place == null ? null : place.lat());
    cells.add(place == null ? null : place.lon());
    cells.add(place == null ? null : switch (place.precision()) {
      case CITY -> 1;
      case ADMIN1 -> 2;
      case COUNTRY -> 3;
    });
    cells.add(String.join("; ", articles));
    cells.add(null);
    cells.add(e.mentions().get(0).sentence());
    cells.add(e.fatalities() == null ? 0 : e.fatalities());
    cells.add("plover=" + e.type() + (e.mode() == null ? "" : "/" + e.mode()) + "; modality=" + e.modality().key()
        + "; confidence=" + String.format(Locale.ROOT, "%.2f", e.confidence()));
    cells.add(lastReport.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
    return cells;
  }

  /** The day ACLED's single date takes: the day itself, else the middle of a closed interval, else its known end. */
  static LocalDate day(DateSpan d) {
    if (d == null) {
      return null;
    }
    if (d.earliest() != null && d.latest() != null) {
      return d.earliest().plusDays(ChronoUnit.DAYS.between(d.earliest(), d.latest()) / 2);
    }
    return d.earliest() != null ? d.earliest() : d.latest();
  }

  /** 1 for a day, 2 for an interval of a week or less, 3 for longer or open intervals; null when undated. */
  static Integer timePrecision(DateSpan d) {
    if (d == null) {
      return null;
    }
    if (d.earliest() == null || d.latest() == null) {
      return 3;
    }
    long days = ChronoUnit.DAYS.between(d.earliest(), d.latest()) + 1;
    return days == 1 ? 1 : days <= 7 ? 2 : 3;
  }

  /** ACLED's interaction: the two actor type codes, lower first ("13"); one actor alone is its code and 0 ("10"). */
  static String interaction(Integer a, Integer b) {
    if (a == null && b == null) {
      return null;
    }
    if (a == null || b == null) {
      return (a == null ? b : a) + "0";
    }
    return Math.min(a, b) + "" + Math.max(a, b);
  }

  private static String name(Actor a) {
    return a == null ? null : a.name();
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    boolean quote = s.indexOf('"') >= 0 || s.indexOf(',') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
