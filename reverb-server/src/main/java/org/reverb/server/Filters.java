package org.reverb.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.reverb.model.EventType;
import org.reverb.store.EventQuery;

/**
 * The event filters every query route takes, from the request's query string: {@code type, mode, actor, target,
 * country, from, to, q}, and on paged routes {@code limit, offset}. A bad value, or a parameter the route does not
 * know, is a 400 that names it.
 */
public final class Filters {

  /** The filter parameters, in the order the API documents them. */
  public static final List<String> NAMES = List.of("type", "mode", "actor", "target", "country", "from", "to", "q");

  /** Page size when none is given, and the largest one allowed. */
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 5000;

  private Filters() {}

  /** The filters of the request; refuses {@code limit} and {@code offset}. */
  public static EventQuery of(Context ctx) {
    return parse(ctx, false, false, 0);
  }

  /** The filters and the page of the request (default {@value #DEFAULT_LIMIT} events from the first). */
  public static EventQuery paged(Context ctx) {
    return parse(ctx, true, true, DEFAULT_LIMIT);
  }

  /**
   * The filters and a {@code limit} on the number of results (default {@code defaultLimit}), for routes that give
   * the largest groups first (graph edges, places); refuses {@code offset}.
   */
  public static EventQuery capped(Context ctx, int defaultLimit) {
    return parse(ctx, true, false, defaultLimit);
  }

  private static EventQuery parse(Context ctx, boolean limited, boolean paged, int defaultLimit) {
    Set<String> known = new TreeSet<>(NAMES);
    if (limited) {
      known.add("limit");
    }
    if (paged) {
      known.add("offset");
    }
    for (String name : ctx.queryParamMap().keySet()) {
      if (!known.contains(name)) {
        throw new BadRequestResponse("unknown parameter '" + name + "'; this route takes " + String.join(", ", known));
      }
      if (ctx.queryParams(name).size() > 1) {
        throw new BadRequestResponse("parameter '" + name + "' is given more than once");
      }
    }
    EventType type = type(ctx.queryParam("type"));
    String mode = mode(type, ctx.queryParam("mode"));
    String country = country(ctx.queryParam("country"));
    LocalDate from = date("from", ctx.queryParam("from"));
    LocalDate to = date("to", ctx.queryParam("to"));
    if (from != null && to != null && to.isBefore(from)) {
      throw new BadRequestResponse("'to' " + to + " is before 'from' " + from);
    }
    int limit = limited ? integer("limit", ctx.queryParam("limit"), defaultLimit, 1, MAX_LIMIT) : 0;
    int offset = paged ? integer("offset", ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE) : 0;
    return new EventQuery(type, text("actor", ctx.queryParam("actor")), country, from, to, limit, offset, mode,
        text("target", ctx.queryParam("target")), text("q", ctx.queryParam("q")));
  }

  private static EventType type(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return EventType.of(value);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("unknown type '" + value + "'; use one of "
          + Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  private static String mode(EventType type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String mode = value.strip().toLowerCase(Locale.ROOT);
    if (type != null && !type.modes().contains(mode)) {
      throw new BadRequestResponse("'" + value + "' is not a mode of " + type + "; its modes are "
          + new TreeSet<>(type.modes()));
    }
    if (Arrays.stream(EventType.values()).noneMatch(t -> t.modes().contains(mode))) {
      throw new BadRequestResponse("unknown mode '" + value + "'");
    }
    return mode;
  }

  private static String country(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String c = value.strip().toUpperCase(Locale.ROOT);
    if (!c.matches("[A-Z]{3}")) {
      throw new BadRequestResponse("country '" + value + "' is not an ISO 3166 alpha-3 code such as IRQ");
    }
    return c;
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestResponse("'" + name + "' must be a day such as 2024-02-07, not '" + value + "'");
    }
  }

  private static int integer(String name, String value, int absent, int min, int max) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadRequestResponse("'" + name + "' must be a whole number from " + min + " to " + max + ", not '"
        + value + "'");
  }

  private static String text(String name, String value) {
    if (value != null && value.length() > 200) {
      throw new BadRequestResponse("'" + name + "' is longer than 200 characters");
    }
    return value;
  }
}
