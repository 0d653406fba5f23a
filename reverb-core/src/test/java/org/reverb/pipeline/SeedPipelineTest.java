package org.reverb.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reverb.annotate.SharedAnnotator;
import org.reverb.extract.RuleEventExtractor;
import org.reverb.ingest.ArticleReaders;
import org.reverb.model.Article;
import org.reverb.model.DateSpan;
import org.reverb.model.EventType;
import org.reverb.model.Mention;
import org.reverb.model.Modality;
import org.reverb.model.Precision;
import org.reverb.resolve.SimilarityEventResolver;

/** Golden test: the seed articles in, the events their gold file holds out, field by field. */
class SeedPipelineTest {

  static final Path DATA = Path.of("../../shared/data");
  static final Pipeline PIPELINE = new Pipeline(SharedAnnotator.INSTANCE, RuleEventExtractor.bundled(),
      new SimilarityEventResolver());
  static List<Mention> first;

  @BeforeAll
  static void extract() {
    first = PIPELINE.mentions(read(DATA.resolve("seeds/000_ea00b9217850bd5c.txt")).get(0));
  }

  static List<Article> read(Path path) {
    List<Article> out = new ArrayList<>();
    ArticleReaders.read(List.of(path), out::add, p -> {
      throw new AssertionError(p.toString());
    });
    return out;
  }

  static Mention find(String what, Predicate<Mention> p) {
    return first.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError("no " + what + " among\n"
        + first.stream().map(Mention::toString).collect(Collectors.joining("\n"))));
  }

  static String id(org.reverb.model.Actor a) {
    return a == null ? null : a.id();
  }

  @Test
  void the_baghdad_drone_strike() {
    Mention m = find("Baghdad strike", x -> x.type() == EventType.ASSAULT && "Baghdad".equals(
        x.place() == null ? null : x.place().name()) && "USA".equals(id(x.actor())));
    assertEquals("aerial", m.mode());
    assertEquals("Kataib Hezbollah", id(m.target()));
    assertEquals("IRQ", m.place().country());
    assertEquals(Integer.valueOf(3), m.fatalities());
    assertEquals(DateSpan.between(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 7)), m.date());
    assertEquals(Modality.ASSERTED, m.modality());
    assertEquals("drone strike", m.trigger());
  }

  @Test
  void the_earlier_jordan_attack_is_open_ended_before_publication() {
    Mention m = find("Jordan attack", x -> x.type() == EventType.ASSAULT && x.place() != null
        && "JOR".equals(x.place().country()));
    assertEquals("Kataib Hezbollah", id(m.actor()));
    assertEquals("USA", id(m.target()));
    assertEquals(Integer.valueOf(3), m.fatalities());
    assertEquals(DateSpan.until(LocalDate.of(2024, 2, 7)), m.date());
  }

  @Test
  void the_2020_strike_is_dated_to_its_year() {
    Mention m = find("2020 strike", x -> x.date() != null && x.date().precision() == Precision.YEAR);
    assertEquals(EventType.ASSAULT, m.type());
    assertEquals("IRN", id(m.target()));
    assertEquals(DateSpan.year(2020), m.date());
  }

  @Test
  void the_strikes_of_last_week_are_dated_to_that_week() {
    Mention m = find("last week's strikes", x -> x.date() != null && x.date().precision() == Precision.WEEK);
    assertEquals(EventType.ASSAULT, m.type());
    assertEquals("USA", id(m.actor()));
    assertEquals(new DateSpan(LocalDate.of(2024, 1, 29), LocalDate.of(2024, 2, 4), Precision.WEEK), m.date());
  }

  @Test
  void iraqi_lawmakers_call_for_us_withdrawal() {
    Mention m = find("withdrawal demand", x -> x.type() == EventType.REQUEST);
    assertEquals("withdraw", m.mode());
    assertEquals("IRQ", id(m.actor()));
    assertEquals("USA", id(m.target()));
    assertEquals(Modality.ASSERTED, m.modality());
  }

  @Test
  void potential_demonstrations_and_planned_talks_are_not_told_as_facts() {
    Mention protest = find("potential demonstrations", x -> x.type() == EventType.PROTEST);
    assertEquals(Modality.HYPOTHETICAL, protest.modality());
    assertEquals("USA", id(protest.target()));
    assertEquals(DateSpan.from(LocalDate.of(2024, 2, 7)), protest.date());
    Mention talks = find("planned talks", x -> x.type() == EventType.CONSULT);
    assertEquals(Modality.PLANNED, talks.modality());
    assertEquals("USA", id(talks.actor()));
    assertEquals("IRQ", id(talks.target()));
  }

  @Test
  void the_publication_date_is_never_an_events_day_without_a_word_for_it() {
    for (Mention m : first) {
      assertTrue(m.date() == null || !m.date().equals(DateSpan.day(m.published())), m.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"010_webb_telescope_first_images.txt", "011_britain_extreme_heat_warning.txt",
      "030_nvidia_quarterly_results.txt", "031_champions_league_final.txt"})
  void articles_without_conflict_or_politics_give_no_events(String file) {
    Article article = read(DATA.resolve("dev").resolve(file)).get(0);
    assertEquals(List.of(), PIPELINE.events(article));
  }
}
