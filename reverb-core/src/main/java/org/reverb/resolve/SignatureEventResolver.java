package org.reverb.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.Mention;
import org.reverb.model.Source;

/**
 * Merges mentions of one article that agree on type, actor, target and country and whose dates overlap; each
 * other mention becomes an event of its own. Event ids are derived from the first mention's article, sentence
 * and trigger, so they are stable across runs.
 */
public final class SignatureEventResolver implements EventResolver {

  @Override
  public List<Event> resolve(List<Mention> mentions) {
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
    for (Mention m : mentions) {
      List<Mention> group = null;
      for (List<Mention> g : groups.values()) {
        if (sameEvent(g.get(0), m)) {
          group = g;
          break;
        }
      }
      if (group == null) {
        String id = id(m);
        for (int n = 2; groups.containsKey(id); n++) {
          id = id(m) + "-" + n;
        }
        groups.put(id, group = new ArrayList<>());
      }
      group.add(m);
    }
    List<Event> out = new ArrayList<>();
    groups.forEach((id, group) -> out.add(merge(id, group)));
    return out;
  }

  private static boolean sameEvent(Mention a, Mention b) {
    return a.article().equals(b.article()) && a.type() == b.type() && a.modality() == b.modality()
        && Objects.equals(actorId(a.actor()), actorId(b.actor()))
        && Objects.equals(actorId(a.target()), actorId(b.target()))
        && Objects.equals(a.place() == null ? null : a.place().country(), b.place() == null ? null : b.place().country())
        && (a.date() == null || b.date() == null || a.date().overlaps(b.date()));
  }

  private static String actorId(org.reverb.model.Actor a) {
    return a == null ? null : a.id();
  }

  private static Event merge(String id, List<Mention> group) {
    Mention first = group.get(0);
    String mode = first.mode();
    DateSpan date = first.date();
    Integer fatalities = first.fatalities();
    Integer injured = first.injured();
    org.reverb.model.Place place = first.place();
    double confidence = first.confidence();
    List<Source> sources = new ArrayList<>();
    for (Mention m : group) {
      sources.add(m.source());
      mode = mode != null ? mode : m.mode();
      date = tighter(date, m.date());
      fatalities = larger(fatalities, m.fatalities());
      injured = larger(injured, m.injured());
      if (place == null || m.place() != null && m.place().precision().ordinal() > place.precision().ordinal()) {
        place = m.place();
      }
      confidence = Math.max(confidence, m.confidence());
    }
    return new Event(id, first.type(), mode, first.actor(), first.target(), place, date, fatalities, injured,
        first.modality(), confidence, null, sources, List.of());
  }

  private static Integer larger(Integer a, Integer b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return Math.max(a, b);
  }

  /** The span that says more: the intersection when both are closed and overlap, else the shorter. */
  static DateSpan tighter(DateSpan a, DateSpan b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    if (a.earliest() != null && a.latest() != null && b.earliest() != null && b.latest() != null && a.overlaps(b)) {
      var from = a.earliest().isAfter(b.earliest()) ? a.earliest() : b.earliest();
      var to = a.latest().isBefore(b.latest()) ? a.latest() : b.latest();
      DateSpan cut = DateSpan.between(from, to);
      if (cut.equals(a)) {
        return a;
      }
      return cut.equals(b) ? b : cut;
    }
    return a.earliest() != null && a.latest() != null ? a : b;
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
