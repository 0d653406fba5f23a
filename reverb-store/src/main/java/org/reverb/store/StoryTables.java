package org.reverb.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reverb.json.EventJson;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.story.Story;
import org.reverb.story.StoryAssignment;
import org.reverb.story.StoryCandidates;
import org.reverb.story.StoryFeatures;
import org.reverb.story.StoryProfile;
import org.reverb.story.StoryThreader;
import org.reverb.story.StoryTitles;

/**
 * Stories in the tables of {@code V2__stories.sql}, on a connection the caller owns (and in its transaction), beside
 * the {@link EventTables} of the same connection. Shared by every JDBC store.
 */
final class StoryTables {

  /** How many actor names a story lists. */
  private static final int ACTORS = 6;

  private static final ObjectWriter COMPACT = EventJson.MAPPER.writer()
      .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

  private final Connection c;
  private final EventTables events;
  private final String store;

  StoryTables(Connection c, EventTables events, String store) {
    this.c = c;
    this.events = events;
    this.store = store;
  }

  /**
   * Threads a just-stored article into a story, in the caller's transaction: a replaced article first leaves its old
   * story; then the article and those of its events that have no story yet join the story {@code threader} picks,
   * and the stories touched get their title and counts again.
   */
  void thread(Article article, List<Event> told, StoryThreader threader) throws SQLException {
    String old = string("SELECT story_id FROM story_articles WHERE article_id = ?", article.id());
    if (old != null) {
      update("DELETE FROM story_articles WHERE article_id = ?", article.id());
    }
    StoryCandidates candidates = this::nearUnchecked;
    Optional<StoryAssignment> assigned;
    try {
      assigned = threader.thread(article, told, candidates);
    } catch (EventTables.Unchecked e) {
      throw e.cause;
    }
    if (assigned.isPresent()) {
      StoryAssignment a = assigned.get();
      if (string("SELECT id FROM stories WHERE id = ?", a.story()) == null) {
        String day = article.published().toString();
        update("INSERT INTO stories (id, title, first_published, last_published, actors, article_count, event_count, "
            + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", a.story(), "", day, day, "[]", 0, 0,
            Instant.now().toString());
      }
      update("INSERT INTO story_articles (article_id, story_id, published, score, features) VALUES (?, ?, ?, ?, ?)",
          article.id(), a.story(), article.published().toString(), a.score(),
          toJson(StoryFeatures.of(article, told)));
      update("UPDATE events SET story = ? WHERE story IS NULL AND id IN "
          + "(SELECT event_id FROM event_mentions WHERE article_id = ?)", a.story(), article.id());
      refresh(a.story());
    }
    if (old != null && (assigned.isEmpty() || !assigned.get().story().equals(old))) {
      refresh(old);
    }
  }

  List<Story> stories() throws SQLException {
    return read("SELECT id, title, first_published, last_published, actors, event_count FROM stories "
        + "ORDER BY first_published, id");
  }

  Optional<Story> story(String id) throws SQLException {
    return read("SELECT id, title, first_published, last_published, actors, event_count FROM stories WHERE id = ?",
        id).stream().findFirst();
  }

  /** The candidates of {@link StoryCandidates}: stories near in time, and stories holding the article's events. */
  private List<StoryProfile> near(StoryFeatures article) throws SQLException {
    Set<String> ids = new LinkedHashSet<>(strings("SELECT id FROM stories WHERE first_published <= ? AND "
            + "last_published >= ? ORDER BY id", article.last().plusDays(StoryCandidates.WINDOW_DAYS).toString(),
        article.first().minusDays(StoryCandidates.WINDOW_DAYS).toString()));
    List<String> told = List.copyOf(article.events());
    for (int from = 0; from < told.size(); from += 500) {
      List<String> chunk = told.subList(from, Math.min(told.size(), from + 500));
      ids.addAll(strings("SELECT DISTINCT story FROM events WHERE story IS NOT NULL AND id IN ("
          + "?, ".repeat(chunk.size() - 1) + "?)", chunk.toArray()));
    }
    List<StoryProfile> out = new ArrayList<>();
    for (String id : ids) {
      StoryFeatures f = null;
      for (String json : strings("SELECT features FROM story_articles WHERE story_id = ? ORDER BY article_id", id)) {
        StoryFeatures one = fromJson(json);
        f = f == null ? one : f.plus(one);
      }
      if (f != null) {
        out.add(new StoryProfile(id, f.withEvents(new TreeSet<>(strings("SELECT id FROM events WHERE story = ?", id)))));
      }
    }
    return out;
  }

