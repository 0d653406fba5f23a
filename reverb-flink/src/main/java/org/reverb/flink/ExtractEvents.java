package org.reverb.flink;

import java.util.function.Supplier;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.reverb.pipeline.Pipeline;

/**
 * Annotate, extract, resolve within the article and link: {@link Pipeline#events} on each article, with one pipeline
 * (one loaded CoreNLP) per parallel task, made in {@link #open}. An article the pipeline fails on is reported on
 * stderr and left out, as {@code reverb ingest} does.
 */
final class ExtractEvents extends RichFlatMapFunction<String, String> {

  private static final long serialVersionUID = 1L;

  private final SerializableSupplier pipelines;
  private transient Pipeline pipeline;

  /** A supplier that travels with the job graph to every task. */
  interface SerializableSupplier extends Supplier<Pipeline>, java.io.Serializable {}

  ExtractEvents(SerializableSupplier pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public void open(OpenContext context) {
    pipeline = pipelines.get();
  }

  @Override
  public void flatMap(String record, Collector<String> out) {
    Records in = Records.decode(record);
    try {
      out.collect(new Records(in.order(), in.article(), pipeline.events(in.article())).encode());
    } catch (RuntimeException e) {
      System.err.println("reverb flink: " + in.article().id() + ": " + e.getMessage());
    }
  }
}
