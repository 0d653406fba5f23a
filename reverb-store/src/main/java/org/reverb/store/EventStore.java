package org.reverb.store;

import java.util.List;
import java.util.Optional;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.story.Story;
import org.reverb.story.StoryThreader;

/**
 * Where articles and their events live between runs.
 *
 * <p>Writes are per article and atomic: after {@link #put} returns, the article and all its events are
 * stored, and after a crash at any point either all of them are or none is. Writes are idempotent: the
 * same article (same {@linkplain Article#contentHash() content}) put twice is stored once.
 *
 * <p>Implementations are safe for use from several threads; writes are serialised.
 */
public interface EventStore extends AutoCloseable {

  /** What {@link #put} did. */
  enum PutResult {
    /** A new article, stored with its events. */
    ADDED,
    /** The same content was already stored (under this id or another): nothing changed. */
    UNCHANGED,
    /** An article with this id but other content was stored: it and its events were replaced. */
    REPLACED
  }

  /** Whether an article with this content is already stored, so that it need not be annotated again. */
  boolean contains(Article article);

  /**
   * Stores the article and the events extracted from it, in one transaction. An event whose id is already stored
   * (told by an earlier article) is merged: it gains the mentions and links it does not have yet, and its fields
   * become the most specific of both ({@link org.reverb.resolve.SimilarityEventResolver#mostSpecific}). Replacing an article removes its mentions and the events left with none. Every mention must
   * cite this article or one already stored.
   */
  PutResult put(Article article, List<Event> events);

  /** Events matching the query, ordered by date (earliest first, undated last), then id. */
  List<Event> events(EventQuery query);

  Optional<Event> event(String id);

  long articleCount();

  long eventCount();

  // ---- Stories and escalation (issue 4) ----

  /**
   * {@link #put(Article, List)}, then, in the same transaction, threads the article into a story: it and those of
   * its events that have no story yet join the story {@code threader} picks among the stored ones (or a new one),
   * and the story's title, span and counts are brought up to date. A replaced article leaves its old story first
   * (a story left with no article is removed). Nothing happens for an article already stored.
   */
  PutResult put(Article article, List<Event> events, StoryThreader threader);

  /**
   * The ingest path: in one write transaction, resolves the article's extracted events against the stored ones
   * ({@link org.reverb.resolve.IncrementalEventResolver} over {@link StoredCandidates}), then
   * {@link #put(Article, List, StoryThreader) puts and threads} them. Because the candidates are read under the
   * write lock, writers in several processes sharing one store cannot each add the same real event: the later one
   * sees the earlier one's events. Nothing happens for an article already stored.
   */
  PutResult ingest(Article article, List<Event> extracted, StoryThreader threader);

  /** Every story, by first publication date, then id. */
  List<Story> stories();

  /** The story with this id. */
  Optional<Story> story(String id);

  /** The events of a story, in {@link #events}' order; {@link org.reverb.story.Timeline#order} puts them in timeline order. */
  List<Event> storyEvents(String story);

  /** The events between two parties (actor and target, either way round; ids or names, case-insensitive). */
  List<Event> pairEvents(String a, String b);

  // ---- end of stories and escalation ----

  // ---- Reads for the desk (REST API, dashboard, exports). ----

  /** How many events match the query's filters; its limit and offset are ignored. */
  long count(EventQuery query);

  /** The actors and targets of the events matching the query's filters, most events first; no paging. */
  List<ActorCount> actors(EventQuery query);

  /**
   * The actor-to-target pairs of the events matching the query's filters, most events first (ties by ids), at most
   * {@code limit} of them (0 for all); the query's own limit and offset are ignored.
   */
  List<PairCount> pairs(EventQuery query, int limit);

  /**
   * The places of the events matching the query's filters, most events first, at most {@code limit} of them (0 for
   * all); the query's own limit and offset are ignored.
   */
  List<PlaceCount> places(EventQuery query, int limit);

  // ---- End of the desk's reads. ----

  /** The schema version this store is at. */
  int schemaVersion();

  @Override
  void close();
}
