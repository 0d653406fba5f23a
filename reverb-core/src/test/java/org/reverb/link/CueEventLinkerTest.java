package org.reverb.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reverb.annotate.AnnotatedArticle;
import org.reverb.annotate.Sentence;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.model.Article;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Link;
import org.reverb.model.Modality;
import org.reverb.model.Source;

class CueEventLinkerTest {

  static final LocalDate PUBLISHED = LocalDate.of(2024, 7, 31);
  static final DateSpan LEAD = DateSpan.between(PUBLISHED.minusDays(7), PUBLISHED);
  static final Actor ISR = new Actor("ISR", "Israel", ActorKind.STATE, "ISR", null);
  static final Actor LBN = new Actor("LBN", "Lebanon", ActorKind.STATE, "LBN", null);
  static final Actor HEZBOLLAH = new Actor("Hezbollah", "Hezbollah", ActorKind.ARMED_GROUP, "LBN", "IRN");
  static final Actor CIVILIANS = new Actor("civilians", "civilians", ActorKind.CIVILIANS, null, null);
  static final Actor PROTESTERS = new Actor("protesters", "protesters", ActorKind.PROTESTERS, null, null);
  static final Actor KEN = new Actor("KEN", "Kenya", ActorKind.STATE, "KEN", null);

  static final CueEventLinker LINKER = CueEventLinker.bundled();

