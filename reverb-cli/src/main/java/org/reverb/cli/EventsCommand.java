package org.reverb.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.reverb.model.Event;
import org.reverb.model.EventType;
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

  @Option(names = "--type", paramLabel = "T", description = "Only this PLOVER type (ASSAULT, PROTEST, …).")
  String type;

  @Option(names = "--actor", paramLabel = "A", description = "Only events whose actor or target has this id or name.")
  String actor;

  @Option(names = "--country", paramLabel = "ISO3", description = "Only events placed in this country.")
  String country;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events that reach this day or later.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events that start on this day or earlier.")
  LocalDate to;

  @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: all).")
  int limit;

  @Override
  public Integer call() {
    EventType t;
    try {
      t = type == null ? null : EventType.of(type);
    } catch (IllegalArgumentException e) {
      System.err.println("reverb events: unknown --type '" + type + "'; use one of " + List.of(EventType.values()));
      return 2;
    }
    EventQuery query = new EventQuery(t, actor, country == null ? null : country.toUpperCase(java.util.Locale.ROOT),
        from, to, limit, 0);
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
