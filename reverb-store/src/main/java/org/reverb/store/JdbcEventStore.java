package org.reverb.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.resolve.IncrementalEventResolver;
import org.reverb.story.Story;
import org.reverb.story.StoryThreader;

/**
 * The store on a JDBC database, shared by every backend: the SQL is {@link EventTables}' and {@link StoryTables}'
 * portable SQL, and a backend ({@link SqliteEventStore}, {@link PostgresEventStore}) only opens the two connections,
 * migrates the schema (with its {@link Migrations.Dialect}) and says how a write transaction starts.
 *
 * <p>Two connections: writes go through one, serialised in this process, each in a transaction that first takes the
 * backend's write lock (so that writers in other processes wait instead of interleaving); reads go through the other,
 * serialised, each in a transaction of its own that sees one consistent snapshot while writes go on.
 */
public abstract sealed class JdbcEventStore implements EventStore permits SqliteEventStore, PostgresEventStore {

  private final String name;
  private final Object writeLock = new Object();
  private final Object readLock = new Object();
  private final Connection writer;
  private final Connection reader;
  private final EventTables writes;
  private final EventTables reads;
  private final StoryTables storyWrites;
  private final StoryTables storyReads;
  private final int schemaVersion;
  private volatile boolean closed;

  /** {@code name} names the store in messages; the connections are migrated, in auto-commit mode, and now ours. */
  JdbcEventStore(String name, Connection writer, Connection reader, int schemaVersion) {
    this.name = Objects.requireNonNull(name, "name");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.schemaVersion = schemaVersion;
    writes = new EventTables(writer, name);
    reads = new EventTables(reader, name);
    storyWrites = new StoryTables(writer, writes, name);
    storyReads = new StoryTables(reader, reads, name);
  }

  /**
   * Called first in every write transaction on the writer connection: takes the lock that serialises writers across
   * processes, where the connection's own transaction mode does not already.
   */
  abstract void beginWrite(Connection writer) throws SQLException;

  @Override
  public PutResult ingest(Article article, List<Event> extracted, StoryThreader threader) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(threader, "threader");
    List<Event> copy = List.copyOf(extracted);
    return write("store article " + article.id(), () -> {
      if (writes.containsContent(article.contentHash())) {
        return PutResult.UNCHANGED;
      }
      List<Event> resolved;
      try {
        resolved = new IncrementalEventResolver(new StoredCandidates(writes::eventsUnchecked)).resolve(copy);
      } catch (EventTables.Unchecked e) {
        throw e.cause;
      }
      return putAndThread(article, resolved, threader);
    });
  }

  @Override
  public boolean contains(Article article) {
    String hash = article.contentHash();
    return read("look up article " + article.id(), () -> reads.containsContent(hash));
  }

  @Override
  public PutResult put(Article article, List<Event> events) {
    Objects.requireNonNull(article, "article");
    List<Event> copy = List.copyOf(events);
    return write("store article " + article.id(), () -> writes.put(article, copy));
  }

  @Override
  public List<Event> events(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return read("query events", () -> reads.events(query));
  }

  @Override
  public Optional<Event> event(String id) {
    Objects.requireNonNull(id, "id");
    return read("read event " + id, () -> reads.event(id));
  }

  // ---- Stories and escalation (issue 4) ----

  @Override
  public PutResult put(Article article, List<Event> events, StoryThreader threader) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(threader, "threader");
    List<Event> copy = List.copyOf(events);
    return write("store article " + article.id(), () -> putAndThread(article, copy, threader));
  }

  @Override
  public List<Story> stories() {
    return read("list stories", storyReads::stories);
  }

  @Override
  public Optional<Story> story(String id) {
    Objects.requireNonNull(id, "id");
    return read("read story " + id, () -> storyReads.story(id));
  }

  @Override
  public List<Event> storyEvents(String story) {
    Objects.requireNonNull(story, "story");
    return read("read the events of story " + story, () -> reads.storyEvents(story));
  }

  @Override
  public List<Event> pairEvents(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return read("read the events between " + a + " and " + b, () -> reads.pairEvents(a, b));
  }

  // ---- end of stories and escalation ----

  @Override
  public long articleCount() {
    return read("count articles", () -> reads.count("articles"));
  }

  @Override
  public long eventCount() {
    return read("count events", () -> reads.count("events"));
  }

  // ---- Reads for the desk (REST API, dashboard, exports). ----

  @Override
  public long count(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return read("count events", () -> reads.count(query));
  }

  @Override
  public List<ActorCount> actors(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return read("list actors", () -> reads.actors(query));
  }

  @Override
  public List<PairCount> pairs(EventQuery query, int limit) {
    Objects.requireNonNull(query, "query");
    return read("list actor pairs", () -> reads.pairs(query, limit));
  }

  @Override
  public List<PlaceCount> places(EventQuery query, int limit) {
    Objects.requireNonNull(query, "query");
    return read("list places", () -> reads.places(query, limit));
  }

  // ---- End of the desk's reads. ----

  @Override
  public int schemaVersion() {
    return schemaVersion;
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      synchronized (readLock) {
        if (closed) {
          return;
        }
        closed = true;
        StoreException failure = null;
        for (Connection c : new Connection[] {reader, writer}) {
          try {
            c.close();
          } catch (SQLException e) {
            failure = failure == null ? new StoreException("cannot close store " + name + ": " + e.getMessage(), e)
                : failure;
          }
        }
        if (failure != null) {
          throw failure;
        }
      }
    }
  }

  /** Work on a connection that may throw {@link SQLException}. */
  private interface Work<T> {
    T run() throws SQLException;
  }

  private PutResult putAndThread(Article article, List<Event> events, StoryThreader threader) throws SQLException {
    PutResult result = writes.put(article, events);
    if (result != PutResult.UNCHANGED) {
      storyWrites.thread(article, events, threader);
    }
    return result;
  }

  /** Runs {@code work} in a write transaction: serialised in this process, and across processes by {@link #beginWrite}. */
  private <T> T write(String what, Work<T> work) {
    synchronized (writeLock) {
      return inTransaction(writer, what, () -> {
        beginWrite(writer);
        return work.run();
      });
    }
  }

  private <T> T read(String what, Work<T> work) {
    synchronized (readLock) {
      return inTransaction(reader, what, work);
    }
  }

  /** Runs {@code work} in one transaction on {@code c}: all of it is committed, or none of it. */
  private <T> T inTransaction(Connection c, String what, Work<T> work) {
    if (closed) {
      throw new IllegalStateException("store " + name + " is closed");
    }
    Throwable failure = null;
    try {
      c.setAutoCommit(false);
      T result = work.run();
      c.commit();
      return result;
    } catch (SQLException e) {
      failure = e;
      throw new StoreException(name + ": cannot " + what + ": " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      try {
        if (failure != null) {
          c.rollback();
        }
        c.setAutoCommit(true);
      } catch (SQLException e) {
        if (failure != null) {
          failure.addSuppressed(e);
        } else {
          throw new StoreException(name + ": cannot " + what + ": " + e.getMessage(), e);
        }
      }
    }
  }


  static void closeQuietly(Connection c, Exception failure) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        failure.addSuppressed(e);
      }
    }
  }
}
