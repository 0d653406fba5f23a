package org.reverb.story;

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

/** Hand-built articles and events for the story and analyze tests. */
public final class StoryEvents {

  public static final Actor USA = new Actor("USA", "United States", ActorKind.STATE, "USA", null);
  public static final Actor IRQ = new Actor("IRQ", "Iraq", ActorKind.STATE, "IRQ", null);
  public static final Actor KH = new Actor("Kataib Hezbollah", "Kataib Hezbollah", ActorKind.ARMED_GROUP, "IRQ",
      "IRN");
  public static final Actor CHL = new Actor("CHL", "Chile", ActorKind.STATE, "CHL", null);
  public static final Actor PROTESTERS = new Actor("protesters", "protesters", ActorKind.PROTESTERS, null, null);

  private StoryEvents() {}

  public static Article article(String id, String published, String text) {
    return new Article(id, LocalDate.parse(published), null, text, null, null);
  }

  /** An asserted event told in {@code article}, placed in {@code country}, with no mode and no toll. */
  public static Event event(String id, String article, EventType type, Actor actor, Actor target, String country,
      DateSpan date) {
    return event(id, article, type, null, actor, target, country, date, null, Modality.ASSERTED, List.of());
  }

  public static Event event(String id, String article, EventType type, String mode, Actor actor, Actor target,
      String country, DateSpan date, Integer fatalities, Modality modality, List<Link> links) {
    Place place = country == null ? null : new Place(country, country, null, null, null, Place.Precision.COUNTRY);
    return new Event(id, type, mode, actor, target, place, date, fatalities, null, modality, 0.9, null,
        List.of(new Source(article, LocalDate.of(2024, 2, 7), "Sentence of " + id + ".", "trigger")), links);
  }

  public static DateSpan span(String earliest, String latest) {
    return DateSpan.between(LocalDate.parse(earliest), LocalDate.parse(latest));
  }
}
