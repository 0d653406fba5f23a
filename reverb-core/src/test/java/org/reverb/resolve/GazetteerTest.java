package org.reverb.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.model.Place;
import org.reverb.model.Place.Precision;

class GazetteerTest {

  private static final Gazetteer GAZETTEER = Gazetteer.load();

  private static Place lookup(String name, String... context) {
    return GAZETTEER.lookup(name, List.of(context)).orElseThrow(() -> new AssertionError("no place: " + name));
  }

  private static List<PlaceMatch> match(String sentence, String... context) {
    return GAZETTEER.match(Arrays.asList(sentence.split(" ")), List.of(context));
  }

  @Test
  void a_countrys_capital_is_its_capital_city() {
    assertEquals("Baghdad", GAZETTEER.capital("IRQ").orElseThrow().name());
    assertEquals("Abuja", GAZETTEER.capital("nga").orElseThrow().name());
    assertEquals("NGA", GAZETTEER.capital("NGA").orElseThrow().country());
  }

  @Test
  void baghdad_resolves_to_the_iraqi_capital() {
    Place baghdad = lookup("Baghdad");
    assertEquals("Baghdad", baghdad.name());
    assertEquals("IRQ", baghdad.country());
    assertEquals(Precision.CITY, baghdad.precision());
    assertEquals(33.3, baghdad.lat(), 0.1);
    assertEquals(44.4, baghdad.lon(), 0.1);
  }

  @Test
  void jordan_resolves_to_the_country_at_its_centre() {
    Place jordan = lookup("Jordan");
    assertEquals(new Place("Jordan", "JOR", null, 31.0, 36.0, Precision.COUNTRY), jordan);
  }

  @Test
  void gaza_resolves_to_the_palestinian_city_and_gaza_city_too() {
    Place gaza = lookup("Gaza");
    assertEquals("PSE", gaza.country());
    assertEquals(Precision.CITY, gaza.precision());
    assertEquals(gaza, lookup("Gaza City"));
    assertEquals(Precision.ADMIN1, lookup("Gaza Strip").precision());
  }

  @Test
  void tripoli_follows_the_context_country_and_else_the_larger_city() {
    assertEquals("LBN", lookup("Tripoli", "LBN").country());
    assertEquals("LBY", lookup("Tripoli", "LBY").country());
    assertEquals("LBY", lookup("Tripoli").country());
    assertEquals("LBY", lookup("Tripoli", "FRA").country());
  }

  @Test
  void a_country_name_wins_over_a_city_of_that_name() {
    assertEquals(Precision.COUNTRY, lookup("Lebanon").precision());
    assertEquals(Precision.COUNTRY, lookup("Georgia").precision());
    assertEquals("MEX", lookup("Mexico").country());
  }

  @Test
  void names_compare_without_case_accents_or_apostrophes() {
    assertEquals(lookup("Sanaa"), lookup("Sana'a"));
    assertEquals(lookup("Sanaa"), lookup("SANA’A"));
    assertEquals("YEM", lookup("sanaa").country());
    assertEquals("CIV", lookup("Côte d'Ivoire").country());
    assertEquals("CIV", lookup("Cote d’Ivoire").country());
    assertEquals("TUR", lookup("Türkiye").country());
  }

  @Test
  void alternate_spellings_find_the_city() {
    assertEquals("UKR", lookup("Kiev").country());
    assertEquals("Kyiv", lookup("Kiev").name());
    assertEquals("UKR", lookup("Odessa").country());
    assertEquals("Al Fallūjah", lookup("Fallujah").name());
    assertEquals("Al Ḩudaydah", lookup("Hodeidah").name());
  }

  @Test
  void the_arabic_article_and_saint_are_spelt_many_ways() {
    assertEquals(lookup("Al Hasakah"), lookup("al-Hasakah"));
    assertEquals(lookup("Al Hasakah"), lookup("Hasakah"));
    assertEquals(lookup("Dayr al Balah"), lookup("Deir al-Balah"));
    assertEquals("RUS", lookup("St. Petersburg").country());
  }