  private List<StoryProfile> nearUnchecked(StoryFeatures article) {
    try {
      return near(article);
    } catch (SQLException e) {
      throw new EventTables.Unchecked(e);
    }
  }

  /** Recomputes a story's span, title, actors and counts from its articles and events; drops it when empty. */
  private void refresh(String story) throws SQLException {
    List<String> days = strings("SELECT published FROM story_articles WHERE story_id = ? ORDER BY published", story);
    if (days.isEmpty()) {
      update("UPDATE events SET story = NULL WHERE story = ?", story);
      update("DELETE FROM stories WHERE id = ?", story);
      return;
    }
    LocalDate first = LocalDate.parse(days.get(0));
    LocalDate last = LocalDate.parse(days.get(days.size() - 1));
    List<Event> own = events.storyEvents(story);
    ArrayNode actors = EventJson.MAPPER.createArrayNode();
    StoryTitles.actors(own).stream().limit(ACTORS).forEach(actors::add);
    update("UPDATE stories SET title = ?, first_published = ?, last_published = ?, actors = ?, article_count = ?, "
            + "event_count = ? WHERE id = ?", StoryTitles.title(own, first, last), first.toString(), last.toString(),
        compact(actors), days.size(), own.size(), story);
  }

  private List<Story> read(String sql, Object... params) throws SQLException {
    record Row(String id, String title, String first, String last, String actors, int events) {}
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      EventTables.bind(p, params);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getInt(6)));
        }
      }
    }
    List<Story> out = new ArrayList<>();
    for (Row r : rows) {
      List<String> articles = strings("SELECT article_id FROM story_articles WHERE story_id = ? "
          + "ORDER BY published, article_id", r.id);
      List<String> actors = new ArrayList<>();
      try {
        EventJson.MAPPER.readTree(r.actors).forEach(n -> actors.add(n.asText()));
      } catch (JsonProcessingException e) {
        throw new StoreException(store + ": stored story " + r.id + " cannot be read (" + e.getOriginalMessage()
            + "); the store was changed outside Reverb or is damaged", e);
      }
      out.add(new Story(r.id, r.title, LocalDate.parse(r.first), LocalDate.parse(r.last), articles, actors, r.events));
    }
    return out;
  }

  static String toJson(StoryFeatures f) {
    ObjectNode n = EventJson.MAPPER.createObjectNode();
    n.put("first", f.first().toString());
    n.put("last", f.last().toString());
    n.set("actors", EventJson.MAPPER.valueToTree(f.actors()));
    n.set("countries", EventJson.MAPPER.valueToTree(f.countries()));
    n.set("terms", EventJson.MAPPER.valueToTree(f.terms()));
    n.set("events", EventJson.MAPPER.valueToTree(f.events()));
    return compact(n);
  }

  private static String compact(JsonNode n) {
    try {
      return COMPACT.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a story could not be written as JSON", e);
    }
  }

  private StoryFeatures fromJson(String json) {
    try {
      JsonNode n = EventJson.MAPPER.readTree(json);
      Set<String> told = new TreeSet<>();
      n.path("events").forEach(e -> told.add(e.asText()));
      return new StoryFeatures(LocalDate.parse(n.get("first").asText()), LocalDate.parse(n.get("last").asText()),
          counts(n.path("actors")), counts(n.path("countries")), counts(n.path("terms")), told);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new StoreException(store + ": stored story features cannot be read (" + e.getMessage()
          + "); the store was changed outside Reverb or is damaged", e);
    }
  }

  private static Map<String, Integer> counts(JsonNode n) {
    Map<String, Integer> out = new TreeMap<>();
    n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
    return out;
  }

  private String string(String sql, Object... params) throws SQLException {
    List<String> all = strings(sql, params);
    return all.isEmpty() ? null : all.get(0);
  }

  private List<String> strings(String sql, Object... params) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      EventTables.bind(p, params);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private void update(String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      EventTables.bind(p, params);
      p.executeUpdate();
    }
  }
}
