package org.reverb.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reverb.annotate.AnnotatedArticle;
import org.reverb.annotate.Dependency;
import org.reverb.annotate.Sentence;
import org.reverb.annotate.Timex;
import org.reverb.annotate.Token;
import org.reverb.model.Actor;
import org.reverb.model.DateSpan;
import org.reverb.model.EventType;
import org.reverb.model.Mention;
import org.reverb.model.Modality;
import org.reverb.model.Place;
import org.reverb.resolve.ActorDictionary;
import org.reverb.resolve.ActorMatch;
import org.reverb.resolve.Gazetteer;
import org.reverb.resolve.PlaceMatch;
import org.reverb.resolve.TimexDates;

/**
 * Finds events with a trigger lexicon and the dependency graph: a trigger phrase names the event, the
 * grammatical relations around it give actor, target and place, and the sentence gives date, casualties and
 * modality. Where the parse says nothing, word order decides, at a lower confidence.
 */
public final class RuleEventExtractor implements EventExtractor {

  /** A trigger found in a sentence: tokens [begin, end), the token whose relations count, and its entry. */
  private record Found(int begin, int end, int head, Lexicon.Trigger entry) {
    boolean covers(int token) {
      return token >= begin && token < end;
    }
  }

  /** The role a dependency path gives an actor relative to a trigger. */
  private enum Role { ACTOR, TARGET, OF, LOCATION, NONE }

