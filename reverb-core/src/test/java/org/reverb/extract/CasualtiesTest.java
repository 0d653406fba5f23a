package org.reverb.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reverb.annotate.SharedAnnotator;
import org.reverb.model.Article;

class CasualtiesTest {

  static List<Casualties.Count> counts(String sentence) {
    var annotated = SharedAnnotator.INSTANCE.annotate(
        new Article("t.txt", LocalDate.of(2024, 2, 7), null, sentence, null, null));
    return Casualties.find(annotated.sentences().get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Gunmen killed at least 12 villagers in the attack.|12|",
      "The blast killed 5 people and wounded 20 others.|5|20",
      "Three soldiers were killed and 14 injured in the ambush.|3|14",
      "The death toll rose to 21 on Friday.|21|",
      "More than 40 people died in the fire.|41|",
      "The strike resulted in the deaths of three members of the militia.|3|",
      "Thousands were killed, and more than 40,000 refugees have fled.||",
      "Over 80 targets were struck across seven locations last week.||",
      "Two men were shot dead outside the temple.|2|",
      "She was shot dead by two masked gunmen.||",
      "Police arrested 875 people overnight as rioting over the killing spread.||"})
  void stated_tolls_are_read_with_their_kind(String sentence, Integer dead, Integer injured) {
    List<Casualties.Count> counts = counts(sentence);
    assertEquals(dead, counts.stream().filter(c -> c.kind() == Casualties.Kind.DEAD).map(Casualties.Count::value)
        .findFirst().orElse(null), counts.toString());
    assertEquals(injured, counts.stream().filter(c -> c.kind() == Casualties.Kind.INJURED)
        .map(Casualties.Count::value).findFirst().orElse(null), counts.toString());
  }
}
