package org.reverb.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reverb.model.Event;
import org.reverb.model.Link;

/**
 * Resolution across articles, one article at a time: each of an article's resolved events that
 * {@link EventSimilarity} takes for an event already known (from {@link EventCandidates}) gets that event's id, so
 * that storing it appends its mentions to the known event instead of adding a second one.
 *
 * <p>Matching is one-to-one per article: all pairs of new and known events at or above the threshold are taken
 * best score first (ties: the earlier new event, then the smaller known id), each new and each known event at most
 * once. Links between the article's own events follow the renamed ids. The resolver only renames; the store (or
 * {@link EventCandidates.InMemory#add}) merges the fields.
 *
 * <p>Thread-safe when its candidates are; ingesting articles in another order can give the merged events other ids
 * (the id is that of the event first known), but the same groups of mentions.
 */
public final class IncrementalEventResolver {

  private record Pair(int fresh, Event known, double score) {}

  private final EventCandidates candidates;

  public IncrementalEventResolver(EventCandidates candidates) {
    this.candidates = candidates;
  }

  /** The article's events, in the same order, each with the id of the known event it is, or its own. */
  public List<Event> resolve(List<Event> events) {
    Set<String> own = new HashSet<>();
    events.forEach(e -> own.add(e.id()));
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      for (Event known : candidates.near(events.get(i))) {
        if (own.contains(known.id())) {
          continue; // the article's own event, stored before (a replaced article)
        }
        double s = EventSimilarity.score(events.get(i), known);
        if (s >= EventSimilarity.THRESHOLD) {
          pairs.add(new Pair(i, known, s));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::fresh)
        .thenComparing(p -> p.known().id()));
    Map<String, String> renamed = new HashMap<>();
    Set<String> usedKnown = new HashSet<>();
    for (Pair p : pairs) {
      String id = events.get(p.fresh()).id();
      if (!renamed.containsKey(id) && usedKnown.add(p.known().id())) {
        renamed.put(id, p.known().id());
      }
    }
    if (renamed.isEmpty()) {
      return List.copyOf(events);
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      List<Link> links = e.links().stream()
          .map(l -> new Link(l.type(), renamed.getOrDefault(l.event(), l.event()), l.evidence())).toList();
      out.add(new Event(renamed.getOrDefault(e.id(), e.id()), e.type(), e.mode(), e.actor(), e.target(), e.place(),
          e.date(), e.fatalities(), e.injured(), e.modality(), e.confidence(), e.story(), e.mentions(), links));
    }
    return out;
  }
}
