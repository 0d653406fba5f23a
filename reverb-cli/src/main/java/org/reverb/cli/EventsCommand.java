package org.reverb.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.reverb.model.Event;
import org.reverb.store.EventQuery;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reverb events}: print stored events, filtered. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Print stored events in date order, as a table, a JSON array (DESIGN.md's Event JSON) or CSV.")
final class EventsCommand implements Callable<Integer> {

  @Mixin
  StoreOption store;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  EventFormat format = EventFormat.table;

  @Mixin
  EventFilters filters;

  @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: all).")
  int limit;

  @Override
  public Integer call() {
    EventQuery query = filters.query().page(limit, 0);
    try (EventStore events = EventStores.openExisting(store.location())) {
      print(events.events(query), format, System.out);
    }
    return 0;
  }

  static void print(List<Event> events, EventFormat format, PrintStream out) {
    out.print(format.render(events));
    out.flush();
  }
}
