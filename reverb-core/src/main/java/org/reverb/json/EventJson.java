package org.reverb.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Link;
import org.reverb.model.Modality;
import org.reverb.model.Place;
import org.reverb.model.Precision;
import org.reverb.model.Source;

/** Converts events and their parts to and from DESIGN.md's Event JSON; unknown values are JSON {@code null}. */
public final class EventJson {

  /** One shared mapper: indented output, dates as ISO strings. */
  public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EventJson() {}

  public static ObjectNode toJson(Event e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", e.id());
    n.put("type", e.type().name());
    n.put("mode", e.mode());
    n.set("actor", toJson(e.actor()));
    n.set("target", toJson(e.target()));
    n.set("place", toJson(e.place()));
    n.set("date", toJson(e.date()));
    putInt(n, "fatalities", e.fatalities());
    putInt(n, "injured", e.injured());
    n.put("modality", e.modality().key());
    n.put("confidence", Math.round(e.confidence() * 100) / 100.0);
    n.put("story", e.story());
    ArrayNode mentions = n.putArray("mentions");
    for (Source s : e.mentions()) {
      ObjectNode m = mentions.addObject();
      m.put("article", s.article());
      m.put("published", s.published().toString());
      m.put("sentence", s.sentence());
      m.put("trigger", s.trigger());
    }
    ArrayNode links = n.putArray("links");
    for (Link l : e.links()) {
      ObjectNode m = links.addObject();
      m.put("type", l.type().key());
      m.put("event", l.event());
      m.put("evidence", l.evidence());
    }
    return n;
  }

  public static Event event(JsonNode n) {
    List<Source> mentions = new ArrayList<>();
    for (JsonNode m : n.path("mentions")) {
      mentions.add(new Source(m.get("article").asText(), LocalDate.parse(m.get("published").asText()),
          m.get("sentence").asText(), m.get("trigger").asText()));
    }
    List<Link> links = new ArrayList<>();
    for (JsonNode l : n.path("links")) {
      links.add(new Link(Link.Type.of(l.get("type").asText()), l.get("event").asText(), text(l, "evidence")));
    }
    return new Event(n.get("id").asText(), EventType.of(n.get("type").asText()), text(n, "mode"),
        actor(n.get("actor")), actor(n.get("target")), place(n.get("place")), date(n.get("date")),
        integer(n, "fatalities"), integer(n, "injured"), Modality.of(n.get("modality").asText()),
        n.path("confidence").asDouble(), text(n, "story"), mentions, links);
  }

  public static JsonNode toJson(Actor a) {
    if (a == null) {
      return MAPPER.nullNode();
    }
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("name", a.name());
    n.put("kind", a.kind().key());
    n.put("country", a.country());
    n.put("sponsor", a.sponsor());
    return n;
  }

  public static Actor actor(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    return new Actor(n.get("id").asText(), n.get("name").asText(), ActorKind.of(n.get("kind").asText()),
        text(n, "country"), text(n, "sponsor"));
  }

  public static JsonNode toJson(Place p) {
    if (p == null) {
      return MAPPER.nullNode();
    }
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", p.name());
    n.put("country", p.country());
    n.put("admin1", p.admin1());
    if (p.lat() == null) {
      n.putNull("lat");
      n.putNull("lon");
    } else {
      n.put("lat", p.lat());
      n.put("lon", p.lon());
    }
    n.put("precision", p.precision().key());
    return n;
  }

  public static Place place(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    Double lat = n.path("lat").isNumber() ? n.get("lat").asDouble() : null;
    Double lon = n.path("lon").isNumber() ? n.get("lon").asDouble() : null;
    return new Place(n.get("name").asText(), text(n, "country"), text(n, "admin1"), lat, lon,
        Place.Precision.of(n.get("precision").asText()));
  }

  public static JsonNode toJson(DateSpan d) {
    if (d == null) {
      return MAPPER.nullNode();
    }
    ObjectNode n = MAPPER.createObjectNode();
    n.put("earliest", d.earliest() == null ? null : d.earliest().toString());
    n.put("latest", d.latest() == null ? null : d.latest().toString());
    n.put("precision", d.precision().key());
    return n;
  }

  public static DateSpan date(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    String earliest = text(n, "earliest");
    String latest = text(n, "latest");
    return new DateSpan(earliest == null ? null : LocalDate.parse(earliest),
        latest == null ? null : LocalDate.parse(latest), Precision.of(n.get("precision").asText()));
  }

  private static void putInt(ObjectNode n, String field, Integer value) {
    if (value == null) {
      n.putNull(field);
    } else {
      n.put(field, value);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Integer integer(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asInt();
  }
}
