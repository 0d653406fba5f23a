package org.reverb.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reverb.json.EventJson;
import org.reverb.model.Event;
import org.reverb.server.export.AcledCsv;
import org.reverb.server.export.AcledMapping;
import org.reverb.store.EventQuery;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reverb export}: the stored events, filtered, as JSON, CSV or ACLED-style CSV, to a file or stdout. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export stored events in date order: json (DESIGN.md's Event JSON, one array), csv (the columns "
        + "of `reverb events --format csv`) or acled-csv (ACLED's columns, PLOVER types mapped to ACLED's; see the "
        + "README's Desk section).", "Reads the store in pages, so exports of any size fit in memory."})
final class ExportCommand implements Callable<Integer> {

  /** Events read from the store at a time. */
  static final int PAGE = 5000;

  /** The export formats. */
  enum Format { json, csv, acled_csv }

  @Mixin
  StoreOption store;

  @Mixin
  EventFilters filters;

  @Option(names = "--format", paramLabel = "FORMAT", required = true,
      description = "json, csv or acled-csv.", converter = FormatConverter.class)
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (default: stdout).")
  Path out;

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.strip().replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not json, csv or acled-csv");
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    EventQuery query = filters.query();
    try (EventStore events = EventStores.openExisting(store.location());
        Writer w = out == null
            ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
              @Override
              public void close() throws IOException {
                flush();
              }
            }
            : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      long n = export(events, query, format, w);
      w.flush();
      if (out != null) {
        System.err.println("reverb export: " + n + (n == 1 ? " event" : " events") + " to " + out);
      }
    }
    return 0;
  }

  /** Writes the events {@code query} matches, page by page; returns how many. */
  static long export(EventStore events, EventQuery query, Format format, Writer w) throws IOException {
    AcledCsv acled = format == Format.acled_csv ? new AcledCsv(AcledMapping.bundled()) : null;
    long n = 0;
    if (format == Format.json) {
      w.write("[");
    }
    for (int offset = 0; ; offset += PAGE) {
      List<Event> page = events.events(query.page(PAGE, offset));
      if (page.isEmpty() && offset > 0) {
        break;
      }
      switch (format) {
        case json -> {
          for (Event e : page) {
            w.write(n++ == 0 ? "\n" : ",\n");
            w.write(json(e));
          }
        }
        case csv -> {
          w.write(withoutHeaderAfterFirst(EventFormat.csv.render(page), offset));
          n += page.size();
        }
        case acled_csv -> {
          w.write(withoutHeaderAfterFirst(acled.render(page), offset));
          n += page.size();
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    if (format == Format.json) {
      w.write(n == 0 ? "]\n" : "\n]\n");
    }
    return n;
  }

  private static String withoutHeaderAfterFirst(String csv, int offset) {
    return offset == 0 ? csv : csv.substring(csv.indexOf("\r\n") + 2);
  }

  private static String json(Event e) {
    try {
      return EventJson.MAPPER.writeValueAsString(EventJson.toJson(e));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("event " + e.id() + " could not be written as JSON", ex);
    }
  }
}
