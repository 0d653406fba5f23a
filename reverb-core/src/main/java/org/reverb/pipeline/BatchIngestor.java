package org.reverb.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.reverb.model.Article;
import org.reverb.model.Event;

/**
 * Runs a {@link Pipeline} over a stream of articles on several threads and hands each article's events to one
 * {@link Sink}, in input order, from the calling thread. Articles the {@code known} test accepts are not
 * processed again. A failure on one article is reported to the sink and the batch goes on.
 */
public final class BatchIngestor implements AutoCloseable {

  /** Receives results in input order, always on the thread that calls {@link #submit} or {@link #finish}. */
  public interface Sink {
    void processed(Article article, List<Event> events);

    void skipped(Article article);

    void failed(Article article, Exception error);
  }

  private record Pending(Article article, Future<List<Event>> events) {}

  private final Pipeline pipeline;
  private final Predicate<Article> known;
  private final Sink sink;
  private final ExecutorService workers;
  private final int window;
  private final Deque<Pending> pending = new ArrayDeque<>();

  public BatchIngestor(Pipeline pipeline, Predicate<Article> known, Sink sink, int threads) {
    this.pipeline = pipeline;
    this.known = known;
    this.sink = sink;
    this.workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "reverb-pipeline");
      t.setDaemon(true);
      return t;
    });
    this.window = Math.max(1, threads) * 2;
  }

  /** Queues one article; may block while earlier ones finish, and delivers those to the sink. */
  public void submit(Article article) {
    if (known.test(article)) {
      drain(0);
      sink.skipped(article);
      return;
    }
    pending.add(new Pending(article, workers.submit(() -> pipeline.events(article))));
    drain(window);
  }

  /** Waits for every queued article and delivers it. */
  public void finish() {
    drain(0);
  }

  private void drain(int keep) {
    while (pending.size() > keep) {
      Pending p = pending.poll();
      try {
        sink.processed(p.article(), p.events().get());
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        sink.failed(p.article(), cause instanceof Exception ex ? ex : new RuntimeException(cause));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while ingesting", e);
      }
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
