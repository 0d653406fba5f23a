package org.reverb.server.articles;

import java.util.List;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.pipeline.Pipeline;
import org.reverb.resolve.IncrementalEventResolver;
import org.reverb.store.EventStore;
import org.reverb.store.StoredCandidates;

/** Takes one posted article through the pipeline into the store. Implementations are thread-safe. */
public interface ArticleIngestor {

  /** What became of an article: the store's answer and the events stored for it. */
  record Result(EventStore.PutResult result, List<Event> events) {

    public Result {
      events = List.copyOf(events);
    }
  }

  Result ingest(Article article);

  /** Builds the ingestor on the first posted article, so that a server that only reads never loads the models. */
  @FunctionalInterface
  interface Factory {
    ArticleIngestor create(EventStore store);
  }

  /** The standard pipeline (CoreNLP), with events joined to the stored events they match, as {@code reverb ingest}. */
  static Factory standard() {
    return store -> new PipelineIngestor(Pipeline.standard(), store);
  }

  /** A pipeline over a store; one article at a time, so that each is resolved against the ones before it. */
  final class PipelineIngestor implements ArticleIngestor {
    private final Pipeline pipeline;
    private final EventStore store;

    public PipelineIngestor(Pipeline pipeline, EventStore store) {
      this.pipeline = pipeline;
      this.store = store;
    }

    @Override
    public synchronized Result ingest(Article article) {
      if (store.contains(article)) {
        return new Result(EventStore.PutResult.UNCHANGED, List.of());
      }
      List<Event> events = new IncrementalEventResolver(new StoredCandidates(store)).resolve(pipeline.events(article));
      return new Result(store.put(article, events), events);
    }
  }
}
