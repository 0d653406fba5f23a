package org.reverb.story;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reverb.model.Actor;
import org.reverb.model.Event;
import org.reverb.model.Place;
import org.reverb.resolve.Gazetteer;

/**
 * Names a story from its events: the pair of parties that meet most often (as actor and target, either way), the
 * country most events take place in (left out when it is one of the parties), and the months of its news — "United States – Kataib Hezbollah, Iraq,
 * Jan–Feb 2024". The news runs from the first dated event that starts at most {@value #LEAD_DAYS} days before the
 * first article to the last article, so that background ("back in 2020") does not stretch it.
 */
public final class StoryTitles {

  /** How long before its first article a story's news may start. */
  public static final int LEAD_DAYS = 31;

  private StoryTitles() {}

  /** The title of a story with these events whose articles were published from {@code first} to {@code last}. */
  public static String title(List<Event> events, LocalDate first, LocalDate last) {
    List<String> parts = new ArrayList<>();
    String parties = parties(events);
    if (parties != null) {
      parts.add(parties);
    }
    String country = country(events);
    if (country != null && (parties == null || !List.of(parties.split(" – ")).contains(country))) {
      parts.add(country);
    }
    parts.add(period(events, first, last));
    return String.join(", ", parts);
  }

  /**
   * Actor names by how many events name them, most first; on a tie, the one that acts more often, then by name;
   * generic parties (civilians, protesters, unnamed suspects) after named ones.
   */
  public static List<String> actors(List<Event> events) {
    Map<String, Integer> named = new HashMap<>();
    Map<String, Integer> acts = new HashMap<>();
    Map<String, Boolean> generic = new HashMap<>();
    for (Event e : events) {
      for (Actor a : new Actor[] {e.actor(), e.target()}) {
        if (a != null) {
          named.merge(a.name(), 1, Integer::sum);
          generic.put(a.name(), isGeneric(a));
        }
      }
      if (e.actor() != null) {
        acts.merge(e.actor().name(), 1, Integer::sum);
      }
    }
    return named.keySet().stream()
        .sorted(Comparator.<String, Boolean>comparing(generic::get)
            .thenComparing(n -> -named.get(n))
            .thenComparing(n -> -acts.getOrDefault(n, 0))
            .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static String parties(List<Event> events) {
    Map<List<String>, Integer> dyads = new LinkedHashMap<>();
    for (Event e : events) {
      if (e.actor() != null && e.target() != null && !isGeneric(e.actor()) && !isGeneric(e.target())
          && !e.actor().name().equals(e.target().name())) {
        List<String> pair = new ArrayList<>(List.of(e.actor().name(), e.target().name()));
        pair.sort(Comparator.naturalOrder());
        dyads.merge(pair, e.mentions().size() + 1, Integer::sum);
      }
    }
    if (!dyads.isEmpty()) {
      List<String> best = dyads.entrySet().stream()
          .max(Map.Entry.<List<String>, Integer>comparingByValue()
              .thenComparing(en -> en.getKey().toString(), Comparator.reverseOrder()))
          .orElseThrow().getKey();
      // The party named more often across the story goes first; on a tie, the one that acts more often.
      List<String> ranked = actors(events);
      List<String> ordered = new ArrayList<>(best);
      ordered.sort(Comparator.comparingInt(ranked::indexOf));
      return ordered.get(0) + " – " + ordered.get(1);
    }
    List<String> ranked = actors(events);
    return ranked.isEmpty() ? null : ranked.get(0);
  }

  /** The name of the country most events take place in, from the gazetteer; {@code null} when none is placed. */
  private static String country(List<Event> events) {
    Map<String, Integer> counts = new HashMap<>();
    for (Event e : events) {
      Place p = e.place();
      if (p != null && p.country() != null) {
        counts.merge(p.country(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(en -> Gazetteer.load().country(en.getKey()).map(Place::name).orElse(en.getKey())).orElse(null);
  }

  private static String period(List<Event> events, LocalDate first, LocalDate last) {
    LocalDate start = first;
    for (Event e : events) {
      if (e.date() != null && e.date().earliest() != null && e.date().latest() != null
          && e.date().earliest().isBefore(start) && !e.date().earliest().isBefore(first.minusDays(LEAD_DAYS))) {
        start = e.date().earliest();
      }
    }
    YearMonth from = YearMonth.from(start);
    YearMonth to = YearMonth.from(last);
    if (from.equals(to)) {
      return month(from) + " " + from.getYear();
    }
    if (from.getYear() == to.getYear()) {
      return month(from) + "–" + month(to) + " " + to.getYear();
    }
    return month(from) + " " + from.getYear() + "–" + month(to) + " " + to.getYear();
  }

  private static String month(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  private static boolean isGeneric(Actor a) {
    return switch (a.kind()) {
      case CIVILIANS, PROTESTERS, SUSPECTS, UNKNOWN -> true;
      default -> false;
    };
  }
}
