package org.reverb.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.Link;
import org.reverb.model.Mention;
import org.reverb.model.Place;
import org.reverb.model.Source;

/**
 * Merges the mentions of one article that {@link EventSimilarity} takes for one real event. Mentions are taken in
 * order; each joins the event built so far that it resembles best (at or above the threshold; the earlier event
 * on a tie), else starts an event of its own. The merged event's fields follow {@link #mostSpecific}. Ids come
 * from the first mention's article, sentence, trigger and type, so they are stable across runs.
 */
public final class SimilarityEventResolver implements EventResolver {

  @Override
  public List<Event> resolve(List<Mention> mentions) {
    List<Event> events = new ArrayList<>();
    List<Integer> lastSentence = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Mention m : mentions) {
      Event single = EventSimilarity.asEvent(m);
      int best = -1;
      double bestScore = EventSimilarity.THRESHOLD;
      for (int i = 0; i < events.size(); i++) {
        double s = EventSimilarity.score(events.get(i), single);
        if (s >= bestScore && (best < 0 || s > bestScore)) {
          best = i;
          bestScore = s;
        }
      }
      if (best < 0) {
        // the sentence after an event's last mention that elaborates it (its toll, its victim) tells it again
        for (int i = events.size() - 1; i >= 0 && best < 0; i--) {
          int gap = m.sentenceIndex() - lastSentence.get(i);
          if (gap >= 0 && gap <= 1 && EventSimilarity.elaborates(events.get(i), single)) {
            best = i;
          }
        }
      }
      if (best >= 0) {
        events.set(best, mostSpecific(events.get(best), single));
        lastSentence.set(best, Math.max(lastSentence.get(best), m.sentenceIndex()));
        continue;
      }
      lastSentence.add(m.sentenceIndex());
      String id = id(m);
      for (int n = 2; !ids.add(id); n++) {
        id = id(m) + "-" + n;
      }
      events.add(withId(single, id));
    }
    return events;
  }

  /**
   * {@code kept} (its id, type and modality) with what {@code other} says more precisely: an actor, target, mode or
   * story over {@code null}; the finer place (a city over a region over a country; on a tie, {@code kept}'s); the
   * tightest date both support (their intersection when they overlap, else the narrower, else {@code kept}'s); the
   * larger stated death and injury tolls (reports revise tolls upwards); the higher confidence; and the mentions
   * and links of both, {@code kept}'s first, each once. The store merges a later article's event the same way.
   */
  public static Event mostSpecific(Event kept, Event other) {
    Place place = kept.place();
    if (place == null || other.place() != null && other.place().precision().ordinal() > place.precision().ordinal()) {
      place = other.place();
    }
    List<Source> mentions = new ArrayList<>(new LinkedHashSet<>(concat(kept.mentions(), other.mentions())));
    List<Link> links = new ArrayList<>(kept.links());
    for (Link l : other.links()) {
      if (links.stream().noneMatch(k -> k.type() == l.type() && k.event().equals(l.event()))) {
        links.add(l);
      }
    }
    return new Event(kept.id(), kept.type(), or(kept.mode(), other.mode()), or(kept.actor(), other.actor()),
        or(kept.target(), other.target()), place, tightest(kept.date(), other.date()),
        larger(kept.fatalities(), other.fatalities()), larger(kept.injured(), other.injured()), kept.modality(),
        Math.max(kept.confidence(), other.confidence()), or(kept.story(), other.story()), mentions, links);
  }

  /** The interval both spans support: their intersection (a {@code null} end is open) when they overlap. */
  static DateSpan tightest(DateSpan a, DateSpan b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    if (!a.overlaps(b)) {
      return days(b) < days(a) ? b : a;
    }
    LocalDate from = a.earliest() == null ? b.earliest()
        : b.earliest() == null || a.earliest().isAfter(b.earliest()) ? a.earliest() : b.earliest();
    LocalDate to = a.latest() == null ? b.latest()
        : b.latest() == null || a.latest().isBefore(b.latest()) ? a.latest() : b.latest();
    if (Objects.equals(from, a.earliest()) && Objects.equals(to, a.latest())) {
      return a;
    }
    if (Objects.equals(from, b.earliest()) && Objects.equals(to, b.latest())) {
      return b;
    }
    return from == null ? DateSpan.until(to) : to == null ? DateSpan.from(from) : DateSpan.between(from, to);
  }

  private static long days(DateSpan d) {
    return d.earliest() == null || d.latest() == null ? Long.MAX_VALUE
        : d.latest().toEpochDay() - d.earliest().toEpochDay();
  }

  static Event withId(Event e, String id) {
    return new Event(id, e.type(), e.mode(), e.actor(), e.target(), e.place(), e.date(), e.fatalities(), e.injured(),
        e.modality(), e.confidence(), e.story(), e.mentions(), e.links());
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static <T> T or(T a, T b) {
    return a != null ? a : b;
  }

  private static Integer larger(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
  }

  /** A stable id for the event first told by {@code m}. */
  static String id(Mention m) {
    String key = m.article() + "\n" + m.sentenceIndex() + "\n" + m.trigger() + "\n" + m.type();
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
