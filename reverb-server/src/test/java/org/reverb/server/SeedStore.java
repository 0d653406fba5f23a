package org.reverb.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reverb.ingest.SeedFormatReader;
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
import org.reverb.store.EventStore;
import org.reverb.store.SqliteEventStore;
import org.reverb.story.SimilarityStoryThreader;
import org.reverb.story.StoryThreader;

/**
 * A SQLite store holding the two seed articles ({@code shared/data/seeds}) and their events as the seeds' gold file
 * codes them, with the articles' own sentences: real events, without loading CoreNLP in the server's tests. The two
 * articles thread into one story.
 */
final class SeedStore {

  static final Path SEEDS = Path.of("../../shared/data/seeds");
  static final String STRIKE_ARTICLE = "000_ea00b9217850bd5c.txt";
  static final String FUNERAL_ARTICLE = "001_dbf4b11c1ec67530.txt";
  static final String STRIKE_SENTENCE = "In a recent escalation of tensions in the Middle East, a US drone strike in the heart "
      + "of Baghdad resulted in the deaths of three members of the Kataib Hezbollah militia, a powerful group known "
      + "for its attacks on American troops.";

  static final Actor USA = new Actor("USA", "United States", ActorKind.STATE, "USA", null);
  static final Actor IRQ = new Actor("IRQ", "Iraq", ActorKind.STATE, "IRQ", null);
  static final Actor KH = new Actor("Kataib Hezbollah", "Kataib Hezbollah", ActorKind.ARMED_GROUP, "IRQ", "IRN");
  static final Place BAGHDAD = new Place("Baghdad", "IRQ", "Baghdad", 33.34, 44.40, Place.Precision.CITY);
  static final Place JORDAN = new Place("Jordan", "JOR", null, 31.0, 36.0, Place.Precision.COUNTRY);
  static final Place IRAQ = new Place("Iraq", "IRQ", null, 33.0, 44.0, Place.Precision.COUNTRY);

  private SeedStore() {}

  /** A new store in {@code dir} with the seeds' articles and events. */
  static EventStore open(Path dir) {
    EventStore store = new SqliteEventStore(dir.resolve("seeds.db"));
    List<Article> articles = new ArrayList<>();
    SeedFormatReader reader = new SeedFormatReader();
    for (String name : List.of(STRIKE_ARTICLE, FUNERAL_ARTICLE)) {
      reader.read(SEEDS.resolve(name), articles::add, p -> {
        throw new IllegalStateException("seed " + name + ": " + p);
      });
    }
    LocalDate feb7 = LocalDate.of(2024, 2, 7);
    LocalDate feb8 = LocalDate.of(2024, 2, 8);
    Event jordan = new Event("jordan-attack", EventType.ASSAULT, "aerial", KH, USA, JORDAN, DateSpan.until(feb7), 3,
        null, Modality.ASSERTED, 0.8, null, List.of(new Source(STRIKE_ARTICLE, feb7, "This particular strike was a "
            + "response to the killing of three US soldiers in a previous drone attack in Jordan, attributed to the "
            + "same Kataib Hezbollah militia.", "attack")), List.of());
    Event strike = new Event("baghdad-strike", EventType.ASSAULT, "aerial", USA, KH, BAGHDAD,
        DateSpan.between(LocalDate.of(2024, 2, 1), feb7), 3, null, Modality.ASSERTED, 0.9, null,
        List.of(new Source(STRIKE_ARTICLE, feb7, STRIKE_SENTENCE, "drone strike"),
            new Source(FUNERAL_ARTICLE, feb8, "Hundreds gather to mourn the fallen commander, a casualty of the "
                + "recent US drone strike in Baghdad.", "drone strike")),
        List.of(new Link(Link.Type.RESPONSE_TO, "jordan-attack", "This particular strike was a response to the "
            + "killing of three US soldiers in a previous drone attack in Jordan.")));
    Event demand = new Event("withdrawal-demand", EventType.REQUEST, "withdraw", IRQ, USA, IRAQ,
        DateSpan.between(LocalDate.of(2024, 1, 31), feb7), null, null, Modality.ASSERTED, 0.7, null,
        List.of(new Source(STRIKE_ARTICLE, feb7, "Security officials in Baghdad are now preparing for potential "
            + "anti-US demonstrations, while some Iraqi parliament members are calling for the withdrawal of US forces "
            + "from the country.", "calling for the withdrawal")),
        List.of(new Link(Link.Type.RESPONSE_TO, "baghdad-strike", null)));
    Event funeral = new Event("funeral-procession", EventType.PROTEST, "demonstrate", null, null, BAGHDAD,
        DateSpan.day(feb8), null, null, Modality.ASSERTED, 0.6, null,
        List.of(new Source(FUNERAL_ARTICLE, feb8, "The funeral procession for the slain commander, who was in charge "
            + "of Kataib Hezbollah's drone operations in Syria, paints a striking image of collective mourning and "
            + "anger.", "procession")), List.of());
    Event talks = new Event("us-iraq-talks", EventType.CONSULT, "negotiate", USA, IRQ, null, DateSpan.from(feb7),
        null, null, Modality.PLANNED, 0.6, null,
        List.of(new Source(STRIKE_ARTICLE, feb7, "The death of the Kataib Hezbollah commander comes at a sensitive "
            + "juncture, as the US and Iraqi governments are set to engage in talks regarding the future of the US "
            + "presence in the country.", "talks")), List.of());
    Event strikeFirstTold = new Event(strike.id(), strike.type(), strike.mode(), strike.actor(), strike.target(),
        strike.place(), strike.date(), strike.fatalities(), null, strike.modality(), strike.confidence(), null,
        strike.mentions().subList(0, 1), strike.links());
    StoryThreader threader = new SimilarityStoryThreader();
    store.put(articles.get(0), List.of(jordan, strikeFirstTold, demand, talks), threader);
    store.put(articles.get(1), List.of(strike, funeral), threader);
    return store;
  }
}
