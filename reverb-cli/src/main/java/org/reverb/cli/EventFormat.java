package org.reverb.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Locale;
import org.reverb.json.EventJson;
import org.reverb.model.Actor;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;

/** How {@code reverb events} prints: an aligned table for people, JSON and CSV for programs. */
enum EventFormat {
  table {
    @Override
    String render(List<Event> events) {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "%-23s %-22s %-22s %-22s %-20s %6s %-12s %s%n", "DATE", "TYPE/MODE",
          "ACTOR", "TARGET", "PLACE", "DEAD", "MODALITY", "SRC"));
      for (Event e : events) {
        sb.append(String.format(Locale.ROOT, "%-23s %-22s %-22s %-22s %-20s %6s %-12s %d%n", date(e.date()),
            cut(e.type() + (e.mode() == null ? "" : "/" + e.mode()), 22), cut(actorName(e.actor()), 22),
            cut(actorName(e.target()), 22), cut(e.place() == null ? "-" : e.place().name() + " (" + e.place().country() + ")", 20),
            e.fatalities() == null ? "-" : e.fatalities().toString(), e.modality().key(), e.mentions().size()));
      }
      sb.append(events.size()).append(events.size() == 1 ? " event" : " events").append(System.lineSeparator());
      return sb.toString();
    }
  },
  json {
    @Override
    String render(List<Event> events) {
      ArrayNode array = EventJson.MAPPER.createArrayNode();
      events.forEach(e -> array.add(EventJson.toJson(e)));
      try {
        return EventJson.MAPPER.writeValueAsString(array) + System.lineSeparator();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("events could not be written as JSON", e);
      }
    }
  },
  csv {
    @Override
    String render(List<Event> events) {
      StringBuilder sb = new StringBuilder("id,type,mode,actor,actor_name,target,target_name,place,country,admin1,"
          + "lat,lon,earliest,latest,precision,fatalities,injured,modality,confidence,sources,sentence\r\n");
      for (Event e : events) {
        Object[] cells = {e.id(), e.type(), e.mode(), e.actor() == null ? null : e.actor().id(), actorName(e.actor()),
            e.target() == null ? null : e.target().id(), actorName(e.target()),
            e.place() == null ? null : e.place().name(), e.place() == null ? null : e.place().country(),
            e.place() == null ? null : e.place().admin1(), e.place() == null ? null : e.place().lat(),
            e.place() == null ? null : e.place().lon(), e.date() == null ? null : e.date().earliest(),
            e.date() == null ? null : e.date().latest(), e.date() == null ? null : e.date().precision().key(),
            e.fatalities(), e.injured(), e.modality().key(), e.confidence(), e.mentions().size(),
            e.mentions().get(0).sentence()};
        for (int i = 0; i < cells.length; i++) {
          if (i > 0) {
            sb.append(',');
          }
          sb.append(cell(cells[i]));
        }
        sb.append("\r\n");
      }
      return sb.toString();
    }
  };

  abstract String render(List<Event> events);

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    boolean quote = s.indexOf('"') >= 0 || s.indexOf(',') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static String actorName(Actor a) {
    return a == null ? "-" : a.name();
  }

  static String date(DateSpan d) {
    if (d == null) {
      return "-";
    }
    if (d.earliest() != null && d.earliest().equals(d.latest())) {
      return d.earliest().toString();
    }
    return (d.earliest() == null ? "…" : d.earliest().toString()) + ".." + (d.latest() == null ? "…" : d.latest().toString());
  }

  static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