  @Test
  void kosovo_is_xkx() {
    assertEquals("XKX", lookup("Kosovo").country());
    assertEquals(Optional.of("XKX"), GAZETTEER.countryOf("Kosovar"));
    assertEquals("XKX", lookup("Pristina").country());
  }

  @Test
  void country_of_reads_names_aliases_and_demonyms() {
    assertEquals(Optional.of("IRQ"), GAZETTEER.countryOf("Iraqi"));
    assertEquals(Optional.of("IRQ"), GAZETTEER.countryOf("Iraqis"));
    assertEquals(Optional.of("IRQ"), GAZETTEER.countryOf("Iraq"));
    assertEquals(Optional.of("IRQ"), GAZETTEER.countryOf("IRQ"));
    assertEquals(Optional.of("USA"), GAZETTEER.countryOf("U.S."));
    assertEquals(Optional.of("USA"), GAZETTEER.countryOf("US"));
    assertEquals(Optional.of("USA"), GAZETTEER.countryOf("United States of America"));
    assertEquals(Optional.of("USA"), GAZETTEER.countryOf("Americans"));
    assertEquals(Optional.of("GBR"), GAZETTEER.countryOf("Britain"));
    assertEquals(Optional.of("GBR"), GAZETTEER.countryOf("British"));
    assertEquals(Optional.of("RUS"), GAZETTEER.countryOf("Russia"));
    assertEquals(Optional.of("KOR"), GAZETTEER.countryOf("South Korea"));
    assertEquals(Optional.of("PRK"), GAZETTEER.countryOf("North Korean"));
    assertEquals(Optional.of("COD"), GAZETTEER.countryOf("Congolese"));
    assertEquals(Optional.of("SAU"), GAZETTEER.countryOf("Saudi"));
    assertEquals(Optional.empty(), GAZETTEER.countryOf("Baghdad"));
    assertEquals(Optional.empty(), GAZETTEER.countryOf("Americas"));
  }

  @Test
  void demonyms_are_not_places() {
    assertEquals(Optional.empty(), GAZETTEER.lookup("Iraqi"));
  }

  @Test
  void a_country_place_comes_from_its_code() {
    assertEquals(lookup("Iraq"), GAZETTEER.country("IRQ").orElseThrow());
    assertEquals(Optional.empty(), GAZETTEER.country("XXX"));
  }

  @Test
  void match_finds_baghdad_in_the_heart_of_baghdad() {
    List<PlaceMatch> matches = match("in the heart of Baghdad");
    assertEquals(1, matches.size());
    assertEquals(new PlaceMatch(4, 5, lookup("Baghdad")), matches.get(0));
  }

  @Test
  void match_takes_the_longest_name_and_leaves_the_possessive() {
    assertEquals(List.of(new PlaceMatch(0, 2, lookup("Gaza"))), match("Gaza City was shelled"));
    assertEquals(List.of(new PlaceMatch(0, 1, lookup("Baghdad"))), match("Baghdad 's airport"));
    assertEquals(List.of(new PlaceMatch(0, 1, lookup("Gaza"))), match("Gaza city"));
  }

  @Test
  void match_finds_the_gulf_of_aden() {
    List<PlaceMatch> matches = match("a ship in the Gulf of Aden");
    assertEquals(1, matches.size());
    assertEquals(4, matches.get(0).begin());
    assertEquals(7, matches.get(0).end());
    assertEquals("Gulf of Aden", matches.get(0).place().name());
  }

  @Test
  void match_reads_several_places_and_uses_the_context() {
    List<PlaceMatch> matches = match("U.S. strikes near Tripoli and in Syria", "LBN");
    assertEquals(3, matches.size());
    assertEquals("USA", matches.get(0).place().country());
    assertEquals("LBN", matches.get(1).place().country());
    assertEquals("SYR", matches.get(2).place().country());
  }

  @Test
  void match_reads_an_article_joined_to_a_name() {
    assertEquals("SYR", match("fighting in al-Bab").get(0).place().country());
    List<PlaceMatch> split = match("fighting in al - Bab");
    assertEquals(1, split.size());
    assertEquals(2, split.get(0).begin());
    assertEquals(5, split.get(0).end());
  }

