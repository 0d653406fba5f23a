package org.reverb.flink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.reverb.ingest.ArticleReaders;
import org.reverb.pipeline.Pipeline;

/**
 * The pipeline as a Flink job: input files → {@link ReadArticles} → {@link ExtractEvents} (parallel, one CoreNLP per
 * task) → {@link StoreSink} (one task: resolution against the store, links, stories, in input order). The same
 * stage classes as {@code reverb ingest}; on the same input the store ends up with the same events.
 *
 * <p>On a cluster: {@code flink run -c org.reverb.flink.ReverbJob reverb-flink.jar --db postgresql://… FILES…}, the
 * files readable by every task manager.
 */
public final class ReverbJob {

  private final List<Path> files;
  private final String store;
  private final ExtractEvents.SerializableSupplier pipelines;

  /** The job over the article files and folders {@code inputs}, into the store at {@code store}. */
  public ReverbJob(List<Path> inputs, String store) {
    this(inputs, store, Pipeline::standard);
  }

  ReverbJob(List<Path> inputs, String store, ExtractEvents.SerializableSupplier pipelines) {
    List<Path> expanded = new ArrayList<>();
    for (Path p : ArticleReaders.expand(inputs, problem -> System.err.println("reverb flink: " + problem))) {
      expanded.add(p.toAbsolutePath());
    }
    this.files = List.copyOf(expanded);
    this.store = store;
    this.pipelines = pipelines;
  }

  /** How many article files the job reads. */
  public int files() {
    return files.size();
  }

  /** Adds the job's operators to {@code env}, at its parallelism. */
  public void build(StreamExecutionEnvironment env) {
    env.fromData(ReadArticles.numbered(files), Types.STRING).name("article files")
        .flatMap(new ReadArticles()).returns(Types.STRING).name("read articles")
        .rebalance()
        .flatMap(new ExtractEvents(pipelines)).returns(Types.STRING).name("annotate, extract, resolve, link")
        .sinkTo(new StoreSink(store)).setParallelism(1).name("resolve against the store, thread, store");
  }

  /** Runs the job on a local mini-cluster with {@code parallelism} tasks per operator. */
  public JobExecutionResult runLocally(int parallelism) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
    build(env);
    return env.execute("reverb");
  }

  /** {@code --db STORE FILES…}: the entry point for {@code flink run}. */
  public static void main(String[] args) throws Exception {
    if (args.length < 3 || !args[0].equals("--db")) {
      System.err.println("usage: ReverbJob --db STORE FILE_OR_FOLDER...");
      System.exit(2);
    }
    List<Path> inputs = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      inputs.add(Path.of(args[i]));
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    new ReverbJob(inputs, args[1]).build(env);
    env.execute("reverb");
  }
}
