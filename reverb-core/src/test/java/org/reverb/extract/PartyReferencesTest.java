package org.reverb.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reverb.annotate.SharedAnnotator;
import org.reverb.model.Actor;
import org.reverb.model.Article;
import org.reverb.model.EventType;
import org.reverb.model.Mention;

/** Parties named by title, by pronoun, by a bare organ noun or as the speaker of a clause (texts written for the test). */
class PartyReferencesTest {

  static final RuleEventExtractor EXTRACTOR = RuleEventExtractor.bundled();

  static List<Mention> extract(String published, String text) {
    Article article = new Article("t", LocalDate.parse(published), null, text, null, null);
    return EXTRACTOR.extract(SharedAnnotator.INSTANCE.annotate(article));
  }

  static Mention only(List<Mention> mentions, EventType type) {
    List<Mention> of = mentions.stream().filter(m -> m.type() == type).toList();
    assertEquals(1, of.size(), () -> "one " + type + " among\n"
        + mentions.stream().map(Mention::toString).collect(Collectors.joining("\n")));
    return of.get(0);
  }

  static String id(Actor a) {
    return a == null ? null : a.id();
  }

  @Test
  void an_official_unknown_to_the_dictionary_stands_for_the_government_of_the_country_the_article_is_about() {
    List<Mention> m = extract("2025-05-12", """
        Armed men opened fire on a border post in Kosovo on Sunday, wounding two officers.
        Police reinforcements were sent to the area near Zubin Potok in Kosovo overnight.
        Interior Minister Arben Gashi accused Serbia on Monday of sheltering the attackers.""");
    Mention accuse = only(m, EventType.ACCUSE);
    assertEquals("XKX", id(accuse.actor()));
    assertEquals("SRB", id(accuse.target()));
  }

  @Test
  void a_former_official_does_not_speak_for_the_government() {
    List<Mention> m = extract("2025-05-12", """
        Armed men opened fire on a border post in Kosovo on Sunday, wounding two officers.
        Police reinforcements were sent to the area near Zubin Potok in Kosovo overnight.
        Former Interior Minister Arben Gashi accused Serbia on Monday of sheltering the attackers.""");
    Optional<Mention> accuse = m.stream().filter(x -> x.type() == EventType.ACCUSE).findFirst();
    assertTrue(accuse.isEmpty() || !"XKX".equals(id(accuse.get().actor())), () -> accuse.get().toString());
  }

  @Test
  void a_pronoun_in_a_reported_clause_is_the_speaker() {
    List<Mention> m = extract("2025-03-07", """
        Russia's Federal Security Service said on Thursday that it had detained a French researcher in Moscow.""");
    Mention arrest = only(m, EventType.COERCE);
    assertEquals("RUS", id(arrest.actor()));
  }

  @Test
  void an_accusation_in_a_speakers_clause_is_the_speakers() {
    List<Mention> m = extract("2025-02-11", """
        Pakistan's foreign ministry said the claims were baseless and accused India of backing separatists.""");
    Mention accuse = only(m, EventType.ACCUSE);
    assertEquals("PAK", id(accuse.actor()));
    assertEquals("IND", id(accuse.target()));
  }

  @Test
  void a_subject_pronoun_takes_the_subject_of_the_sentence_before() {
    List<Mention> m = extract("2025-02-11", """
        President Emmanuel Macron spoke to reporters in Paris on Monday.
        He condemned Russia for the drone attacks on Ukrainian cities.""");
    Mention accuse = only(m, EventType.ACCUSE);
    assertEquals("FRA", id(accuse.actor()));
  }

  @Test
  void a_bare_organ_noun_is_the_organ_of_the_articles_country() {
    List<Mention> m = extract("2024-11-05", """
        Thousands of people marched through Dhaka in Bangladesh on Monday.
        More protests were held in Chittagong, Bangladesh, later in the day.
        Soldiers detained two opposition leaders at their homes in Dhaka on Tuesday.""");
    Mention arrest = only(m, EventType.COERCE);
    assertEquals("BGD", id(arrest.actor()));
  }

  @Test
  void the_speaker_who_reports_an_attack_is_not_its_perpetrator() {
    List<Mention> m = extract("2024-11-05", """
        Gunmen killed nine villagers in an attack on Saturday in central Mali, local authorities said.
        The army sent reinforcements to the village in Mali on Sunday.""");
    Mention attack = m.stream().filter(x -> x.type() == EventType.ASSAULT).findFirst().orElseThrow();
    assertEquals(null, id(attack.actor()));
  }

  @Test
  void the_capital_named_by_a_demonym_is_the_capital_city() {
    List<Mention> m = extract("2024-11-05", """
        Thousands of protesters marched through the Kenyan capital on Tuesday against the finance bill.""");
    Mention march = only(m, EventType.PROTEST);
    assertEquals("Nairobi", march.place().name());
  }
}
