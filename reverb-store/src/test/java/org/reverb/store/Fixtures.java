package org.reverb.store;

import java.time.LocalDate;
import java.util.List;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.model.Article;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Link;
import org.reverb.model.Modality;
import org.reverb.model.Place;
import org.reverb.model.Source;

/** Articles and events for the store tests. */
final class Fixtures {

  static final LocalDate FEB_7 = LocalDate.of(2024, 2, 7);
  static final Actor USA = new Actor("USA", "United States", ActorKind.STATE, "USA", null);
  static final Actor KH = new Actor("Kataib Hezbollah", "Kataib Hezbollah", ActorKind.ARMED_GROUP, "IRQ", "IRN");
  static final Place BAGHDAD = new Place("Baghdad", "IRQ", "Baghdad", 33.34, 44.40, Place.Precision.CITY);

  private Fixtures() {}

  static Article article(String id, String text) {
    return new Article(id, FEB_7, "Headline " + id, text, "https://example.org/" + id, "Example Wire");
  }

  static Source source(String article, String sentence) {
    return new Source(article, FEB_7, sentence, "strike");
  }

  /** An event with every field set, told twice in {@code article}. */
  static Event full(String id, String article) {
    return new Event(id, EventType.ASSAULT, "aerial", USA, KH, BAGHDAD, DateSpan.week(FEB_7), 3, 5,
        Modality.ASSERTED, 0.87, "story-1",
        List.of(source(article, "US aircraft struck Kataib Hezbollah in Baghdad."),
            source(article, "The strike killed three.")),
        List.of(new Link(Link.Type.RESPONSE_TO, "e0", "The strike answered the attack on Tower 22."),
            new Link(Link.Type.RETALIATION_FOR, "e00", null)));
  }

  /** An event with every nullable field null. */
  static Event bare(String id, String article) {
    return new Event(id, EventType.PROTEST, null, null, null, null, null, null, null, Modality.PLANNED, 0.5, null,
        List.of(source(article, "Unions plan to protest.")), List.of());
  }

  /** A minimal event of the given type, actor, place and date. */
  static Event event(String id, String article, EventType type, Actor actor, Actor target, String country,
      DateSpan date) {
    Place place = country == null ? null : new Place(country, country, null, null, null, Place.Precision.COUNTRY);
    return new Event(id, type, null, actor, target, place, date, null, null, Modality.ASSERTED, 0.9, null,
        List.of(source(article, "Sentence of " + id + ".")), List.of());
  }
}
