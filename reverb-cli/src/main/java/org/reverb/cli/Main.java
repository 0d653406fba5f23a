package org.reverb.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code reverb} command. */
@Command(name = "reverb", mixinStandardHelpOptions = true, version = "reverb 0.1.0",
    description = {"Conflict and crisis events from dated news: who did what to whom, where, when, how bad.",
        "",
        "Heap: the ./reverb launcher runs Java with -Xmx${REVERB_HEAP:-4g} (set REVERB_HEAP to change it). Verbs that "
            + "annotate (ingest, watch, eval, bench, demo, flink) load Stanford CoreNLP's models, about 2 GB, on first use; "
            + "verbs that only read the store start in about a second."},
    subcommands = {IngestCommand.class, WatchCommand.class, EventsCommand.class, StoriesCommand.class,
        TimelineCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class, DemoCommand.class,
        ExportCommand.class, FlinkCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
    throw new CommandLine.ParameterException(spec.commandLine(), "name a verb");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code (tests call this). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("reverb " + line.getCommandName() + ": " + e.getMessage());
      return 1;
    });
    return cli.execute(args);
  }
}
