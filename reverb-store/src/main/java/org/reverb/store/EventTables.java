package org.reverb.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reverb.json.EventJson;
import org.reverb.model.Actor;
import org.reverb.model.Article;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Link;
import org.reverb.model.Modality;
import org.reverb.model.Place;
import org.reverb.model.Precision;
import org.reverb.model.Source;
import org.reverb.resolve.SimilarityEventResolver;
import org.reverb.store.EventStore.PutResult;

/**
 * Articles and events in the tables of {@code migrations/}, with portable, parameterised SQL on a connection the
 * caller owns: the caller opens and ends transactions, and serialises use. Shared by every JDBC store.
 */
final class EventTables {

  /** Ids per {@code IN (…)} list when loading mentions and links, well under every database's parameter limit. */
  private static final int CHUNK = 500;

  private static final String EVENT_COLUMNS = "id, type, mode, actor, target, place, earliest, latest, "
      + "date_precision, fatalities, injured, modality, confidence, story";

  /** Dated events by earliest day, then those open at the start by latest day, then undated ones; ties by id. */
  private static final String ORDER = " ORDER BY CASE WHEN earliest IS NOT NULL THEN 0 WHEN latest IS NOT NULL "
      + "THEN 1 ELSE 2 END, earliest, CASE WHEN earliest IS NULL THEN latest END, id";

  private final Connection c;
  private final String store;

  /** {@code store} names the store in error messages. */
  EventTables(Connection c, String store) {
    this.c = c;
    this.store = store;
  }

  boolean containsContent(String contentHash) throws SQLException {
    return exists("SELECT 1 FROM articles WHERE content_hash = ?", contentHash);
  }

