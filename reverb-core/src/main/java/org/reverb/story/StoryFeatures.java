package org.reverb.story;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.model.Link;

/**
 * What threading compares, for one article or a whole story: the span of publication dates, how often each actor
 * and each country is named, the article's most frequent words, and the ids of the events told (and answered).
 * Maps and sets are sorted copies, so that equal features print and compare equal.
 *
 * @param first earliest publication date
 * @param last latest publication date
 * @param actors actor id → number of events naming it as actor or target (generic parties such as civilians,
 *     protesters or unnamed suspects left out: they say nothing about which conflict it is)
 * @param countries ISO3 → number of times named: an actor's country and sponsor, an event's place
 * @param terms word → count, the article's {@link Terms#top most frequent content words}
 * @param events ids of the events told, and of the events they answer
 */
public record StoryFeatures(LocalDate first, LocalDate last, Map<String, Integer> actors,
    Map<String, Integer> countries, Map<String, Integer> terms, Set<String> events) {

  private static final Set<ActorKind> GENERIC = Set.of(ActorKind.CIVILIANS, ActorKind.PROTESTERS,
      ActorKind.SUSPECTS, ActorKind.UNKNOWN);

  public StoryFeatures {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("features end before they start: " + first + ".." + last);
    }
    actors = sorted(actors);
    countries = sorted(countries);
    terms = sorted(terms);
    // sorted, so that stored features read the same in every JVM
    events = Collections.unmodifiableSortedSet(new TreeSet<>(events));
  }

  /** The features of one article and the events resolved from it. */
  public static StoryFeatures of(Article article, Iterable<Event> events) {
    Map<String, Integer> actors = new TreeMap<>();
    Map<String, Integer> countries = new TreeMap<>();
    Set<String> ids = new TreeSet<>();
    for (Event e : events) {
      ids.add(e.id());
      for (Link l : e.links()) {
        ids.add(l.event());
      }
      for (Actor a : new Actor[] {e.actor(), e.target()}) {
        if (a == null) {
          continue;
        }
        if (!GENERIC.contains(a.kind())) {
          actors.merge(a.id(), 1, Integer::sum);
        }
        count(countries, a.country());
        count(countries, a.sponsor());
      }
      count(countries, e.place() == null ? null : e.place().country());
    }
    String text = article.title() == null ? article.text() : article.title() + "\n" + article.text();
    return new StoryFeatures(article.published(), article.published(), actors, countries, Terms.top(text), ids);
  }

  /** The features of a story made of both: the wider span, the counts added, the union of events. */
  public StoryFeatures plus(StoryFeatures other) {
    Map<String, Integer> a = new TreeMap<>(actors);
    other.actors.forEach((k, v) -> a.merge(k, v, Integer::sum));
    Map<String, Integer> c = new TreeMap<>(countries);
    other.countries.forEach((k, v) -> c.merge(k, v, Integer::sum));
    Map<String, Integer> t = new TreeMap<>(terms);
    other.terms.forEach((k, v) -> t.merge(k, v, Integer::sum));
    Set<String> e = new TreeSet<>(events);
    e.addAll(other.events);
    return new StoryFeatures(first.isBefore(other.first) ? first : other.first,
        last.isAfter(other.last) ? last : other.last, a, c, t, e);
  }

  /** The same features with more event ids (a story's events that no article feature lists, such as merged ones). */
  public StoryFeatures withEvents(Set<String> more) {
    Set<String> e = new TreeSet<>(events);
    e.addAll(more);
    return new StoryFeatures(first, last, actors, countries, terms, e);
  }

  private static void count(Map<String, Integer> counts, String key) {
    if (key != null) {
      counts.merge(key, 1, Integer::sum);
    }
  }

  private static Map<String, Integer> sorted(Map<String, Integer> m) {
    return Collections.unmodifiableMap(new TreeMap<>(m));
  }
}
