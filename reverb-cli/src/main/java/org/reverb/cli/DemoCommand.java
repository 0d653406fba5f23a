package org.reverb.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.reverb.store.EventQuery;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code reverb demo}: ingest the bundled sample articles and print their events in date order. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the sample articles bundled with Reverb (real events, 2019-2024) into the store and print "
        + "the events in date order.")
final class DemoCommand implements Callable<Integer> {

  private static final String SAMPLES = "/org/reverb/cli/samples/";

  @Mixin
  StoreOption store;

  @Override
  public Integer call() throws IOException {
    Path dir = Files.createTempDirectory("reverb-samples");
    try {
      List<Path> files = unpackSamples(dir);
      System.err.println("reverb demo: ingesting " + files.size() + " sample articles into " + EventStores.shown(store.location())
          + " (loading the NLP models takes a few seconds)");
      int status = IngestCommand.ingest(store.location(), List.of(dir), Runtime.getRuntime().availableProcessors(),
          System.err);
      try (EventStore events = EventStores.open(store.location())) {
        EventsCommand.print(events.events(EventQuery.ALL), EventFormat.table, System.out);
        System.out.println();
        System.out.print(StoriesCommand.table(events.stories()));
      }
      System.err.println("Next: ./reverb events --format json   (filters: --type --actor --country --from --to)");
      System.err.println("      ./reverb timeline STORY         (a story's events in date order, with links)");
      System.err.println("      ./reverb serve" + (store.db == null ? "" : " --db " + store.db)
          + "   then open http://127.0.0.1:7070/ for the dashboard (timeline, map, who acts on whom)");
      return status;
    } finally {
      try (var paths = Files.list(dir)) {
        for (Path p : (Iterable<Path>) paths::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /** Copies the bundled samples listed in {@code index.txt} into {@code dir}. */
  static List<Path> unpackSamples(Path dir) {
    try (InputStream index = DemoCommand.class.getResourceAsStream(SAMPLES + "index.txt")) {
      if (index == null) {
        throw new IllegalStateException("the sample articles are missing from the jar");
      }
      List<String> names = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
      for (String name : names) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name)) {
          if (in == null) {
            throw new IllegalStateException("sample " + name + " is listed but missing from the jar");
          }
          Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return names.stream().map(dir::resolve).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
