package org.reverb.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reverb.json.EventJson;
import org.reverb.model.Article;
import org.reverb.model.Event;

/**
 * An article (and, after extraction, its events) with its place in the input, as the JSON string that travels
 * between the job's operators. Lossless: events are Event JSON with the confidence unrounded.
 */
record Records(long order, Article article, List<Event> events) {

  private static final ObjectWriter COMPACT = EventJson.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  Records {
    events = List.copyOf(events);
  }

  /** The record as one line of JSON. */
  String encode() {
    ObjectNode n = EventJson.MAPPER.createObjectNode();
    n.put("order", order);
    ObjectNode a = n.putObject("article");
    a.put("id", article.id());
    a.put("published", article.published().toString());
    a.put("title", article.title());
    a.put("text", article.text());
    a.put("url", article.url());
    a.put("source", article.source());
    ArrayNode es = n.putArray("events");
    for (Event e : events) {
      es.add(EventJson.toJson(e).put("confidence", e.confidence()));
    }
    try {
      return COMPACT.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("article " + article.id() + " could not be written as JSON", e);
    }
  }

  static Records decode(String json) {
    try {
      JsonNode n = EventJson.MAPPER.readTree(json);
      JsonNode a = n.get("article");
      Article article = new Article(a.get("id").asText(), LocalDate.parse(a.get("published").asText()),
          text(a, "title"), a.get("text").asText(), text(a, "url"), text(a, "source"));
      List<Event> events = new ArrayList<>();
      n.path("events").forEach(e -> events.add(EventJson.event(e)));
      return new Records(n.get("order").asLong(), article, events);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a Reverb job record: " + e.getOriginalMessage(), e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