  /** The article of these sentences, annotated with text only: the linker reads sentences and triggers. */
  static AnnotatedArticle article(String... sentences) {
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      out.add(new Sentence(i, sentences[i], List.of(), List.of(), List.of(), List.of()));
    }
    return new AnnotatedArticle(new Article("a.txt", PUBLISHED, null, String.join(" ", sentences), null, null),
        out);
  }

  static Event event(String id, EventType type, String mode, Actor actor, Actor target, DateSpan date,
      String sentence, String trigger) {
    return new Event(id, type, mode, actor, target, null, date, null, null, Modality.ASSERTED, 0.8, null,
        List.of(new Source("a.txt", PUBLISHED, sentence, trigger)), List.of());
  }

  /** Each event id to the ids it links to, with the link type: {@code beirut -> [retaliation_for golan]}. */
  static Map<String, List<String>> links(List<Event> events) {
    return events.stream().collect(Collectors.toMap(Event::id,
        e -> e.links().stream().map(l -> l.type().key() + " " + l.event()).toList()));
  }

  static Event byId(List<Event> events, String id) {
    return events.stream().collect(Collectors.toMap(Event::id, Function.identity())).get(id);
  }

  @Test
  void an_air_strike_in_retaliation_for_a_rocket_attack_is_linked_to_it_with_the_sentence_as_evidence() {
    String s0 = "Israel carried out an air strike on Beirut on Tuesday in retaliation for a rocket attack that"
        + " killed 12 children in the Golan Heights on Saturday.";
    AnnotatedArticle a = article(s0);
    Event beirut = event("beirut", EventType.ASSAULT, "aerial", ISR, HEZBOLLAH, DateSpan.day(PUBLISHED.minusDays(1)),
        s0, "air strike");
    Event golan = event("golan", EventType.ASSAULT, "shelling", HEZBOLLAH, CIVILIANS,
        DateSpan.day(PUBLISHED.minusDays(3)), s0, "rocket attack");
    List<Event> out = LINKER.link(a, List.of(beirut, golan));
    assertEquals(Map.of("beirut", List.of("retaliation_for golan"), "golan", List.of()), links(out));
    assertEquals(s0, byId(out, "beirut").links().get(0).evidence());
  }

  @Test
  void a_strike_named_only_as_this_strike_is_the_articles_earlier_strike() {
    String s0 = "A US drone strike in Baghdad killed three members of Kataib Hezbollah.";
    String s1 = "This particular strike was a response to the killing of three US soldiers in a previous drone"
        + " attack in Jordan.";
    Actor usa = new Actor("USA", "United States", ActorKind.STATE, "USA", null);
    Actor kh = new Actor("Kataib Hezbollah", "Kataib Hezbollah", ActorKind.ARMED_GROUP, "IRQ", "IRN");
    Event baghdad = event("baghdad", EventType.ASSAULT, "aerial", usa, kh, LEAD, s0, "drone strike");
    Event jordan = event("jordan", EventType.ASSAULT, "aerial", kh, usa, DateSpan.until(PUBLISHED), s1,
        "drone attack");
    List<Event> out = LINKER.link(article(s0, s1), List.of(baghdad, jordan));
    assertEquals(Map.of("baghdad", List.of("response_to jordan"), "jordan", List.of()), links(out));
  }

  @Test
  void a_condemnation_answers_the_articles_assault_by_the_party_it_condemns() {
    String s0 = "Israel carried out an air strike on Beirut on Tuesday.";
    String s1 = "Lebanese Prime Minister Najib Mikati condemned the strike.";
    Event beirut = event("beirut", EventType.ASSAULT, "aerial", ISR, HEZBOLLAH, LEAD, s0, "air strike");
    Event condemnation = event("mikati", EventType.ACCUSE, "disapprove", LBN, ISR, LEAD, s1, "condemned");
    List<Event> out = LINKER.link(article(s0, s1), List.of(beirut, condemnation));
    assertEquals(Map.of("beirut", List.of(), "mikati", List.of("response_to beirut")), links(out));
    assertNull(byId(out, "mikati").links().get(0).evidence(), "an inferred link has no evidence");
  }

  @Test
  void a_condemnation_that_names_no_one_is_made_against_the_attacker_it_answers() {
    String s0 = "Israel carried out an air strike on Beirut on Tuesday.";
    String s1 = "Lebanon condemned the strike.";
    Event beirut = event("beirut", EventType.ASSAULT, "aerial", ISR, HEZBOLLAH, LEAD, s0, "air strike");
    Event condemnation = event("lbn", EventType.ACCUSE, "disapprove", LBN, null, LEAD, s1, "condemned");
    Event linked = byId(LINKER.link(article(s0, s1), List.of(beirut, condemnation)), "lbn");
    assertEquals(List.of("response_to beirut"), links(List.of(linked)).get("lbn"));
    assertEquals(ISR, linked.target());
  }

  @Test
  void a_condemnation_of_a_third_party_is_not_linked_to_the_assault() {
    String s0 = "Israel carried out an air strike on Beirut on Tuesday.";
    String s1 = "Lebanon condemned Kenya.";
    Event beirut = event("beirut", EventType.ASSAULT, "aerial", ISR, HEZBOLLAH, LEAD, s0, "air strike");
    Event condemnation = event("odd", EventType.ACCUSE, "disapprove", LBN, KEN, LEAD, s1, "condemned");
    assertEquals(List.of(), byId(LINKER.link(article(s0, s1), List.of(beirut, condemnation)), "odd").links());
  }

  @Test
  void tear_gas_on_protesters_answers_their_protest() {
    String s0 = "Thousands of protesters stormed parliament in Nairobi on Tuesday.";
    String s1 = "Police fired tear gas to disperse the crowd.";
    Event protest = event("storm", EventType.PROTEST, "riot", PROTESTERS, KEN, LEAD, s0, "stormed");
    Event gas = event("gas", EventType.ASSAULT, "crowd_control", KEN, PROTESTERS, LEAD, s1, "tear gas");
    List<Event> out = LINKER.link(article(s0, s1), List.of(protest, gas));
    assertEquals(Map.of("storm", List.of(), "gas", List.of("response_to storm")), links(out));
  }

  @Test
  void an_event_is_never_linked_to_itself() {
    String s0 = "The strike on Beirut came in retaliation for the strike.";
    Event strike = event("strike", EventType.ASSAULT, "aerial", ISR, HEZBOLLAH, LEAD, s0, "strike");
    assertEquals(List.of(), LINKER.link(article(s0), List.of(strike)).get(0).links());
  }

  @Test
  void a_reaction_is_not_linked_to_an_event_dated_after_it() {
    String s0 = "Lebanon condemned Israel on Monday.";
    String s1 = "Israel carried out an air strike on Beirut on Tuesday.";
    Event condemnation = event("mikati", EventType.ACCUSE, "disapprove", LBN, ISR,
        DateSpan.day(PUBLISHED.minusDays(2)), s0, "condemned");
    Event beirut = event("beirut", EventType.ASSAULT, "aerial", ISR, HEZBOLLAH, DateSpan.day(PUBLISHED.minusDays(1)),
        s1, "air strike");
    List<Event> out = LINKER.link(article(s0, s1), List.of(condemnation, beirut));
    assertEquals(Map.of("mikati", List.of(), "beirut", List.of()), links(out));
  }

  @Test
  void linking_makes_no_cycle() {
    String s0 = "Canada expelled an Indian diplomat on Monday after India expelled a Canadian diplomat.";
    Actor can = new Actor("CAN", "Canada", ActorKind.STATE, "CAN", null);
    Actor ind = new Actor("IND", "India", ActorKind.STATE, "IND", null);
    Event canada = event("canada", EventType.SANCTION, "expel", can, ind, LEAD, s0, "expelled an Indian");
    Event india = event("india", EventType.SANCTION, "expel", ind, can, LEAD, s0, "expelled a Canadian");
    List<Event> out = LINKER.link(article(s0), List.of(canada, india));
    assertEquals(Map.of("canada", List.of("response_to india"), "india", List.of()), links(out),
        "the counter-expulsion rule must not link back");
  }

  @Test
  void events_keep_their_order_and_their_existing_links() {
    String s0 = "Israel carried out an air strike on Beirut on Tuesday.";
    String s1 = "Lebanon condemned the strike.";
    Event beirut = event("beirut", EventType.ASSAULT, "aerial", ISR, HEZBOLLAH, LEAD, s0, "air strike");
    Event old = new Event("mikati", EventType.ACCUSE, "disapprove", LBN, ISR, null, LEAD, null, null,
        Modality.ASSERTED, 0.8, null, List.of(new Source("a.txt", PUBLISHED, s1, "condemned")),
        List.of(new Link(Link.Type.RESPONSE_TO, "elsewhere", null)));
    List<Event> out = LINKER.link(article(s0, s1), List.of(beirut, old));
    assertEquals(List.of("beirut", "mikati"), out.stream().map(Event::id).toList());
    assertEquals(List.of("response_to elsewhere"), links(out).get("mikati"));
  }

  @Test
  void a_cue_file_with_an_unknown_row_kind_fails_naming_the_line() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CueEventLinker.read(new StringReader("# header\nrule\tACCUSE\tASSAULT\tresponse_to\tcompatible\n"),
            "my-cues.tsv"));
    assertTrue(e.getMessage().startsWith("my-cues.tsv:2: unknown row kind 'rule'"), e.getMessage());
  }

  @Test
  void a_cue_file_with_a_mode_of_another_type_fails() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CueEventLinker.read(new StringReader("react\tACCUSE/aerial\tASSAULT\tresponse_to\tcompatible\n"),
            "my-cues.tsv"));
    assertTrue(e.getMessage().contains("my-cues.tsv:1: mode aerial is not a mode of ACCUSE"), e.getMessage());
  }
}