  /** Verbs that carry a nominal trigger: "launched strikes", "held talks", "engage in talks". */
  private static final Set<String> LIGHT_VERBS = Set.of("carry", "launch", "conduct", "stage", "mount", "order",
      "hold", "organize", "organise", "lead", "begin", "continue", "intensify", "step", "resume", "unleash",
      "announce", "make", "issue", "engage", "join", "perpetrate", "commit", "execute", "deliver", "impose",
      "call", "start", "escalate", "take", "open", "fire", "use");
  private static final Set<String> PLACE_RELATIONS = Set.of("in", "at", "near", "across", "outside", "inside",
      "around", "into", "on", "from", "off", "along", "over", "through", "throughout");
  private static final Set<String> ATTACK_WORDS = Set.of("attack", "bombing", "blast", "explosion", "massacre",
      "strike", "killing", "shooting", "assault", "ambush", "raid", "abduction", "kidnapping", "assassination");
  private static final Set<String> LOWER_CASE_MONTH_WORDS = Set.of("march", "may", "august");
  private static final Set<String> EARLIER = Set.of("previous", "earlier", "past", "former", "prior", "last");
  /** What a threat may threaten. */
  private static final Set<EventType> HARMS = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION,
      EventType.MOBILIZE, EventType.REJECT, EventType.RETREAT, EventType.PROTEST);
  private static final Set<EventType> SYMMETRIC = Set.of(EventType.CONSULT, EventType.AGREE, EventType.COOPERATE);
  private static final Set<String> VICTIM_WORDS = Set.of("death", "kill", "killing", "die", "dead", "casualty",
      "wound", "injure", "injury", "victim", "body");
  private static final Set<String> KILL_WORDS = Set.of("kill", "killing", "assassinate", "assassination",
      "murder", "execute", "execution");
  private static final Set<String> PERSON_NOUNS = Set.of("leader", "commander", "general", "chief", "head",
      "officer", "soldier", "journalist", "reporter", "judge", "politician", "lawmaker", "minister", "president",
      "mayor", "governor", "activist", "cleric", "scientist", "official", "man", "woman", "boy", "girl", "child",
      "student", "teacher", "policeman", "founder", "spokesman", "candidate", "priest", "imam", "protester",
      "demonstrator", "civilian", "worker", "farmer", "doctor", "nurse", "diplomat", "ambassador", "envoy");
  /** Triggers that say something to someone: "demands from Iraqi officials" names who demands. */
  private static final Set<EventType> SAYING = Set.of(EventType.REQUEST, EventType.THREATEN, EventType.ACCUSE,
      EventType.REJECT, EventType.CONSULT, EventType.AGREE, EventType.SUPPORT, EventType.CONCEDE);
  private static final Set<EventType> OF_IS_TARGET = Set.of(EventType.ASSAULT, EventType.COERCE,
      EventType.SANCTION, EventType.ACCUSE);

  private final Lexicon lexicon;
  private final ActorDictionary actors;
  private final Gazetteer gazetteer;
  private final PartyReferences references;

  public RuleEventExtractor(Lexicon lexicon, ActorDictionary actors, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.actors = actors;
    this.gazetteer = gazetteer;
    this.references = new PartyReferences(lexicon, actors);
  }

  /** The extractor with the bundled lexicon, actor dictionary and gazetteer. */
  public static RuleEventExtractor bundled() {
    return new RuleEventExtractor(Lexicon.bundled(), ActorDictionary.load(), Gazetteer.load());
  }

  @Override
  public List<Mention> extract(AnnotatedArticle article) {
    Set<String> context = articleCountries(article);
    List<List<PlaceMatch>> places = new ArrayList<>();
    List<List<ActorMatch>> parties = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      places.add(places(s, context));
      parties.add(actors.match(s.words(), article.article().published()));
    }
    Place fallbackPlace = dominantCountry(article, places);
    parties = references.resolve(article, parties, fallbackPlace == null ? null : fallbackPlace.country());
    LocalDate anchor = anchorDay(article);
    Map<String, String> people = fullNames(article);
    if (!places.isEmpty()) {
      // "RAIPUR, India — Maoist insurgents…": the dateline says where the report was filed, not where it happened.
      int dateline = datelineEnd(article.sentences().get(0));
      places.set(0, places.get(0).stream().filter(p -> p.begin() >= dateline).toList());
    }
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      out.addAll(extract(article, article.sentences().get(i), places.get(i), parties.get(i), fallbackPlace, anchor,
          people));
    }
    return attributePerpetrator(article, parties, out);
  }

  /**
   * "Islamic State claimed responsibility", "Israel blamed Hezbollah for the attack", "attributed to the ELN": the
   * article's attacks whose sentences name no perpetrator are coded as the text attributes them.
   */
  private static List<Mention> attributePerpetrator(AnnotatedArticle article, List<List<ActorMatch>> parties,
      List<Mention> mentions) {
    Actor perpetrator = null;
    for (int i = 0; i < parties.size() && perpetrator == null; i++) {
      perpetrator = perpetrator(article.sentences().get(i), parties.get(i));
    }
    if (perpetrator == null) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      // only the news of the article: an attack of years before is not the one attributed
      boolean recent = m.date() != null && m.date().earliest() != null
          && !m.date().earliest().isBefore(m.published().minusDays(7));
      boolean attack = m.type() == EventType.ASSAULT && m.actor() == null && m.modality() == Modality.ASSERTED
          && recent && (m.target() == null || !m.target().id().equals(perpetrator.id()));
      out.add(!attack ? m : new Mention(m.article(), m.published(), m.sentenceIndex(), m.sentence(), m.trigger(),
          m.type(), m.mode(), perpetrator, m.target(), m.place(), m.date(), m.fatalities(), m.injured(),
          m.modality(), m.confidence() * 0.9));
    }
    return out;
  }

  /** The party a sentence holds responsible for an attack, or {@code null}. */
  private static Actor perpetrator(Sentence s, List<ActorMatch> matches) {
    List<Token> t = s.tokens();
    for (int i = 0; i + 1 < t.size(); i++) {
      String a = lemma(t.get(i));
      String b = lemma(t.get(i + 1));
      if (a.equals("claim") && (b.equals("responsibility") || b.equals("credit"))) {
        for (Dependency e : s.children(i)) {
          if (e.relation().equals("nsubj")) {
            Actor x = covering(matches, e.dependent());
            if (x != null) {
              return x;
            }
          }
        }
      }
      if (a.equals("attribute") && b.equals("to") || a.equals("blame") && b.equals("on")) {
        for (ActorMatch m : matches) {
          if (m.begin() > i + 1 && m.begin() <= i + 5) {
            return m.actor();
          }
        }
      }
      if ((a.equals("blame") || a.equals("accuse")) && t.get(i).isVerb()) {
        for (Dependency e : s.children(i)) {
          boolean forAttack = s.children(i).stream().anyMatch(c -> (c.relation().equals("obl:for")
              || c.relation().equals("advcl:of") || c.relation().equals("obl:of"))
              && ATTACK_WORDS.contains(lemma(t.get(c.dependent()))));
          if (e.relation().equals("obj") && forAttack) {
            Actor x = covering(matches, e.dependent());
            if (x != null) {
              return x;
            }
          }
        }
      }
    }
    return null;
  }

  private static Actor covering(List<ActorMatch> matches, int token) {
    for (ActorMatch m : matches) {
      if (m.begin() <= token && token < m.end()) {
        return m.actor();
      }
    }
    return null;
  }

  private List<Mention> extract(AnnotatedArticle article, Sentence s, List<PlaceMatch> placeMatches,
      List<ActorMatch> actorMatches, Place fallbackPlace, LocalDate anchor, Map<String, String> people) {
    List<Found> triggers = triggers(s);
    if (triggers.isEmpty()) {
      return List.of();
    }
    List<ActorMatch> antiMatches = antiMatches(s);
    List<Casualties.Count> counts = Casualties.find(s);

    List<Draft> drafts = new ArrayList<>();
    for (Found f : triggers) {
      if (negated(s, f)) {
        continue;
      }
      drafts.add(draft(article, s, f, triggers, actorMatches, antiMatches, placeMatches, fallbackPlace, anchor,
          people));
    }
    absorbNested(s, drafts);
    assignCasualties(s, drafts, counts);
    singleVictims(s, drafts);

    List<Mention> out = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.absorbed || partyless(d) && !anchored(d) || thin(d) || emptyThreat(d)) {
        continue;
      }
      out.add(d.toMention(article, s));
    }
    return out;
  }

  /**
   * Whether the mention names no party, or only an organisation the dictionary does not know acting alone on no
   * one through a weak trigger ("NASA released images").
   */
  private static boolean partyless(Draft d) {
    boolean unknownAlone = d.actor != null && d.actor.kind() == org.reverb.model.ActorKind.UNKNOWN
        && d.found.entry().confidence() < 0.6;
    return (d.actor == null || unknownAlone) && d.target == null;
  }

  /**
   * Whether a mention that names no party still stands on its own: a clear trigger with its own place, date or
   * toll ("a car bomb exploded in Bogota on Thursday, killing 21").
   */
  private static boolean anchored(Draft d) {
    return d.found.entry().confidence() >= 0.7 && (d.placeLocative || d.dateFromText || d.fatalities != null);
  }

  /**
   * Whether a mention rests on word order alone: no party the grammar links to the trigger, and no place,
   * date or toll of its own ("this particular strike was a response to…" names no new event).
   */
  private static boolean thin(Draft d) {
    if (d.type == EventType.PROTEST && d.modality != Modality.HYPOTHETICAL && d.found.entry().confidence() >= 0.7) {
      return false; // "a march", "a general strike": protest words stand on their own, by protesters
    }
    return !d.actorFromGrammar && !d.targetFromGrammar && !d.placeLocative && !d.dateFromText
        && d.fatalities == null;
  }

  /**
   * "Threatening to smash the record", "warned passengers to expect delays": a threat needs a harm — a mode, an
   * event it threatens, or a party it is made against.
   */
  private static boolean emptyThreat(Draft d) {
    if (d.type != EventType.THREATEN || d.mode != null || d.hasContent) {
      return false;
    }
    return !d.targetFromGrammar || d.target.kind() == org.reverb.model.ActorKind.CIVILIANS;
  }

  /** The token after a dateline's dash ("KABUL, Afghanistan —"), or 0 when the sentence opens with none. */
  private static int datelineEnd(Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 1; i < Math.min(t.size(), 12); i++) {
      String w = t.get(i).word();
      if (w.equals("—") || w.equals("--") || w.equals("–") || w.equals(":")) {
        return i + 1;
      }
      if (!t.get(i).isProperNoun() && !t.get(i).pos().equals("CD") && !w.equals(",") && !w.equals(".")) {
        return 0;
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------- triggers

  private List<Found> triggers(Sentence s) {
    List<Token> t = s.tokens();
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      int blocked = blockerEnd(t, i);
      if (blocked > i) {
        i = blocked - 1;
        continue;
      }
      Found best = null;
      for (Lexicon.Trigger entry : lexicon.triggersStartingWith(lemma(t.get(i)))) {
        int end = Lexicon.matchEnd(t, i, entry.words());
        if (end < 0) {
          continue;
        }
        int n = end - i;
        boolean verbal = entry.pos() == 'V' || entry.pos() == 'T';
        Token head = verbal ? t.get(i) : t.get(i + n - 1);
        if (entry.pos() == 'N' && !head.isNoun() || verbal && !head.isVerb()
            || entry.pos() == 'T' && !transitive(s, i) || !verbal && modifiesNoun(s, head.index())) {
          continue;
        }
        best = new Found(i, i + n, verbal ? i : i + n - 1, entry);
        break;
      }
      if (best != null) {
        out.add(best);
        i = best.end() - 1;
      }
    }
    return out;
  }

  /** The end of a phrase that is never an event ("heart attack", "a demonstration of force") at {@code i}, or -1. */
  private int blockerEnd(List<Token> t, int i) {
    for (List<String> phrase : lexicon.blockersStartingWith(lemma(t.get(i)))) {
      int end = Lexicon.matchEnd(t, i, phrase);
      if (end > i) {
        return end;
      }
    }
    return -1;
  }

  /** "aid workers", "protest leaders", "attack helicopters": a noun that only modifies another names no event. */
  private static boolean modifiesNoun(Sentence s, int i) {
    for (Dependency d : s.heads(i)) {
      if (d.relation().equals("compound") && d.governor() > i && s.tokens().get(d.governor()).isNoun()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the verb at {@code i} has an object or is passive: "police dispersed the crowd", not "the crowd dispersed". */
  private static boolean transitive(Sentence s, int i) {
    for (Dependency d : s.children(i)) {
      if (d.relation().equals("obj") || d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }

  private static boolean negated(Sentence s, Found f) {
    for (Dependency d : s.children(f.head())) {
      if (d.relation().equals("neg")) {
        return true;
      }
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("advmod") && (w.equals("not") || w.equals("never") || w.equals("n't"))) {
        return true;
      }
      if (d.relation().equals("det") && w.equals("no")) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- arguments

  /** Mutable working state for one trigger while the sentence is read. */
  private final class Draft {
    final Found found;
    final BitSet unit;
    /** Verbs whose subject is also this trigger's: "insurgents blew up a van, killing ten". */
    int host = -1;
    EventType type;
    String mode;
    Actor actor;
    Actor target;
    boolean actorFromGrammar;
    boolean targetFromGrammar;
    Place place;
    boolean placeInSentence;
    boolean placeLocative;
    DateSpan date;
    boolean dateFromText;
    Integer fatalities;
    Integer injured;
    Modality modality;
    boolean absorbed;
    boolean hasContent;

    Draft(Found found, BitSet unit) {
      this.found = found;
      this.unit = unit;
      this.type = found.entry().type();
      this.mode = found.entry().mode();
    }

    /** One party cannot be both sides: keep the side the grammar gave, else the target. */
    void reconcile() {
      if (actor != null && target != null && actor.id().equals(target.id())) {
        if (actorFromGrammar && !targetFromGrammar) {
          target = null;
        } else {
          actor = null;
          actorFromGrammar = false;
        }
      }
    }

    Mention toMention(AnnotatedArticle article, Sentence s) {
      double c = found.entry().confidence() * (0.55 + (actorFromGrammar ? 0.15 : actor != null ? 0.08 : 0)
          + (targetFromGrammar ? 0.1 : target != null ? 0.05 : 0) + (placeInSentence ? 0.1 : 0)
          + (dateFromText ? 0.1 : 0));
      String trigger = String.join(" ", s.words(found.begin(), found.end()));
      return new Mention(article.article().id(), article.article().published(), s.index(), s.text(), trigger,
          type, type.allowsMode(mode) ? mode : null, actor, target, place, date, fatalities, injured, modality,
          Math.min(0.99, c));
    }
  }

  private Draft draft(AnnotatedArticle article, Sentence s, Found f, List<Found> all, List<ActorMatch> actorMatches,
      List<ActorMatch> antiMatches, List<PlaceMatch> placeMatches, Place fallbackPlace, LocalDate anchor,
      Map<String, String> people) {
    BitSet unit = unit(s, f);
    Draft d = new Draft(f, unit);
    d.host = participleHost(s, f);
    if (d.mode == null) {
      d.mode = modeFromCues(s, f, unit);
    }
    assignActors(s, d, all, actorMatches, antiMatches, people);
    d.reconcile();
    assignPlace(s, d, placeMatches, actorMatches, fallbackPlace);
    String where = d.place != null && d.place.country() != null ? d.place.country()
        : fallbackPlace != null ? fallbackPlace.country() : null;
    if (d.actor == null && where != null) {
      var kind = organSubject(s, d);
      if (kind != null) {
        // "Police detained 14 people in Vienna": a state organ with no country named is the one where it acted.
        d.actor = actors.byId(where).map(a -> new Actor(a.id(), a.name(), kind, a.country(), null)).orElse(null);
        d.actorFromGrammar = d.actor != null;
        d.reconcile();
      }
    }
    retype(s, d);
    d.modality = modality(s, d);
    protestParties(d, where);
    assignDate(article, s, d, anchor);
    return d;
  }

  /** The trigger's tokens plus the light verb that carries a nominal trigger. */
  private static BitSet unit(Sentence s, Found f) {
    BitSet unit = new BitSet();
    unit.set(f.begin(), f.end());
    if (f.entry().pos() == 'N' || f.entry().pos() == '*' && s.tokens().get(f.head()).isNoun()) {
      for (Dependency d : s.heads(f.head())) {
        if (d.governor() < 0 || unit.get(d.governor())) {
          continue;
        }
        Token gov = s.tokens().get(d.governor());
        String rel = d.baseRelation();
        boolean carried = gov.isVerb() && LIGHT_VERBS.contains(lemma(gov))
            && (rel.equals("obj") || rel.equals("obl") || rel.equals("nsubj:pass") || d.relation().equals("nsubj:pass"));
        boolean subjectOf = gov.isVerb() && rel.equals("nsubj");
        if (carried || subjectOf) {
          unit.set(d.governor());
        }
      }
    }
    return unit;
  }

  /**
   * Words that are two events: a "strike" by a union is a labour strike, and an assault by protesters ("protesters
   * stormed the palace") is a riot.
   */
  private void retype(Sentence s, Draft d) {
    if (d.found.end() - d.found.begin() == 1) {
      String trigger = lemma(s.tokens().get(d.found.head()));
      for (Token t : s.tokens()) {
        Lexicon.Retype r = lexicon.retype(trigger, lemma(t));
        if (r != null) {
          d.type = r.type();
          d.mode = r.mode();
          return;
        }
      }
    }
    if (d.type == EventType.ASSAULT && d.mode == null && d.actor != null
        && d.actor.kind() == org.reverb.model.ActorKind.NGO
        && lemma(s.tokens().get(d.found.head())).equals("strike")) {
      d.type = EventType.PROTEST; // a union's or association's strike is a labour strike
      d.mode = "strike";
      return;
    }
    if (d.actor != null && d.actor.kind() == org.reverb.model.ActorKind.PROTESTERS) {
      if (d.type == EventType.ASSAULT) {
        d.type = EventType.PROTEST;
        d.mode = "riot";
      } else if (d.type == EventType.COERCE) {
        d.type = EventType.PROTEST; // "protesters blocked the highway"
        d.mode = "demonstrate";
      }
    }
    if (d.type == EventType.ASSAULT && "crowd_control".equals(d.mode) && d.target == null) {
      d.target = actors.byId("protesters").orElse(null); // tear gas and water cannon are used on crowds
    }
  }

  /**
   * A protest's parties by the coding convention: the actor is the protesters unless a group is named, and the
   * target, when the text names none, is the state where they protest.
   */
  private void protestParties(Draft d, String where) {
    if (d.type != EventType.PROTEST || d.modality == Modality.HYPOTHETICAL) {
      return; // who might protest is not known
    }
    if (d.actor == null || d.actor.kind() == org.reverb.model.ActorKind.CIVILIANS || isStateOrgan(d.actor)) {
      Actor protesters = actors.byId("protesters").orElse(null);
      if (d.actor != null && isStateOrgan(d.actor)
          && (d.target == null || d.target.kind() == org.reverb.model.ActorKind.PROTESTERS)) {
        d.target = d.actor; // "Israelis protested", "police fired on crowds in demonstrations": against the state
        d.targetFromGrammar = d.actorFromGrammar;
      }
      d.actor = protesters;
      d.reconcile();
    }
    if (d.target == null && where != null && d.modality == Modality.ASSERTED) {
      d.target = actors.byId(where).orElse(null);
    }
  }

  private static boolean isStateOrgan(Actor a) {
    return switch (a.kind()) {
      case STATE, GOVERNMENT, MILITARY, POLICE, LEGISLATURE, JUDICIARY -> true;
      default -> false;
    };
  }

  /** The verb a participle trigger hangs off (", killing ten"), when the participle has no subject of its own. */
  private static int participleHost(Sentence s, Found f) {
    Token head = s.tokens().get(f.head());
    if (!head.pos().equals("VBG") && !head.pos().equals("VBN")) {
      return -1;
    }
    for (Dependency e : s.children(f.head())) {
      if (e.relation().startsWith("nsubj")) {
        return -1;
      }
    }
    for (Dependency e : s.heads(f.head())) {
      if (e.governor() >= 0 && (e.baseRelation().equals("advcl") || e.baseRelation().equals("xcomp")
          || e.baseRelation().equals("conj")) && s.tokens().get(e.governor()).isVerb()) {
        return e.governor();
      }
    }
    return -1;
  }

  private String modeFromCues(Sentence s, Found f, BitSet unit) {
    List<Token> t = s.tokens();
    for (Dependency d : s.children(f.head())) {
      String rel = d.baseRelation();
      if (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod") || rel.equals("obl")
          || rel.equals("nsubj") || rel.equals("obj")) {
        String m = lexicon.modeCue(f.entry().type(), lemma(t.get(d.dependent())));
        if (m != null) {
          return m;
        }
      }
    }
    for (int i = Math.max(0, f.begin() - 3); i < f.begin(); i++) {
      String m = lexicon.modeCue(f.entry().type(), lemma(t.get(i)));
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  private void assignActors(Sentence s, Draft d, List<Found> all, List<ActorMatch> matches,
      List<ActorMatch> antiMatches, Map<String, String> people) {
    List<ActorMatch> actorRole = new ArrayList<>();
    List<ActorMatch> targetRole = new ArrayList<>();
    BitSet placed = new BitSet();
    BitSet acted = new BitSet(); // parties the grammar makes the object of this trigger
    for (ActorMatch m : matches) {
      Role role;
      if (m.end() > d.found.begin() && m.begin() < d.found.end()) {
        // "US drone" + "drone strike": a party named inside the trigger's phrase, before its head, acts.
        role = m.begin() < d.found.begin() ? Role.ACTOR : Role.NONE;
      } else {
        role = role(s, m, d);
      }
      if (role == Role.TARGET) {
        acted.set(m.begin());
      }
      if (role == Role.OF) {
        role = OF_IS_TARGET.contains(d.type) ? Role.TARGET : Role.ACTOR;
      }
      switch (role) {
        case ACTOR -> actorRole.add(m);
        case TARGET -> targetRole.add(m);
        case LOCATION -> placed.set(m.begin());
        default -> { }
      }
    }
    for (ActorMatch m : antiMatches) {
      if (role(s, m, d) == Role.TARGET) {
        targetRole.add(m);
      }
    }
    Comparator<ActorMatch> order = SYMMETRIC.contains(d.type) ? Comparator.comparingInt(ActorMatch::begin)
        : Comparator.comparingInt(m -> distance(m, d.found));
    // "The United States and Britain condemned": of several subjects before the trigger, the first named acts.
    actorRole.sort(Comparator.comparing((ActorMatch m) -> m.end() > d.found.begin())
        .thenComparing(m -> m.end() <= d.found.begin() ? m.begin() : distance(m, d.found)));
    targetRole.sort(order);
    ActorMatch attributed = attributed(s, d, all, matches);
    if (attributed != null && actorRole.isEmpty()) {
      actorRole.add(attributed);
    }
    if (actorRole.isEmpty()) {
      // "India's foreign ministry said … and accused Canada": what a speaker's clause says, the speaker says;
      // "the FSB said 11 people had been detained": a state organ reports its own arrests
      ActorMatch speaker = references.speaker(s, matches, d.found.head());
      boolean speaks = SAYING.contains(d.type);
      boolean arrests = d.type == EventType.COERCE && speaker != null && isStateOrgan(speaker.actor());
      if (speaker != null && (speaks || arrests)) {
        actorRole.add(speaker);
      }
    }
    if (!actorRole.isEmpty()) {
      d.actor = actorRole.get(0).actor();
      d.actorFromGrammar = true;
    }
    for (ActorMatch m : targetRole) {
      if (!sameAs(m, d.actor)) {
        d.target = m.actor();
        d.targetFromGrammar = true;
        break;
      }
    }
    if (d.target == null && SYMMETRIC.contains(d.type)) {
      for (ActorMatch m : actorRole) {
        if (!sameAs(m, d.actor)) {
          d.target = m.actor();
          d.targetFromGrammar = true;
          break;
        }
      }
    }
    if (d.target == null && d.type == EventType.ASSAULT) {
      ActorMatch victim = victim(s, matches, d);
      if (victim != null) {
        d.target = victim.actor();
        d.targetFromGrammar = true;
      }
    }
    if (d.target == null && SAYING.contains(d.type)) {
      ActorMatch addressee = clauseSubject(s, matches, d);
      if (addressee != null && !sameAs(addressee, d.actor)) {
        d.target = addressee.actor(); // "demanded that the junta reinstate Bazoum": asked of the junta
        d.targetFromGrammar = true;
      }
    }
    if (d.target == null && PERSON_TARGETS.contains(d.type)) {
      Actor person = namedPerson(s, d, people);
      if (person != null) {
        d.target = person; // "detained Evan Gershkovich": a named person is a party in their own right
        d.targetFromGrammar = true;
      }
    }
    // Word order where the grammar is silent: the nearest party before the trigger acts, after it is acted on.
    // Parties that are where the event happened ("attacks in Iraq") are places, not parties.
    if (d.actor == null && !hasArgument(s, d, SUBJECTS)) {
      for (ActorMatch m : matches) {
        if (m.end() <= d.found.begin() && d.found.begin() - m.end() <= 6 && !sameAs(m, d.target)
            && !placed.get(m.begin()) && !acted.get(m.begin()) && !references.speaks(s, m)) {
          d.actor = m.actor();
        }
      }
    }
    if (d.target == null && !hasArgument(s, d, OBJECTS)) {
      for (ActorMatch m : matches) {
        if (m.begin() >= d.found.end() && m.begin() - d.found.end() <= 12 && !sameAs(m, d.actor)
            && !placed.get(m.begin())) {
          d.target = m.actor();
          break;
        }
      }
    }
  }

  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj", "obl:agent", "obl:by", "nmod:agent",
      "nmod:by");
  private static final Set<String> OBJECTS = Set.of("obj", "nsubj:pass", "nsubj:pass:xsubj");

  /** Whether the trigger has a grammatical argument of these relations, known to the dictionary or not. */
  private static boolean hasArgument(Sentence s, Draft d, Set<String> relations) {
    for (int t = d.unit.nextSetBit(0); t >= 0; t = d.unit.nextSetBit(t + 1)) {
      for (Dependency e : s.children(t)) {
        if (relations.contains(e.relation()) && !d.unit.get(e.dependent())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The bare organ noun that is the trigger's subject ("police detained…", "troops opened fire"), or null. */
  private org.reverb.model.ActorKind organSubject(Sentence s, Draft d) {
    for (int t = d.unit.nextSetBit(0); t >= 0; t = d.unit.nextSetBit(t + 1)) {
      for (Dependency e : s.children(t)) {
        if (SUBJECTS.contains(e.relation()) && !d.unit.get(e.dependent())) {
          BitSet phrase = s.subtree(e.dependent());
          int from = phrase.nextSetBit(0);
          int to = phrase.previousSetBit(phrase.length());
          String words = String.join(" ", s.words(from, to + 1));
          var kind = actors.organ(words);
          if (kind.isPresent()) {
            return kind.get();
          }
        }
      }
    }
    return null;
  }

  private static final Set<EventType> PERSON_TARGETS = Set.of(EventType.COERCE, EventType.ASSAULT,
      EventType.ACCUSE, EventType.THREATEN);

  /** The subject of a clause the trigger governs: "demanded that the junta reinstate…", "said X must…". */
  private static ActorMatch clauseSubject(Sentence s, List<ActorMatch> matches, Draft d) {
    for (Dependency e : s.children(d.found.head())) {
      if (!e.baseRelation().equals("ccomp")) {
        continue;
      }
      for (Dependency sub : s.children(e.dependent())) {
        if (sub.relation().equals("nsubj")) {
          for (ActorMatch m : matches) {
            if (m.begin() <= sub.dependent() && sub.dependent() < m.end()) {
              return m;
            }
          }
        }
      }
    }
    return null;
  }

  /** The person the NER finds as the trigger's object or passive subject, as an actor of kind person. */
  private static Actor namedPerson(Sentence s, Draft d, Map<String, String> people) {
    for (int t = d.unit.nextSetBit(0); t >= 0; t = d.unit.nextSetBit(t + 1)) {
      for (Dependency e : s.children(t)) {
        boolean object = e.relation().equals("obj") || e.relation().equals("nsubj:pass")
            || d.found.entry().pos() != 'V' && e.relation().equals("nmod:of");
        if (!object || d.unit.get(e.dependent())) {
          continue;
        }
        for (var entity : s.entities()) {
          if (entity.type().equals("PERSON") && entity.tokenBegin() <= e.dependent()
              && e.dependent() < entity.tokenEnd()) {
            String name = entity.tokenEnd() - entity.tokenBegin() >= 2 ? entity.text() : people.get(entity.text());
            if (name != null) {
              return new Actor(name, name, org.reverb.model.ActorKind.PERSON, null, null);
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * The party that died or was hurt: "the deaths of three members of X", "killing three X soldiers",
   * "X fighters were killed".
   */
  private static ActorMatch victim(Sentence s, List<ActorMatch> matches, Draft d) {
    for (ActorMatch m : matches) {
      if (sameAs(m, d.actor)) {
        continue;
      }
      int cur = spanHead(s, m.begin(), m.end());
      Set<Integer> seen = new LinkedHashSet<>();
      for (int step = 0; step < 4 && cur >= 0 && seen.add(cur); step++) {
        Dependency up = s.head(cur).orElse(null);
        if (up == null) {
          break;
        }
        String rel = up.relation();
        String gov = lemma(s.tokens().get(up.governor()));
        boolean hurtWord = VICTIM_WORDS.contains(gov);
        if (hurtWord && (rel.equals("nmod:of") || rel.equals("obj") || rel.equals("nsubj:pass")
            || rel.equals("nsubj") && (gov.equals("die") || gov.equals("dead")))) {
          if (connected(s, up.governor(), d)) {
            return m;
          }
          break;
        }
        if (!(rel.equals("nmod:of") || rel.equals("compound") || rel.equals("appos") || rel.startsWith("conj")
            || rel.equals("amod") || rel.equals("nmod:poss"))) {
          break;
        }
        cur = up.governor();
      }
    }
    return null;
  }

  private static boolean sameAs(ActorMatch m, Actor a) {
    return a != null && m.actor().id().equals(a.id());
  }

  /**
   * "attributed to X", "blamed on X", "claimed by X", "carried out by X": X is the perpetrator of the nearest
   * trigger before the cue.
   */
  private static ActorMatch attributed(Sentence s, Draft d, List<Found> all, List<ActorMatch> matches) {
    List<Token> t = s.tokens();
    for (int i = d.found.end(); i + 1 < t.size(); i++) {
      String a = lemma(t.get(i));
      String b = lemma(t.get(i + 1));
      boolean cue = a.equals("attribute") && b.equals("to") || a.equals("blame") && b.equals("on")
          || a.equals("claim") && b.equals("by") || a.equals("out") && b.equals("by");
      if (!cue) {
        continue;
      }
      for (Found other : all) {
        if (other.begin() >= d.found.end() && other.end() <= i) {
          return null; // a nearer trigger takes the attribution
        }
      }
      for (ActorMatch m : matches) {
        if (m.begin() > i + 1 && m.begin() <= i + 5) {
          return m;
        }
      }
      return null;
    }
    return null;
  }

  /** Walks from the actor's head up the graph to the trigger; the relation that enters the trigger decides. */
  private static Role role(Sentence s, ActorMatch m, Draft d) {
    int cur = spanHead(s, m.begin(), m.end());
    Set<Integer> seen = new LinkedHashSet<>();
    for (int step = 0; step < 5 && cur >= 0 && seen.add(cur); step++) {
      Dependency next = null;
      for (Dependency e : s.heads(cur)) {
        if (e.governor() < 0) {
          continue;
        }
        if (d.unit.get(e.governor())) {
          return roleOf(s, e, d);
        }
        if (e.governor() == d.host && e.relation().equals("nsubj")) {
          return Role.ACTOR;
        }
        if (next == null) {
          next = e;
        }
      }
      if (next == null) {
        return Role.NONE;
      }
      String rel = next.baseRelation();
      if (rel.equals("acl") || rel.equals("advcl") || rel.equals("ccomp") || rel.equals("parataxis")) {
        return Role.NONE; // another clause: another event's argument
      }
      cur = next.governor();
    }
    return Role.NONE;
  }

  private static Role roleOf(Sentence s, Dependency e, Draft d) {
    String rel = e.relation();
    String base = e.baseRelation();
    String marker = rel.contains(":") ? rel.substring(rel.indexOf(':') + 1) : "";
    Token dep = s.tokens().get(e.dependent());
    if (dep.word().toLowerCase(Locale.ROOT).startsWith("anti-")) {
      return Role.TARGET;
    }
    boolean nominal = d.found.entry().pos() == 'N' || d.found.entry().pos() == '*' && s.tokens().get(d.found.head()).isNoun();
    if (rel.equals("nsubj:pass")) {
      return Role.TARGET;
    }
    switch (base) {
      case "nsubj":
        return Role.ACTOR;
      case "obj":
      case "iobj":
        return Role.TARGET;
      case "compound":
      case "amod":
      case "nmod:poss":
        return Role.ACTOR;
      default:
        break;
    }
    if (rel.equals("nmod:poss")) {
      return Role.ACTOR;
    }
    switch (marker) {
      case "agent":
      case "by":
        return Role.ACTOR;
      case "on":
      case "against":
      case "with":
      case "upon":
        return Role.TARGET;
      case "of":
        return nominal ? Role.OF : Role.NONE;
      case "from":
        return nominal && SAYING.contains(d.type) ? Role.ACTOR : Role.LOCATION;
      default:
        return PLACE_RELATIONS.contains(marker) ? Role.LOCATION : Role.NONE;
    }
  }

  private static int spanHead(Sentence s, int begin, int end) {
    for (int i = begin; i < end; i++) {
      boolean outside = true;
      for (Dependency e : s.heads(i)) {
        if (e.governor() >= begin && e.governor() < end) {
          outside = false;
          break;
        }
      }
      if (outside) {
        return i;
      }
    }
    return end - 1;
  }

  private static int distance(ActorMatch m, Found f) {
    return m.end() <= f.begin() ? f.begin() - m.end() : Math.max(0, m.begin() - f.end());
  }

  /** "anti-US protests": the party after "anti-" is what the event is against, when it modifies the trigger. */
  private List<ActorMatch> antiMatches(Sentence s) {
    List<ActorMatch> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      String w = t.word();
      if (w.length() > 5 && w.toLowerCase(Locale.ROOT).startsWith("anti-")) {
        actors.lookup(w.substring(5)).ifPresent(a -> out.add(new ActorMatch(t.index(), t.index() + 1, a)));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- place

  private void assignPlace(Sentence s, Draft d, List<PlaceMatch> places, List<ActorMatch> actorMatches,
      Place fallback) {
    PlaceMatch best = null;
    int bestScore = Integer.MIN_VALUE;
    for (PlaceMatch p : places) {
      boolean actsAsParty = false;
      for (ActorMatch a : actorMatches) {
        if (a.begin() < p.end() && p.begin() < a.end()) {
          actsAsParty = true;
        }
      }
      boolean locative = locative(s, p, d);
      if (actsAsParty && !locative) {
        continue;
      }
      int score = (locative ? 100 : 0) - Math.abs(p.begin() - d.found.head())
          + (p.place().precision() == Place.Precision.CITY ? 5 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    if (best != null) {
      d.place = best.place();
      d.placeInSentence = true;
      d.placeLocative = bestScore >= 50;
    } else if (fallback != null && (d.actor != null && fallback.country().equals(d.actor.country())
        || d.target != null && fallback.country().equals(d.target.country()))) {
      d.place = fallback; // the article's main country, where a party of the event belongs
    }
  }

  /** Relations inside a place phrase between the place name and its preposition: "the heart of Baghdad". */
  private static final Set<String> WITHIN_PLACE = Set.of("nmod:of", "compound", "appos", "conj", "amod", "flat",
      "nmod:poss", "conj:and");

  /** Whether the place hangs off the trigger through "in", "at", "near" …, perhaps via "the heart of". */
  private static boolean locative(Sentence s, PlaceMatch p, Draft d) {
    int cur = spanHead(s, p.begin(), p.end());
    Set<Integer> seen = new LinkedHashSet<>();
    for (int step = 0; step < 4 && cur >= 0 && seen.add(cur); step++) {
      Dependency next = s.head(cur).orElse(null);
      if (next == null) {
        return false;
      }
      String rel = next.relation();
      if (d.unit.get(next.governor())) {
        String marker = rel.contains(":") ? rel.substring(rel.indexOf(':') + 1) : "";
        return PLACE_RELATIONS.contains(marker);
      }
      if (!WITHIN_PLACE.contains(rel)) {
        return false;
      }
      cur = next.governor();
    }
    return false;
  }

  // ---------------------------------------------------------------- modality and date

  private Modality modality(Sentence s, Draft d) {
    if (d.type == EventType.THREATEN) {
      return Modality.THREATENED;
    }
    List<Token> t = s.tokens();
    for (Dependency e : s.children(d.found.head())) {
      String rel = e.baseRelation();
      if (rel.equals("aux") || rel.equals("amod") || rel.equals("advmod") || rel.equals("mark")) {
        Modality m = cue(d, lemma(t.get(e.dependent())));
        if (m != null) {
          return m;
        }
      }
    }
    int cur = unitTop(s, d);
    Set<Integer> seen = new LinkedHashSet<>();
    for (int step = 0; step < 3 && seen.add(cur); step++) {
      Dependency up = s.head(cur).orElse(null);
      if (up == null) {
        break;
      }
      String rel = up.baseRelation();
      // The planned, urged or feared thing is a complement or object: "set to engage", "calling for the
      // withdrawal", "the risk of attacks"; "setting the building ablaze in an attack" plans nothing.
      boolean complement = rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj")
          || up.relation().equals("obl:for") || up.relation().equals("nmod:for") || up.relation().equals("nmod:of")
          || up.relation().equals("advcl:if");
      if (!complement) {
        break;
      }
      if (up.relation().equals("advcl:if")) {
        return Modality.HYPOTHETICAL;
      }
      int gov = up.governor();
      boolean phrasal = s.children(gov).stream().anyMatch(e -> e.relation().equals("compound:prt"));
      // "call" urges only as "call for" or "call on": "called the storming treasonous" urges nothing
      boolean bareCall = lemma(t.get(gov)).equals("call") && !up.relation().endsWith(":for")
          && s.children(gov).stream().noneMatch(e -> e.relation().endsWith(":on") || e.relation().endsWith(":for"));
      Modality m = phrasal || bareCall ? null : cue(d, lemma(t.get(gov)));
      if (m != null) {
        return m;
      }
      for (Dependency e : s.children(gov)) {
        if (e.baseRelation().equals("aux") && t.get(gov).isVerb()) {
          m = cue(d, lemma(t.get(e.dependent())));
          if (m != null) {
            return m;
          }
        }
      }
      cur = gov;
    }
    return Modality.ASSERTED;
  }

  /** The token of the trigger's unit that no other unit token governs: the light verb of "engage in talks". */
  private static int unitTop(Sentence s, Draft d) {
    for (int t = d.unit.nextSetBit(0); t >= 0; t = d.unit.nextSetBit(t + 1)) {
      Dependency up = s.head(t).orElse(null);
      if (up == null || !d.unit.get(up.governor())) {
        if (t != d.found.head() || d.unit.cardinality() == d.found.end() - d.found.begin()) {
          return t;
        }
      }
    }
    return d.found.head();
  }

  private Modality cue(Draft d, String lemma) {
    Modality m = lexicon.modalityCue(lemma);
    if (m == Modality.CALLED_FOR && d.type == EventType.REQUEST || m == Modality.THREATENED) {
      return null; // the request or threat is itself the event
    }
    return m;
  }

  /** Surnames to the full names the article gives first ("Amini" → "Mahsa Amini"); ambiguous ones are left out. */
  private static Map<String, String> fullNames(AnnotatedArticle article) {
    Map<String, String> out = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (Sentence s : article.sentences()) {
      for (var entity : s.entities()) {
        if (entity.type().equals("PERSON") && entity.tokenEnd() - entity.tokenBegin() >= 2) {
          String surname = s.tokens().get(entity.tokenEnd() - 1).word();
          String known = out.putIfAbsent(surname, entity.text());
          if (known != null && !known.equals(entity.text())) {
            ambiguous.add(surname);
          }
        }
      }
    }
    out.keySet().removeAll(ambiguous);
    return out;
  }

  /**
   * The day of the news the article leads with: the first day named in its first two sentences, in the week
   * before publication. Undated events of the article happened between it and publication.
   */
  private static LocalDate anchorDay(AnnotatedArticle article) {
    LocalDate published = article.article().published();
    for (Sentence s : article.sentences().subList(0, Math.min(2, article.sentences().size()))) {
      int dateline = s.index() == 0 ? datelineEnd(s) : 0;
      for (Timex x : s.timexes()) {
        if (x.tokenBegin() < dateline) {
          continue; // "Baghdad, February 8, 2024:" dates the report
        }
        DateSpan span = TimexDates.span(x.value(), published);
        if (span != null && span.precision() == org.reverb.model.Precision.DAY) {
          LocalDate day = pastWeekday(span.earliest(), published);
          if (!day.isAfter(published) && !day.isBefore(published.minusDays(7))) {
            return day;
          }
        }
      }
    }
    return null;
  }

  /**
   * A weekday SUTime placed in the week after publication ("on Tuesday" in a report of what happened): the past
   * one is meant. Other days are returned as they are.
   */
  private static LocalDate pastWeekday(LocalDate day, LocalDate published) {
    return day.isAfter(published) && !day.isAfter(published.plusDays(7)) ? day.minusDays(7) : day;
  }

  private static void assignDate(AnnotatedArticle article, Sentence s, Draft d, LocalDate anchor) {
    var published = article.article().published();
    Timex best = null;
    int bestScore = Integer.MIN_VALUE;
    int dateline = s.index() == 0 ? datelineEnd(s) : 0;
    for (Timex x : s.timexes()) {
      if (!x.type().equals("DATE") && !x.type().equals("TIME") || x.tokenBegin() < dateline
          || LOWER_CASE_MONTH_WORDS.contains(x.text())) {
        continue; // "joined a march" is no month
      }
      DateSpan span = TimexDates.span(x.value(), published);
      if (span == null || "PRESENT_REF".equals(x.value())) {
        continue;
      }
      if (x.tokenBegin() > 0 && s.tokens().get(x.tokenBegin() - 1).word().equalsIgnoreCase("since")
          && span.earliest() != null && span.earliest().isBefore(published.minusYears(1))) {
        continue;
      }
      boolean before = x.tokenEnd() <= d.found.begin();
      int dist = before ? d.found.begin() - x.tokenEnd() : Math.max(0, x.tokenBegin() - d.found.end());
      Attachment attachment = attached(s, x, d);
      if (attachment == Attachment.ARGUMENT) {
        continue;
      }
      boolean attached = attachment == Attachment.TRIGGER;
      // A dateline ("Baghdad, February 8, 2024:") or a far-off date dates the report, not this event.
      if (!attached && (before ? dist > 10 : dist > 5) || !attached && span.equals(DateSpan.day(published))) {
        continue;
      }
      int score = (attached ? 100 : 0) - dist;
      if (score > bestScore) {
        bestScore = score;
        best = x;
      }
    }
    boolean future = d.modality == Modality.PLANNED || d.modality == Modality.HYPOTHETICAL
        || d.modality == Modality.CALLED_FOR;
    if (best != null) {
      DateSpan span = TimexDates.span(best.value(), published);
      if (!future && span.latest() == null) {
        span = null; // "the future" does not date what already happened
      } else if (!future && span.earliest() != null && span.earliest().isAfter(published)) {
        LocalDate day = pastWeekday(span.earliest(), published);
        span = span.precision() == org.reverb.model.Precision.DAY && !day.isAfter(published) ? DateSpan.day(day)
            : null;
      }
      if (span != null && best.tokenBegin() > 0
          && s.tokens().get(best.tokenBegin() - 1).word().equalsIgnoreCase("since") && span.earliest() != null) {
        span = DateSpan.between(span.earliest(), published); // "fighting since Saturday" goes on until the news
      }
      if (span != null) {
        d.date = span;
        d.dateFromText = true;
        return;
      }
    }
    if (future) {
      d.date = DateSpan.from(published);
    } else if (earlier(s, d)) {
      d.date = DateSpan.until(published);
    } else {
      // the lead paragraph tells the news of the anchor day; later undated events run from it to publication
      d.date = anchor == null ? DateSpan.between(published.minusDays(7), published)
          : s.index() <= 2 ? DateSpan.day(anchor) : DateSpan.between(anchor, published);
    }
  }

  /** Whether token {@code t} and the trigger are within three steps of each other in the graph. */
  private static boolean connected(Sentence s, int t, Draft d) {
    return reaches(s, t, d.unit) || reaches(s, d.found.head(), bitOf(t));
  }

  private static BitSet bitOf(int t) {
    BitSet b = new BitSet();
    b.set(t);
    return b;
  }

  private static boolean reaches(Sentence s, int from, BitSet goal) {
    int cur = from;
    for (int step = 0; step <= 3 && cur >= 0; step++) {
      if (goal.get(cur)) {
        return true;
      }
      cur = s.head(cur).map(Dependency::governor).orElse(-1);
    }
    return false;
  }

  /** How a time expression relates to a trigger in the graph. */
  private enum Attachment { TRIGGER, ARGUMENT, NONE }

  /** Relations through which a date belongs to a party or object of the event, not to the event. */
  private static final Set<String> ARGUMENT_RELATIONS = Set.of("obj", "iobj", "nsubj", "nsubj:pass", "nmod:of",
      "nmod:poss", "compound", "amod", "nmod:for", "obl:for");

  /**
   * Whether the time expression hangs off the trigger (or its light verb) within a few steps, or off one of its
   * arguments ("blamed Russia for the 2014 blasts" dates the blasts, not the blame).
   */
  private static Attachment attached(Sentence s, Timex x, Draft d) {
    for (int i = x.tokenBegin(); i < x.tokenEnd(); i++) {
      int cur = i;
      boolean viaArgument = false;
      for (int step = 0; step < 3 && cur >= 0; step++) {
        Dependency up = s.head(cur).orElse(null);
        if (up == null) {
          break;
        }
        String base = up.baseRelation();
        if (step > 0 && (base.equals("acl") || base.equals("advcl") || base.equals("ccomp") || base.equals("xcomp")
            || base.equals("parataxis"))) {
          return Attachment.NONE; // another clause: only nearness can tie the date to this event
        }
        if (d.unit.get(up.governor())) {
          return viaArgument || step > 0 && ARGUMENT_RELATIONS.contains(up.relation())
              ? Attachment.ARGUMENT : Attachment.TRIGGER;
        }
        // "Friday's massacre": a date that modifies a noun dates that noun's event
        viaArgument |= step > 0 && ARGUMENT_RELATIONS.contains(up.relation())
            || step == 0 && (up.relation().equals("nmod:poss") || up.relation().equals("compound"));
        cur = up.governor();
      }
    }
    return Attachment.NONE;
  }

  /** "a previous attack", "an earlier strike": an event before the news, with no date. */
  private static boolean earlier(Sentence s, Draft d) {
    for (Dependency e : s.children(d.found.head())) {
      if (EARLIER.contains(lemma(s.tokens().get(e.dependent())))) {
        return true;
      }
    }
    for (int i = Math.max(0, d.found.begin() - 3); i < d.found.begin(); i++) {
      if (EARLIER.contains(lemma(s.tokens().get(i)))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- between triggers

  /**
   * A request or threat that governs another trigger takes it as its content ("calling for the withdrawal of US
   * forces" is one REQUEST/withdraw aimed at the US); two assault words that govern each other ("a strike
   * killed") are one assault.
   */
  private static void absorbNested(Sentence s, List<Draft> drafts) {
    for (Draft outer : drafts) {
      for (Draft inner : drafts) {
        if (outer == inner || inner.absorbed || outer.absorbed || !governs(s, outer, inner)) {
          continue;
        }
        if (outer.type == EventType.REQUEST || outer.type == EventType.THREATEN) {
          if (outer.mode == null) {
            outer.mode = outer.type == EventType.REQUEST ? requestMode(inner) : threatMode(inner);
          }
          if (outer.target == null || !outer.targetFromGrammar) {
            Actor asked = outer.type == EventType.REQUEST && inner.actor != null ? inner.actor : inner.target;
            if (asked != null && (outer.actor == null || !asked.id().equals(outer.actor.id()))) {
              outer.target = asked;
            }
          }
          inner.absorbed = true;
          // "warned that negotiations could take weeks" threatens no harm; a demand may ask for anything
          outer.hasContent = outer.type == EventType.REQUEST || HARMS.contains(inner.type);
        } else if (outer.type == EventType.ACCUSE && inner.type == EventType.ASSAULT) {
          if (outer.target == null && inner.actor != null
              && (outer.actor == null || !inner.actor.id().equals(outer.actor.id()))) {
            outer.target = inner.actor; // "condemned the Houthi attack": the attacker is condemned
            outer.targetFromGrammar = inner.actorFromGrammar;
          }
        } else if (outer.type == EventType.ASSAULT && inner.type == EventType.ASSAULT) {
          Draft keep = outer.mode != null || inner.mode == null ? outer : inner;
          Draft drop = keep == outer ? inner : outer;
          if (keep.target == null || !keep.targetFromGrammar && drop.targetFromGrammar) {
            keep.target = drop.target;
            keep.targetFromGrammar = drop.targetFromGrammar;
          }
          if (keep.actor == null || !keep.actorFromGrammar && drop.actorFromGrammar) {
            keep.actor = drop.actor;
            keep.actorFromGrammar = drop.actorFromGrammar;
          }
          keep.reconcile();
          if (!keep.placeInSentence && drop.placeInSentence) {
            keep.place = drop.place;
            keep.placeInSentence = true;
          }
          drop.absorbed = true;
        }
      }
    }
  }

  private static boolean governs(Sentence s, Draft outer, Draft inner) {
    int cur = inner.found.head();
    for (int step = 0; step < 3; step++) {
      Dependency up = s.head(cur).orElse(null);
      if (up == null) {
        return false;
      }
      if (outer.unit.get(up.governor())) {
        return true;
      }
      cur = up.governor();
    }
    return false;
  }

  private static String requestMode(Draft inner) {
    return switch (inner.type) {
      case RETREAT -> "withdraw";
      case CONSULT, AGREE -> "meet";
      case CONCEDE -> "yield";
      case AID -> "assist";
      default -> null;
    };
  }

  private static String threatMode(Draft inner) {
    return switch (inner.type) {
      case ASSAULT -> "violence";
      case SANCTION -> "sanction";
      case COERCE -> "arrest";
      default -> null;
    };
  }

  private static final Set<String> PEOPLE = Set.of("people", "person", "civilian", "resident", "villager",
      "worshipper", "passenger", "pedestrian", "bystander", "shopper", "child", "student", "woman", "man",
      "worker", "farmer", "pilgrim", "tourist", "guest", "patient", "spectator");

  /** Whether the number at {@code token} counts ordinary people ("four people", "12 villagers"). */
  private static boolean countsPeople(Sentence s, int token) {
    for (int i = token + 1; i < s.tokens().size() && i <= token + 3; i++) {
      if (PEOPLE.contains(lemma(s.tokens().get(i)))) {
        return true;
      }
    }
    return false;
  }

  /** "the killing of the commander", "assassinated a judge": one person killed, though no number is written. */
  private static void singleVictims(Sentence s, List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.absorbed || d.type != EventType.ASSAULT || d.fatalities != null
          || !KILL_WORDS.contains(lemma(s.tokens().get(d.found.head())))) {
        continue;
      }
      for (Dependency e : s.children(d.found.head())) {
        Token victim = s.tokens().get(e.dependent());
        boolean object = e.relation().equals("nmod:of") || e.relation().equals("obj");
        boolean counted = s.children(victim.index()).stream().anyMatch(c -> c.baseRelation().equals("nummod")
            || c.baseRelation().equals("det") && !Set.of("the", "a", "an", "its", "his", "her", "their")
                .contains(s.tokens().get(c.dependent()).word().toLowerCase(Locale.ROOT)));
        if (object && (victim.pos().equals("NN") || victim.pos().equals("NNP")) && !counted
            && PERSON_NOUNS.contains(lemma(victim))) {
          d.fatalities = 1;
        }
      }
    }
  }

  /** Each stated death or injury count goes to the nearest assault of the sentence. */
  private void assignCasualties(Sentence s, List<Draft> drafts, List<Casualties.Count> counts) {
    for (Casualties.Count c : counts) {
      Draft nearest = null;
      int best = Integer.MAX_VALUE;
      for (Draft d : drafts) {
        if (d.absorbed || d.type != EventType.ASSAULT) {
          continue;
        }
        int dist = Math.abs(d.found.head() - c.token());
        if (dist < best) {
          best = dist;
          nearest = d;
        }
      }
      if (nearest == null) {
        continue;
      }
      if (nearest.target == null && countsPeople(s, c.token())) {
        // "killed four people": the victims are civilians unless the text names a party
        nearest.target = actors.byId("civilians").orElse(null);
      }
      if (c.kind() == Casualties.Kind.DEAD) {
        nearest.fatalities = nearest.fatalities == null ? c.value() : Math.max(nearest.fatalities, c.value());
      } else {
        nearest.injured = nearest.injured == null ? c.value() : Math.max(nearest.injured, c.value());
      }
    }
  }

  /** Gazetteer matches, less those the NER calls a person ("Carrie Lam" is not Lâm in Vietnam). */
  private List<PlaceMatch> places(Sentence s, Collection<String> context) {
    List<PlaceMatch> out = new ArrayList<>();
    for (PlaceMatch p : gazetteer.match(s.words(), context)) {
      boolean person = false;
      for (int i = p.begin(); i < p.end(); i++) {
        person |= s.tokens().get(i).ner().equals("PERSON");
      }
      if (!person) {
        out.add(p);
      }
    }
    capitals(s, out);
    return out;
  }

  /**
   * "The Iraqi capital", "Iraq's capital": the country's capital city, in place of the country the words name.
   */
  private void capitals(Sentence s, List<PlaceMatch> places) {
    List<Token> t = s.tokens();
    for (int i = 1; i < t.size(); i++) {
      if (!lemma(t.get(i)).equals("capital") || !t.get(i).isNoun()) {
        continue;
      }
      int nameEnd = t.get(i - 1).pos().equals("POS") ? i - 1 : i;
      boolean named = false;
      for (int k = 0; k < places.size(); k++) {
        PlaceMatch p = places.get(k);
        if (p.end() == nameEnd && p.place().precision() == Place.Precision.COUNTRY) {
          named = true;
          Place capital = gazetteer.capital(p.place().country()).orElse(null);
          if (capital != null) {
            places.set(k, new PlaceMatch(p.begin(), i + 1, capital));
          }
        }
      }
      String demonym = t.get(i - 1).word();
      if (!named && nameEnd == i && t.get(i - 1).pos().startsWith("JJ") && Character.isUpperCase(demonym.charAt(0))) {
        int at = i;
        gazetteer.countryOf(demonym).flatMap(gazetteer::capital)
            .ifPresent(capital -> places.add(new PlaceMatch(at - 1, at + 1, capital)));
      }
    }
    places.sort(Comparator.comparingInt(PlaceMatch::begin));
  }

  // ---------------------------------------------------------------- article context

  /** Countries the article names as places, to settle ambiguous place names ("Tripoli"). */
  private Set<String> articleCountries(AnnotatedArticle article) {
    Set<String> countries = new LinkedHashSet<>();
    for (Sentence s : article.sentences()) {
      for (PlaceMatch p : places(s, List.of())) {
        if (p.place().precision() == Place.Precision.COUNTRY && p.place().country() != null) {
          countries.add(p.place().country());
        }
      }
    }
    return countries;
  }

  /** The country the article most often places things in, as a country-level place, or {@code null}. */
  private Place dominantCountry(AnnotatedArticle article, List<List<PlaceMatch>> places) {
    List<Sentence> sentences = article.sentences();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Place> countryPlace = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      for (PlaceMatch p : places.get(i)) {
        String c = p.place().country();
        boolean located = p.place().precision() != Place.Precision.COUNTRY || p.begin() > 0
            && PLACE_RELATIONS.contains(s.tokens().get(p.begin() - 1).word().toLowerCase(Locale.ROOT));
        if (c != null && located) {
          counts.merge(c, 1, Integer::sum);
          countryPlace.computeIfAbsent(c, k -> gazetteer.country(k).orElse(null));
        }
      }
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> countryPlace.get(e.getKey()))
        .orElse(null);
  }

  /** A token's lemma in lower case (its word when it has none): how the lexicons' words are compared. */
  static String lemma(Token t) {
    return t.lowerLemma();
  }
}
