package org.reverb.flink;

import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;
import org.reverb.story.SimilarityStoryThreader;
import org.reverb.story.StoryThreader;

/**
 * Stores each article with its events, resolved against the stored events and threaded into a story
 * ({@link EventStore#ingest}), in input order: cross-article resolution gives an event the id of its first report,
 * so storing in the in-process run's order gives the same events. Run with parallelism 1; the store's write lock
 * would serialise parallel writers anyway. For a bounded input the writer keeps the extracted articles until the end
 * of input, then stores them by their input number.
 */
final class StoreSink implements Sink<String> {

  private static final long serialVersionUID = 1L;

  private final String location;

  /** Into the store at {@code location} (a SQLite file, or a PostgreSQL address for a cluster). */
  StoreSink(String location) {
    this.location = location;
  }

  @Override
  public SinkWriter<String> createWriter(WriterInitContext context) {
    return new Writer(location);
  }

  /** Counts of what one writer stored, read by the job at the end. */
  static final class Writer implements SinkWriter<String> {

    private static final StoryThreader THREADER = new SimilarityStoryThreader();

    private final String location;
    private final Map<Long, String> pending = new TreeMap<>();

    Writer(String location) {
      this.location = location;
    }

    @Override
    public void write(String record, Context context) {
      pending.put(Records.decode(record).order(), record);
    }

    @Override
    public void flush(boolean endOfInput) {
      if (!endOfInput || pending.isEmpty()) {
        return;
      }
      try (EventStore store = EventStores.open(location)) {
        for (String record : pending.values()) {
          Records r = Records.decode(record);
          if (!store.contains(r.article())) {
            store.ingest(r.article(), r.events(), THREADER);
          }
        }
      }
      pending.clear();
    }

    @Override
    public void close() {}
  }
}
