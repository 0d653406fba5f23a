package org.reverb.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reverb.model.Actor;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Mention;
import org.reverb.model.Place;
import org.reverb.model.Source;

/**
 * How strongly two events (or mentions, as one-mention events) tell the same real event: a score in [0, 1], and
 * {@link #THRESHOLD} above which they are taken for one.
 *
 * <p><b>Vetoes</b> (score 0): different types; two modes given that differ (except {@code suicide} with
 * {@code bombing}: a suicide bombing is a bombing); different modalities; two actors given with different ids, or
 * two targets; two places in different countries; two dates that do not overlap. With no actor or target id in
 * common (every party agreement is through a {@code null}), the place must also be the same city and the dates
 * must overlap on at most {@value #STRONG_DAYS} days.
 *
 * <p><b>Evidence</b>, a weighted mean of parts in [0, 1]:
 * <ul>
 *   <li>parties, 0.30: the mean over actor and target of 1 when equal ids, 0.5 when one side is {@code null},
 *       0.25 when both are;</li>
 *   <li>place, 0.20: same city 1, same admin1 0.8, same country 0.6, one side unknown 0.4, both 0.3;</li>
 *   <li>date, 0.25: the tighter the overlap the stronger, {@code 0.4 + 0.6 / sqrt(days shared)}, so one shared day
 *       gives 1, a shared week 0.63, an open-ended overlap 0.4; one side undated 0.4, both 0.3;</li>
 *   <li>fatalities, 0.10: equal 1, within a factor of 2 0.7 (tolls are revised), further apart 0.1, else 0.5;</li>
 *   <li>text, 0.15: the best token Jaccard between their sentences (lower-cased words, stop words out, plural and
 *       verb endings cut), a tie-breaker between otherwise equal candidates.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class EventSimilarity {

  /** Scores at or above this tell one real event. */
  public static final double THRESHOLD = 0.55;

  /** Dates overlapping on at most this many days agree strongly. */
  static final int STRONG_DAYS = 8;

  /** Only this many sentences of each event are compared for text, so that long-told events stay cheap. */
  private static final int MAX_SENTENCES = 20;

  private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on", "at",
      "to", "for", "from", "by", "with", "as", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had",
      "it", "its", "this", "that", "these", "those", "which", "who", "whom", "their", "them", "they", "he", "she",
      "his", "her", "we", "our", "i", "you", "not", "no", "said", "say", "says", "also", "after", "before", "into",
      "than", "then", "there", "over", "about", "while", "would", "will", "could", "can", "may");

  private EventSimilarity() {}

  /** Whether {@code a} and {@code b} tell the same real event. */
  public static boolean same(Event a, Event b) {
    return score(a, b) >= THRESHOLD;
  }

  /** The similarity of {@code a} and {@code b}, in [0, 1]; 0 when a veto applies. Symmetric. */
  public static double score(Event a, Event b) {
    if (a.type() != b.type() || a.modality() != b.modality() || !modesCompatible(a.type(), a.mode(), b.mode())) {
      return 0;
    }
    if (conflicts(a.actor(), b.actor()) || conflicts(a.target(), b.target())) {
      return 0;
    }
    String countryA = country(a.place());
    String countryB = country(b.place());
    if (countryA != null && countryB != null && !countryA.equals(countryB)) {
      return 0;
    }
    if (a.date() != null && b.date() != null && !a.date().overlaps(b.date())) {
      return 0;
    }
    double place = place(a.place(), b.place());
    long shared = sharedDays(a.date(), b.date());
    boolean partyInCommon = sameId(a.actor(), b.actor()) || sameId(a.target(), b.target());
    if (!partyInCommon && (place < 1 || shared < 1 || shared > STRONG_DAYS)) {
      return 0;
    }
    double parties = (party(a.actor(), b.actor()) + party(a.target(), b.target())) / 2;
    double date = a.date() == null && b.date() == null ? 0.3
        : a.date() == null || b.date() == null ? 0.4
        : shared < 1 ? 0.4 : 0.4 + 0.6 / Math.sqrt(shared);
    return 0.30 * parties + 0.20 * place + 0.25 * date + 0.10 * fatalities(a.fatalities(), b.fatalities())
        + 0.15 * text(a.mentions(), b.mentions());
  }

  /**
   * Whether one article may tell {@code a} and then elaborate it as {@code b} in the next sentence ("About 30 men
   * ambushed a police patrol near Banjska. A sergeant was killed."): nothing vetoes them, they share a day of at most
   * {@value #STRONG_DAYS}, and they are not placed in two different cities.
   */
  public static boolean elaborates(Event a, Event b) {
    if (a.type() != b.type() || a.modality() != b.modality() || !modesCompatible(a.type(), a.mode(), b.mode())
        || conflicts(a.actor(), b.actor()) || conflicts(a.target(), b.target())) {
      return false;
    }
    String countryA = country(a.place());
    String countryB = country(b.place());
    if (countryA != null && countryB != null && !countryA.equals(countryB)) {
      return false;
    }
    boolean twoCities = a.place() != null && b.place() != null && a.place().precision() == Place.Precision.CITY
        && b.place().precision() == Place.Precision.CITY && !sameCity(a.place(), b.place());
    long shared = sharedDays(a.date(), b.date());
    return !twoCities && shared >= 1 && shared <= STRONG_DAYS;
  }

  /** A mention as the one-mention event it would become, for scoring. */
  public static Event asEvent(Mention m) {
    return new Event("mention", m.type(), m.mode(), m.actor(), m.target(), m.place(), m.date(), m.fatalities(),
        m.injured(), m.modality(), m.confidence(), null, List.of(m.source()), List.of());
  }

  static boolean modesCompatible(EventType type, String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return true;
    }
    return type == EventType.ASSAULT && Set.of(a, b).equals(Set.of("suicide", "bombing"));
  }

  private static boolean conflicts(Actor a, Actor b) {
    return a != null && b != null && !a.id().equals(b.id());
  }

  private static boolean sameId(Actor a, Actor b) {
    return a != null && b != null && a.id().equals(b.id());
  }

  private static double party(Actor a, Actor b) {
    return a == null && b == null ? 0.25 : a == null || b == null ? 0.5 : 1;
  }

  private static String country(Place p) {
    return p == null ? null : p.country();
  }

  private static double place(Place a, Place b) {
    if (a == null || b == null || a.country() == null || b.country() == null) {
      return a == null && b == null ? 0.3 : 0.4;
    }
    if (a.precision() == Place.Precision.CITY && b.precision() == Place.Precision.CITY && sameCity(a, b)) {
      return 1;
    }
    if (a.admin1() != null && a.admin1().equals(b.admin1())
        && a.precision() != Place.Precision.COUNTRY && b.precision() != Place.Precision.COUNTRY) {
      return 0.8;
    }
    return 0.6;
  }

  /** Same name, or coordinates within about 25 km (one city's spellings and districts). */
  private static boolean sameCity(Place a, Place b) {
    if (a.name().equalsIgnoreCase(b.name())) {
      return true;
    }
    if (a.lat() == null || b.lat() == null) {
      return false;
    }
    double dLat = a.lat() - b.lat();
    double dLon = (a.lon() - b.lon()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
    return Math.sqrt(dLat * dLat + dLon * dLon) * 111.2 <= 25;
  }

  /** Days both spans cover; {@link Long#MAX_VALUE} when the overlap is open-ended, 0 when there is none. */
  static long sharedDays(DateSpan a, DateSpan b) {
    if (a == null || b == null || !a.overlaps(b)) {
      return 0;
    }
    LocalDate from = later(a.earliest(), b.earliest());
    LocalDate to = earlier(a.latest(), b.latest());
    return from == null || to == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(from, to) + 1;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private static double fatalities(Integer a, Integer b) {
    if (a == null || b == null) {
      return 0.5;
    }
    if (a.equals(b)) {
      return 1;
    }
    int low = Math.min(a, b);
    int high = Math.max(a, b);
    return 2L * low >= high ? 0.7 : 0.1;
  }

  private static double text(List<Source> a, List<Source> b) {
    double best = 0;
    for (Source s : a.subList(0, Math.min(a.size(), MAX_SENTENCES))) {
      Set<String> x = tokens(s.sentence());
      for (Source t : b.subList(0, Math.min(b.size(), MAX_SENTENCES))) {
        best = Math.max(best, jaccard(x, tokens(t.sentence())));
      }
    }
    return best;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return (double) common.size() / (a.size() + b.size() - common.size());
  }

  /** Lower-cased content words, crudely lemmatised ("strikes" and "striking" meet; "struck" does not). */
  static Set<String> tokens(String sentence) {
    Set<String> out = new HashSet<>();
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty() || STOP_WORDS.contains(w)) {
        continue;
      }
      out.add(lemma(w));
    }
    return out;
  }

  private static String lemma(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