  @Test
  void lower_case_words_never_match() {
    assertEquals(List.of(), match("of strike nice reading gaza baghdad"));
    assertEquals(List.of(), match("Of the 20 people killed , most were civilians"));
  }

  @Test
  void the_stoplist_hides_words_and_the_places_inside_phrases() {
    assertEquals(List.of(), match("March 3 : Police said"));
    assertEquals(List.of(), match("in New Mexico and Latin America , the Washington Post said"));
    assertEquals("USA", match("America said").get(0).place().country());
    assertEquals("Reading", lookup("Reading").name());
  }

  @Test
  void a_short_word_in_capitals_names_only_a_country_or_a_large_city() {
    assertEquals(List.of(), match("NEMA and UN officials said"));
    assertEquals("COD", match("GOMA , Congo").get(0).place().country());
    assertEquals("IRQ", match("IRAQ").get(0).place().country());
    assertEquals(List.of(new PlaceMatch(3, 4, lookup("Néma"))), match("NEMA officials in Nema"));
  }

  @Test
  void armed_groups_named_after_places_are_not_places() {
    assertEquals(List.of(), match("Hamas and Hayat Tahrir al-Sham fighters"));
    assertEquals("SYR", match("in Damascus").get(0).place().country());
  }

  @Test
  void the_golan_heights_are_syrian_as_in_iso_3166() {
    assertEquals("SYR", lookup("Majdal Shams").country());
    assertEquals("SYR", lookup("Golan Heights").country());
  }

  @Test
  void a_users_file_adds_cities_regions_and_stop_phrases(@TempDir Path dir) throws Exception {
    Path cities = dir.resolve("my-cities.tsv");
    Files.writeString(cities, String.join("\n",
        "# villages of my corpus",
        "name\tascii\tcountry\tadmin1\tpopulation\tlat\tlon\talternates",
        "Ogossagou\tOgossagou\tMLI\tMopti\t\t14.3\t-3.9\tOgossogou",
        ""));
    Path regions = dir.resolve("my-regions.tsv");
    Files.writeString(regions, "name\tcountry\tadmin1\tlat\tlon\talternates\nLashio-Muse highway\tMMR\t\t23.3\t97.9\t\n");
    Path stops = dir.resolve("stop.txt");
    Files.writeString(stops, "phrase\nBaghdad Today\n");
    Gazetteer gazetteer = Gazetteer.load(cities, regions, stops);
    Place village = gazetteer.lookup("Ogossogou").orElseThrow();
    assertEquals(new Place("Ogossagou", "MLI", "Mopti", 14.3, -3.9, Precision.CITY), village);
    assertEquals(Precision.ADMIN1, gazetteer.lookup("Lashio-Muse highway").orElseThrow().precision());
    assertEquals(List.of(), gazetteer.match(List.of("Baghdad", "Today", "reports"), List.of()));
    assertEquals(Optional.empty(), GAZETTEER.lookup("Ogossogou"));
  }

  @Test
  void a_file_with_an_unknown_header_fails_by_name(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("places.tsv");
    Files.writeString(file, "name\tcountry\tlat\tlon\nAtlantis\tGRC\t1\t2\n");
    GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.load(file));
    assertTrue(e.getMessage().startsWith(file + ":1: unknown header"), e.getMessage());
  }

  @Test
  void a_city_of_an_unknown_country_fails_by_file_and_line(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cities.tsv");
    Files.writeString(file, "name\tascii\tcountry\tadmin1\tpopulation\tlat\tlon\talternates\nAtlantis\tAtlantis\tATL\t\t\t1\t2\t\n");
    GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.load(file));
    assertTrue(e.getMessage().startsWith(file + ":2: unknown country 'ATL'"), e.getMessage());
  }

  @Test
  void the_bundled_gazetteer_is_loaded_once() {
    assertSame(Gazetteer.load(), Gazetteer.load());
  }

  @Test
  void seas_may_have_no_country() {
    Place sea = lookup("Red Sea");
    assertNull(sea.country());
    assertEquals(Precision.ADMIN1, sea.precision());
  }
}