  /** {@link EventStore#put}'s work, inside the caller's transaction; on an exception the caller rolls back. */
  PutResult put(Article article, List<Event> events) throws SQLException {
    String hash = article.contentHash();
    if (containsContent(hash)) {
      return PutResult.UNCHANGED;
    }
    boolean replacing = exists("SELECT 1 FROM articles WHERE id = ?", article.id());
    if (replacing) {
      removeMentionsOf(article.id());
    }
    String sql = replacing
        ? "UPDATE articles SET content_hash = ?, published = ?, title = ?, url = ?, source = ?, text = ?, "
            + "ingested_at = ? WHERE id = ?"
        : "INSERT INTO articles (content_hash, published, title, url, source, text, ingested_at, id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    update(sql, hash, article.published().toString(), article.title(), article.url(), article.source(),
        article.text(), Instant.now().toString(), article.id());
    Set<String> stored = new HashSet<>(Set.of(article.id()));
    for (Event e : events) {
      for (Source s : e.mentions()) {
        requireArticle(e, s.article(), stored);
      }
      if (exists("SELECT 1 FROM events WHERE id = ?", e.id())) {
        merge(e);
      } else {
        insert(e);
      }
    }
    return replacing ? PutResult.REPLACED : PutResult.ADDED;
  }

  List<Event> events(EventQuery q) throws SQLException {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT " + EVENT_COLUMNS + " FROM events" + where(q, params));
    sql.append(ORDER);
    if (q.limit() > 0 || q.offset() > 0) {
      sql.append(" LIMIT ? OFFSET ?");
      params.add(q.limit() > 0 ? q.limit() : Long.MAX_VALUE);
      params.add(q.offset());
    }
    return read(sql.toString(), params.toArray());
  }

  /** {@link #events(EventQuery)} for callers that cannot throw {@link SQLException}: it comes as {@link Unchecked}. */
  List<Event> eventsUnchecked(EventQuery q) {
    try {
      return events(q);
    } catch (SQLException e) {
      throw new Unchecked(e);
    }
  }

  /** Carries a {@link SQLException} through a stage interface that cannot throw it, to be unwrapped by the caller. */
  static final class Unchecked extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient SQLException cause;

    Unchecked(SQLException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  Optional<Event> event(String id) throws SQLException {
    return read("SELECT " + EVENT_COLUMNS + " FROM events WHERE id = ?", id).stream().findFirst();
  }

  long count(String table) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // ---- Stories and escalation (issue 4): reads for StoryTables and the timeline verbs ----

  /** The events of a story, in the store's date order. */
  List<Event> storyEvents(String story) throws SQLException {
    return read("SELECT " + EVENT_COLUMNS + " FROM events WHERE story = ?" + ORDER, story);
  }

  /** The events whose actor and target are the two parties (ids or names, case-insensitive), either way round. */
  List<Event> pairEvents(String a, String b) throws SQLException {
    return read("SELECT " + EVENT_COLUMNS + " FROM events WHERE id IN (SELECT event_id FROM event_actor_keys WHERE "
        + "actor_key = ?) AND id IN (SELECT event_id FROM event_actor_keys WHERE actor_key = ?)" + ORDER, key(a), key(b));
  }

  // ---- end of stories and escalation ----

  // ---- Reads for the desk (REST API, dashboard, exports): filters, counts and aggregates. ----

  /** The {@code WHERE} clause of {@code q}'s filters (not its page), its parameters appended to {@code params}. */
  private static String where(EventQuery q, List<Object> params) {
    StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    if (q.type() != null) {
      sql.append(" AND type = ?");
      params.add(q.type().name());
    }
    if (q.mode() != null) {
      sql.append(" AND mode = ?");
      params.add(q.mode().toLowerCase(Locale.ROOT));
    }
    if (q.actor() != null) {
      sql.append(" AND id IN (SELECT event_id FROM event_actor_keys WHERE actor_key = ?)");
      params.add(key(q.actor()));
    }
    if (q.target() != null) {
      sql.append(" AND LOWER(target_id) = ?");
      params.add(key(q.target()));
    }
    if (q.country() != null) {
      sql.append(" AND place_country = ?");
      params.add(q.country().strip().toUpperCase(Locale.ROOT));
    }
    // Interval overlap, a null end being open; an undated event matches no date filter. Written with COALESCE so
    // that the events_span index (V3) answers it.
    if (q.from() != null) {
      sql.append(" AND date_precision IS NOT NULL AND COALESCE(latest, '9999-12-31') >= ?");
      params.add(q.from().toString());
    }
    if (q.to() != null) {
      sql.append(" AND date_precision IS NOT NULL AND COALESCE(earliest, '0000-01-01') <= ?");
      params.add(q.to().toString());
    }
    if (q.text() != null) {
      String like = "%" + key(q.text()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      sql.append(" AND (LOWER(actor_id) LIKE ? ESCAPE '\\' OR LOWER(target_id) LIKE ? ESCAPE '\\'"
          + " OR id IN (SELECT event_id FROM event_mentions WHERE LOWER(sentence) LIKE ? ESCAPE '\\'))");
      params.add(like);
      params.add(like);
      params.add(like);
    }
    return sql.toString();
  }

  /** How many events match {@code q}'s filters, whatever its page. */
  long count(EventQuery q) throws SQLException {
    List<Object> params = new ArrayList<>();
    String sql = "SELECT COUNT(*) FROM events" + where(q, params);
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params.toArray());
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Every actor or target of the matching events, with its counts, most events first, then by id. */
  List<ActorCount> actors(EventQuery q) throws SQLException {
    Map<String, Long> asActor = counts("actor_id", q, "actor_id IS NOT NULL");
    Map<String, Long> asTarget = counts("target_id", q, "target_id IS NOT NULL");
    Map<String, Long> both = counts("actor_id", q, "actor_id = target_id");
    Set<String> ids = new HashSet<>(asActor.keySet());
    ids.addAll(asTarget.keySet());
    List<ActorCount> out = new ArrayList<>();
    for (String id : ids) {
      long a = asActor.getOrDefault(id, 0L);
      long t = asTarget.getOrDefault(id, 0L);
      out.add(new ActorCount(actorById(id), a + t - both.getOrDefault(id, 0L), a, t));
    }
    out.sort(java.util.Comparator.comparingLong(ActorCount::events).reversed()
        .thenComparing(c -> c.actor().id()));
    return out;
  }

  /** Matching events per value of {@code column}, among those where {@code condition} holds. */
  private Map<String, Long> counts(String column, EventQuery q, String condition) throws SQLException {
    List<Object> params = new ArrayList<>();
    String sql = "SELECT " + column + ", COUNT(*) FROM events" + where(q, params) + " AND " + condition
        + " GROUP BY " + column;
    Map<String, Long> out = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params.toArray());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return out;
  }

  /** The stored actor with this id, as one of the events that name it gives it. */
  private Actor actorById(String id) throws SQLException {
    for (String side : new String[] {"actor", "target"}) {
      try (PreparedStatement p = c.prepareStatement(
          "SELECT " + side + " FROM events WHERE " + side + "_id = ? LIMIT 1")) {
        bind(p, id);
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next()) {
            return storedActor(id, rs.getString(1));
          }
        }
      }
    }
    throw new StoreException(store + ": actor " + id + " vanished while it was being read");
  }

  /**
   * The (actor, target) pairs of the matching events that name both, most events first, at most {@code limit}
   * of them (0 for all).
   */
  List<PairCount> pairs(EventQuery q, int limit) throws SQLException {
    List<Object> params = new ArrayList<>();
    String sql = "SELECT actor_id, target_id, COUNT(*), SUM(fatalities) FROM events"
        + where(q, params) + " AND actor_id IS NOT NULL AND target_id IS NOT NULL"
        + " GROUP BY actor_id, target_id ORDER BY COUNT(*) DESC, actor_id, target_id"
        + (limit > 0 ? " LIMIT " + limit : "");
    List<String[]> ids = new ArrayList<>();
    List<long[]> counts = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params.toArray());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          ids.add(new String[] {rs.getString(1), rs.getString(2)});
          counts.add(new long[] {rs.getLong(3), rs.getLong(4)});
        }
      }
    }
    Map<String, Actor> actors = new HashMap<>();
    List<PairCount> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Actor a = actors.computeIfAbsent(ids.get(i)[0], this::actorUnchecked);
      Actor t = actors.computeIfAbsent(ids.get(i)[1], this::actorUnchecked);
      out.add(new PairCount(a, t, counts.get(i)[0], counts.get(i)[1]));
    }
    return out;
  }

  private Actor actorUnchecked(String id) {
    try {
      return actorById(id);
    } catch (SQLException e) {
      throw new StoreException(store + ": cannot read actor " + id + ": " + e.getMessage(), e);
    }
  }

  /** The places of the matching events that have one, with counts, most events first, at most {@code limit}. */
  List<PlaceCount> places(EventQuery q, int limit) throws SQLException {
    List<Object> params = new ArrayList<>();
    String sql = "SELECT place, COUNT(*), SUM(fatalities) FROM events" + where(q, params)
        + " AND place IS NOT NULL GROUP BY place ORDER BY COUNT(*) DESC, place" + (limit > 0 ? " LIMIT " + limit : "");
    List<PlaceCount> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params.toArray());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          try {
            out.add(new PlaceCount(place(rs.getString(1)), rs.getLong(2), rs.getLong(3)));
          } catch (JsonProcessingException | RuntimeException e) {
            throw new StoreException(store + ": a stored place cannot be read (" + e.getMessage()
                + "); the store was changed outside Reverb or is damaged", e);
          }
        }
      }
    }
    return out;
  }

  private Actor storedActor(String id, String json) {
    try {
      return EventJson.actor(tree(json));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new StoreException(store + ": stored actor " + id + " cannot be read (" + e.getMessage()
          + "); the store was changed outside Reverb or is damaged", e);
    }
  }

  // ---- End of the desk's reads. ----

  /** Deletes the article's mentions, then the events left with none. */
  private void removeMentionsOf(String article) throws SQLException {
    List<String> touched = strings("SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?", article);
    update("DELETE FROM event_mentions WHERE article_id = ?", article);
    for (String event : touched) {
      if (!exists("SELECT 1 FROM event_mentions WHERE event_id = ?", event)) {
        update("DELETE FROM event_links WHERE event_id = ?", event);
        update("DELETE FROM event_actor_keys WHERE event_id = ?", event);
        update("DELETE FROM events WHERE id = ?", event);
      }
    }
  }

  private void requireArticle(Event e, String article, Set<String> stored) throws SQLException {
    if (!stored.contains(article)) {
      if (!exists("SELECT 1 FROM articles WHERE id = ?", article)) {
        throw new StoreException(store + ": event " + e.id() + " cites article " + article
            + ", which is not stored; put that article first");
      }
      stored.add(article);
    }
  }

  private void insert(Event e) throws SQLException {
    DateSpan d = e.date();
    update("INSERT INTO events (id, type, mode, actor_id, actor, target_id, target, place_country, place, earliest, "
            + "latest, date_precision, fatalities, injured, modality, confidence, story) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        e.id(), e.type().name(), e.mode(),
        e.actor() == null ? null : e.actor().id(), json(e.actor()),
        e.target() == null ? null : e.target().id(), json(e.target()),
        e.place() == null ? null : e.place().country(), e.place() == null ? null : EventJson.toJson(e.place()).toString(),
        d == null || d.earliest() == null ? null : d.earliest().toString(),
        d == null || d.latest() == null ? null : d.latest().toString(),
        d == null ? null : d.precision().key(),
        e.fatalities(), e.injured(), e.modality().key(), e.confidence(), e.story());
    insertMentions(e.id(), 0, e.mentions());
    insertLinks(e.id(), 0, e.links());
    insertActorKeys(e.id(), actorKeys(e));
  }

  private static Set<String> actorKeys(Event e) {
    Set<String> keys = new LinkedHashSet<>();
    for (Actor a : new Actor[] {e.actor(), e.target()}) {
      if (a != null) {
        keys.add(key(a.id()));
        keys.add(key(a.name()));
      }
    }
    return keys;
  }

  private void insertActorKeys(String event, Set<String> keys) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO event_actor_keys (event_id, actor_key) VALUES (?, ?)")) {
      for (String k : keys) {
        bind(p, event, k);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /**
   * Appends the sources and links the stored event does not have yet, and updates its fields where {@code e} says
   * more, by {@link SimilarityEventResolver#mostSpecific} (tighter date, actor over null, finer place, larger toll).
   */
  private void merge(Event e) throws SQLException {
    Event stored = event(e.id()).orElseThrow();
    Event merged = SimilarityEventResolver.mostSpecific(stored, e);
    DateSpan d = merged.date();
    update("UPDATE events SET mode = ?, actor_id = ?, actor = ?, target_id = ?, target = ?, place_country = ?, "
            + "place = ?, earliest = ?, latest = ?, date_precision = ?, fatalities = ?, injured = ?, confidence = ?, "
            + "story = ? WHERE id = ?",
        merged.mode(), merged.actor() == null ? null : merged.actor().id(), json(merged.actor()),
        merged.target() == null ? null : merged.target().id(), json(merged.target()),
        merged.place() == null ? null : merged.place().country(),
        merged.place() == null ? null : EventJson.toJson(merged.place()).toString(),
        d == null || d.earliest() == null ? null : d.earliest().toString(),
        d == null || d.latest() == null ? null : d.latest().toString(),
        d == null ? null : d.precision().key(),
        merged.fatalities(), merged.injured(), merged.confidence(), merged.story(), e.id());
    Set<String> keys = actorKeys(merged);
    keys.removeAll(strings("SELECT actor_key FROM event_actor_keys WHERE event_id = ?", e.id()));
    insertActorKeys(e.id(), keys);
    Set<Source> sources = new HashSet<>(sources(List.of(e.id())).getOrDefault(e.id(), List.of()));
    List<Source> newSources = new ArrayList<>();
    for (Source s : e.mentions()) {
      if (sources.add(s)) {
        newSources.add(s);
      }
    }
    Set<List<String>> links = new HashSet<>();
    for (Link l : links(List.of(e.id())).getOrDefault(e.id(), List.of())) {
      links.add(List.of(l.type().key(), l.event()));
    }
    List<Link> newLinks = new ArrayList<>();
    for (Link l : e.links()) {
      if (links.add(List.of(l.type().key(), l.event()))) {
        newLinks.add(l);
      }
    }
    insertMentions(e.id(), nextOrdinal("event_mentions", e.id()), newSources);
    insertLinks(e.id(), nextOrdinal("event_links", e.id()), newLinks);
  }

  private int nextOrdinal(String table, String event) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT COALESCE(MAX(ordinal) + 1, 0) FROM " + table + " WHERE event_id = ?")) {
      bind(p, event);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private void insertMentions(String event, int ordinal, List<Source> sources) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO event_mentions "
        + "(event_id, ordinal, article_id, published, sentence, trigger_text) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Source s : sources) {
        bind(p, event, ordinal++, s.article(), s.published().toString(), s.sentence(), s.trigger());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void insertLinks(String event, int ordinal, List<Link> links) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO event_links "
        + "(event_id, ordinal, type, target_event, evidence) VALUES (?, ?, ?, ?, ?)")) {
      for (Link l : links) {
        bind(p, event, ordinal++, l.type().key(), l.event(), l.evidence());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** One {@code events} row, before its mentions and links are attached. */
  private record Row(String id, String type, String mode, String actor, String target, String place,
      String earliest, String latest, String precision, Integer fatalities, Integer injured, String modality,
      double confidence, String story) {}

  private List<Event> read(String sql, Object... params) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), integer(rs, 10), integer(rs, 11),
              rs.getString(12), rs.getDouble(13), rs.getString(14)));
        }
      }
    }
    List<String> ids = rows.stream().map(Row::id).toList();
    Map<String, List<Source>> sources = sources(ids);
    Map<String, List<Link>> links = links(ids);
    List<Event> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(event(r, sources.getOrDefault(r.id, List.of()), links.getOrDefault(r.id, List.of())));
    }
    return out;
  }

  private Event event(Row r, List<Source> sources, List<Link> links) {
    try {
      DateSpan date = r.precision == null ? null
          : new DateSpan(date(r.earliest), date(r.latest), Precision.of(r.precision));
      return new Event(r.id, EventType.valueOf(r.type), r.mode, EventJson.actor(tree(r.actor)),
          EventJson.actor(tree(r.target)), place(r.place), date, r.fatalities, r.injured, Modality.of(r.modality),
          r.confidence, r.story, sources, links);
    } catch (RuntimeException | JsonProcessingException e) {
      throw new StoreException(store + ": stored event " + r.id + " cannot be read (" + e.getMessage()
          + "); the store was changed outside Reverb or is damaged", e);
    }
  }

  /** Reads one child row from column 2 on; column 1 is its event's id. */
  private interface ChildReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private Map<String, List<Source>> sources(List<String> events) throws SQLException {
    return byEvent("SELECT event_id, article_id, published, sentence, trigger_text FROM event_mentions", events,
        rs -> new Source(rs.getString(2), LocalDate.parse(rs.getString(3)), rs.getString(4), rs.getString(5)));
  }

  private Map<String, List<Link>> links(List<String> events) throws SQLException {
    return byEvent("SELECT event_id, type, target_event, evidence FROM event_links", events,
        rs -> new Link(Link.Type.of(rs.getString(2)), rs.getString(3), rs.getString(4)));
  }

  /** The children of the given events, each event's in stored order. */
  private <T> Map<String, List<T>> byEvent(String select, List<String> events, ChildReader<T> reader)
      throws SQLException {
    Map<String, List<T>> out = new HashMap<>();
    for (int from = 0; from < events.size(); from += CHUNK) {
      List<String> chunk = events.subList(from, Math.min(events.size(), from + CHUNK));
      String sql = select + " WHERE event_id IN (" + "?, ".repeat(chunk.size() - 1) + "?) ORDER BY event_id, ordinal";
      try (PreparedStatement p = c.prepareStatement(sql)) {
        bind(p, chunk.toArray());
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(reader.read(rs));
          }
        }
      }
    }
    return out;
  }

  private boolean exists(String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }

  private List<String> strings(String sql, Object... params) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params);
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
      bind(p, params);
      p.executeUpdate();
    }
  }

  static void bind(PreparedStatement p, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object v = params[i];
      if (v == null) {
        p.setNull(i + 1, Types.NULL); // untyped, so that PostgreSQL takes it for any column type
      } else if (v instanceof String s) {
        p.setString(i + 1, s);
      } else if (v instanceof Integer n) {
        p.setInt(i + 1, n);
      } else if (v instanceof Long n) {
        p.setLong(i + 1, n);
      } else if (v instanceof Double n) {
        p.setDouble(i + 1, n);
      } else {
        throw new IllegalArgumentException("no SQL binding for " + v.getClass());
      }
    }
  }

  private static Integer integer(ResultSet rs, int column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  private static String key(String actor) {
    return actor.strip().toLowerCase(Locale.ROOT);
  }

  private static String json(Actor a) {
    return a == null ? null : EventJson.toJson(a).toString();
  }

  private static JsonNode tree(String json) throws JsonProcessingException {
    return json == null ? null : EventJson.MAPPER.readTree(json);
  }

  private static Place place(String json) throws JsonProcessingException {
    return EventJson.place(tree(json));
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
