package org.reverb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reverb.annotate.Sentence;
import org.reverb.annotate.Token;

/** Finds stated death and injury counts in a sentence ("killing at least 12", "three soldiers were killed"). */
public final class Casualties {

  /** Whether a count is of the dead or the injured. */
  public enum Kind { DEAD, INJURED }

  /** A count of {@code kind} stated by the number at token {@code token}. */
  public record Count(int token, int value, Kind kind) {}

  private static final Set<String> DEATH = Set.of("kill", "killing", "die", "dead", "death", "fatality",
      "massacre", "execute", "slay", "toll", "life", "body", "corpse");
  private static final Set<String> INJURY = Set.of("wound", "wounded", "injure", "injured", "injury", "hurt",
      "casualty");
  private static final Set<String> NOT_PEOPLE_NER = Set.of("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL",
      "DURATION", "SET");
  private static final Set<String> NOT_PEOPLE = Set.of("percent", "%", "year", "km", "kilometre", "kilometer",
      "mile", "time", "day", "hour", "minute", "week", "month", "target", "location", "dollar", "million",
      "billion", "meter", "metre", "acre", "village", "house", "building", "vehicle", "tank", "drone",
      "missile", "rocket", "round");
  /** Words between a cue and its number that do not break the link: "killing at least 12", "toll rose to 21". */
  private static final Set<String> FILLER = Set.of("at", "least", "more", "than", "over", "some", "about", "nearly",
      "almost", "around", "up", "to", "of", "the", "rise", "climb", "reach", "stand", "jump");
  private static final Set<String> CLAUSE_LINKS = Set.of("as", "after", "because", "when", "while", "over",
      "following", "since", "before");
  /** Verbs a count may pass on its way to its cue: "were shot dead", "have been stabbed to death". */
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "get", "shoot", "stab", "beat", "hack", "burn",
      "gun", "crush", "find", "leave", "report", "confirm", "believe");
  private static final Set<String> STOP = Set.of(";", ":", "(", ")", "but", "while", "whereas");

  private Casualties() {}

  /** Every count in the sentence, in text order. */
  public static List<Count> find(Sentence s) {
    List<Token> t = s.tokens();
    List<Count> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (!tok.pos().equals("CD") || NOT_PEOPLE_NER.contains(tok.ner())) {
        continue;
      }
      Integer value = Numbers.parse(tok.word());
      if (value == null) {
        continue;
      }
      // "two hundred", "3 thousand"
      int last = i;
      if (i + 1 < t.size() && t.get(i + 1).pos().equals("CD")) {
        Integer next = Numbers.parse(t.get(i + 1).word());
        if (next != null && (next == 100 || next == 1000)) {
          value *= next;
          last = i + 1;
        } else if (t.get(i + 1).word().equalsIgnoreCase("million")) {
          continue;
        }
      }
      if (last + 1 < t.size() && NOT_PEOPLE.contains(lemma(t.get(last + 1)))) {
        continue;
      }
      Kind kind = before(t, i);
      if (kind == null) {
        kind = after(t, last);
      }
      if (kind != null) {
        out.add(new Count(i, value + bump(t, i), kind));
      }
      i = last;
    }
    return out;
  }

  /** "more than 20" and "over 20" state at least 21. */
  private static int bump(List<Token> t, int i) {
    int j = i - 1;
    if (j >= 1 && t.get(j).word().equalsIgnoreCase("than") && t.get(j - 1).word().equalsIgnoreCase("more")) {
      return 1;
    }
    return j >= 0 && t.get(j).word().equalsIgnoreCase("over") ? 1 : 0;
  }

  private static Kind before(List<Token> t, int i) {
    for (int j = i - 1, content = 0; j >= 0 && content < 3; j--) {
      String l = lemma(t.get(j));
      if (STOP.contains(l) || t.get(j).pos().equals("CD") || l.equals(",") || l.equals("and") || l.equals("or")
          || l.equals("by")) {
        return null; // "were killed, and more than 40,000 refugees": another clause's number
      }
      Kind k = kind(l);
      if (k != null) {
        return k;
      }
      if (!FILLER.contains(l)) {
        content++;
      }
    }
    return null;
  }

  private static Kind after(List<Token> t, int i) {
    for (int j = i + 1; j < t.size() && j <= i + 7; j++) {
      String l = lemma(t.get(j));
      if (STOP.contains(l) || t.get(j).pos().equals("CD") || l.equals(",") && j > i + 1 && !kindAhead(t, j)
          || CLAUSE_LINKS.contains(l)) {
        return null;
      }
      Kind k = kind(l);
      if (k != null) {
        return k;
      }
      if (t.get(j).isVerb() && !AUXILIARIES.contains(l)) {
        return null; // "arrested 875 people overnight as rioting over the killing…": another verb's number
      }
    }
    return null;
  }

  private static boolean kindAhead(List<Token> t, int j) {
    return j + 1 < t.size() && kind(lemma(t.get(j + 1))) != null;
  }

  private static Kind kind(String lemma) {
    if (DEATH.contains(lemma)) {
      return Kind.DEAD;
    }
    return INJURY.contains(lemma) ? Kind.INJURED : null;
  }

  private static String lemma(Token t) {
    return t.lowerLemma();
  }
}
