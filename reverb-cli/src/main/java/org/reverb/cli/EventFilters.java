package org.reverb.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.reverb.model.EventType;
import org.reverb.store.EventQuery;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The event filters of {@code reverb export}: those of {@code reverb events}, and mode, target and text. */
final class EventFilters {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--type", paramLabel = "T", description = "Only this PLOVER type (ASSAULT, PROTEST, …).")
  String type;

  @Option(names = "--mode", paramLabel = "M", description = "Only this mode of the type (aerial, demonstrate, …).")
  String mode;

  @Option(names = "--actor", paramLabel = "A", description = "Only events whose actor or target has this id or name.")
  String actor;

  @Option(names = "--target", paramLabel = "A", description = "Only events whose target has this id.")
  String target;

  @Option(names = "--country", paramLabel = "ISO3", description = "Only events placed in this country.")
  String country;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events that reach this day or later.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events that start on this day or earlier.")
  LocalDate to;

  @Option(names = "--q", paramLabel = "WORDS", description = "Only events with these words in a source sentence.")
  String text;

  /** The query; an unknown type or mode, or --to before --from, is a usage error. */
  EventQuery query() {
    EventType t = null;
    if (type != null) {
      try {
        t = EventType.of(type);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "unknown --type '" + type + "'; use one of "
            + List.of(EventType.values()));
      }
    }
    String m = mode == null ? null : mode.strip().toLowerCase(Locale.ROOT);
    if (t != null && m != null && !t.modes().contains(m)) {
      throw new ParameterException(spec.commandLine(), "--mode '" + mode + "' is not a mode of " + t + "; its modes "
          + "are " + t.modes());
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
    }
    return new EventQuery(t, actor, country == null ? null : country.strip().toUpperCase(Locale.ROOT), from, to, 0, 0,
        m, target, text);
  }
}
