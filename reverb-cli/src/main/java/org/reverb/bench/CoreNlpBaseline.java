package org.reverb.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.reverb.model.Article;

/**
 * Plain CoreNLP with its default English annotators (tokenize, ssplit, pos, lemma, ner with its three CRF models,
 * numbers, SUTime and fine-grained types, depparse), run over articles on a number of threads sharing one
 * pipeline, as Reverb's ingest does.
 */
public final class CoreNlpBaseline {

  private final StanfordCoreNLP pipeline;

  /** Loads the models (this is the start-up the bench reports). */
  public CoreNlpBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    this.pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates every article, on {@code threads} threads; returns the number of tokens. */
  public long annotate(List<Article> articles, int threads) {
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<Integer>> results = new ArrayList<>(articles.size());
      for (Article a : articles) {
        results.add(workers.submit(() -> tokens(a)));
      }
      long tokens = 0;
      for (Future<Integer> f : results) {
        tokens += f.get();
      }
      return tokens;
    } catch (ExecutionException e) {
      throw new IllegalStateException("CoreNLP failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      workers.shutdownNow();
    }
  }

  private int tokens(Article a) {
    Annotation doc = new Annotation(a.text());
    doc.set(CoreAnnotations.DocDateAnnotation.class, a.published().toString());
    pipeline.annotate(doc);
    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
