package org.reverb.resolve;

import org.reverb.model.Place;

/** One place of the gazetteer with what ranks it among places of the same name. */
record GazetteerEntry(Place place, Kind kind, long population, int order) {

  /** What a place is; the order is the order of preference between places of the same name. */
  enum Kind { COUNTRY, REGION, CITY }

  /** A place that a name may mean; {@code alternate} when the name is not the place's own. */
  record Candidate(GazetteerEntry entry, boolean alternate) {

    /** Countries first, then regions, then the more populous, then own names before alternates, then file order. */
    int compareTo(Candidate other) {
      int c = entry.kind.compareTo(other.entry.kind);
      if (c == 0) {
        c = Long.compare(other.entry.population, entry.population);
      }
      if (c == 0) {
        c = Boolean.compare(alternate, other.alternate);
      }
      return c != 0 ? c : Integer.compare(entry.order, other.entry.order);
    }
  }
}
