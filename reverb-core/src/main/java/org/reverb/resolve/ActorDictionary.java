package org.reverb.resolve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.resolve.ActorTokens.Piece;
import org.reverb.resolve.ActorTrie.Hit;

/**
 * The actor dictionary: finds the actors that a phrase or a sentence names.
 *
 * <p>Data files in this package: {@code actors.tsv} (named groups, organisations, state organs and metonyms
 * such as "Pentagon", and the generic parties civilians, protesters and suspects), {@code actor-organs.tsv}
 * (nouns such as "troops" or "parliament" that name a state organ after a country or demonym),
 * {@code actor-group-nouns.tsv} (nouns such as "militia" or "spokesman" that may follow a group's name),
 * {@code actor-unnamed.tsv} (words for unnamed perpetrators such as "gunmen"), {@code actor-demonyms.tsv}
 * (demonyms that {@code geo/countries.tsv} lacks or shares) and {@code actor-stop-phrases.txt} (phrases that
 * contain a name but are not that actor, such as "Latin America"). States come from {@code geo/countries.tsv}.
 *
 * <p>What is recognised, longest and leftmost first, never across a token boundary:
 * <ul>
 *   <li>names and aliases: "Kataib Hezbollah", "the United States", "U.S.", "Pentagon", "protesters";
 *   <li>a group name followed by group nouns: "Kataib Hezbollah militia", "Hamas officials";
 *   <li>a country or demonym with an organ noun: "Iraqi officials" (government), "US troops" (military),
 *       "Iraq's parliament members" (legislature), "the government of Iraq";
 *   <li>a sponsored unnamed group: "Iran-backed militias", "pro-Iranian militias" give an armed group with id
 *       {@code "<country name>-backed <noun>"} ({@code Iran-backed militias}), no country and the sponsor;
 *       "Iran-backed Houthis" gives the Houthis;
 *   <li>a demonym with a word for unnamed perpetrators gives an armed group of that description: "Serb gunmen";
 *   <li>a demonym with a generic party gives the generic party: "Palestinian civilians".
 * </ul>
 * Data names match regardless of case when written in lower case, with a leading capital when capitalised, and
 * exactly when written as an acronym, so that "US" is the United States and "us" is not. In text that shouts
 * (mostly capitals), acronyms of up to three letters are not trusted.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ActorDictionary {

  /** A noun that may follow a group's name; {@code kind} non-null when it can head a sponsored group. */
  record GroupNoun(String plural, ActorKind kind) {}

  /** The role of a word in a phrase for an unnamed perpetrator. */
  enum Unnamed {
    /** Names unnamed perpetrators by itself: "gunmen". */
    PERPETRATOR,
    /** Only with a modifier: "armed men", "unidentified individuals". */
    WEAK,
    /** "unidentified", "masked", "armed". */
    MODIFIER
  }

  /** One term of office: the actor a leader's name stands for from {@code from} to {@code to} (null: open). */
  record LeaderTerm(Actor actor, LocalDate from, LocalDate to) {

    boolean covers(LocalDate date) {
      return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
  }

  private record Candidate(int end, Actor actor, int priority) {}

  private record Span(int begin, int end, Actor actor) {}

  private static final int COMPOSED = 0;
  private static final int DIRECT = 1;
  private static final int STOP = 2;

  private static final Set<String> SPONSORED = Set.of("backed", "sponsored", "supported", "funded", "aligned",
      "allied", "armed", "trained", "financed");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> QUANTIFIERS = Set.of("the", "a", "an", "some", "several", "many", "few",
      "dozens", "dozen", "hundreds", "hundred", "thousands", "thousand", "tens", "scores", "numerous", "at",
      "least", "more", "than", "over", "about", "around", "nearly", "almost", "up", "to", "of", "all", "both",
      "these", "those", "other", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "fifteen", "twenty", "thirty", "fifty", "one", "million", "millions");
  private static final Set<String> TRAILING = Set.of(",", ".", ";", ":", "!", "?");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
  private static final Set<ActorKind> GENERIC =
      EnumSet.of(ActorKind.CIVILIANS, ActorKind.PROTESTERS, ActorKind.SUSPECTS);
  private static final Set<ActorKind> ORGANS = EnumSet.of(ActorKind.GOVERNMENT, ActorKind.MILITARY,
      ActorKind.POLICE, ActorKind.LEGISLATURE, ActorKind.JUDICIARY);

  private static volatile ActorDictionary bundled;

  private final ActorTrie<Actor> names;
  private final ActorTrie<String> demonyms;
  private final ActorTrie<ActorKind> organs;
  private final ActorTrie<GroupNoun> groupNouns;
  private final ActorTrie<Unnamed> unnamed;
  private final ActorTrie<Boolean> stops;
  private final ActorTrie<List<LeaderTerm>> leaders;
  private final Map<String, Actor> states;
  private final Map<String, Actor> byId;
  private final Set<String> acronyms;

  ActorDictionary(ActorTrie<Actor> names, ActorTrie<String> demonyms, ActorTrie<ActorKind> organs,
      ActorTrie<GroupNoun> groupNouns, ActorTrie<Unnamed> unnamed, ActorTrie<Boolean> stops,
      Map<String, Actor> states, Map<String, Actor> byId, Set<String> acronyms,
      ActorTrie<List<LeaderTerm>> leaders) {
    this.names = names;
    this.leaders = leaders;
    this.demonyms = demonyms;
    this.organs = organs;
    this.groupNouns = groupNouns;
    this.unnamed = unnamed;
    this.stops = stops;
    this.states = Map.copyOf(states);
    this.byId = Map.copyOf(byId);
    this.acronyms = Set.copyOf(acronyms);
  }

  /**
   * The bundled dictionary, loaded once.
   *
   * @throws ActorDictionaryException naming the file and line of a malformed row
   */
  public static ActorDictionary load() {
    ActorDictionary d = bundled;
    if (d == null) {
      synchronized (ActorDictionary.class) {
        d = bundled;
        if (d == null) {
          d = ActorLoader.load(List.of());
          bundled = d;
        }
      }
    }
    return d;
  }

  /**
   * The bundled dictionary plus the user's actor files, in the format of {@code actors.tsv}; a later file's
   * rows override earlier ones (same alias, or same id and kind). A file whose first row is the header of
   * {@code actor-leaders.tsv} ({@code name aliases country role from to}, optionally {@code organisation})
   * adds leaders instead; its rows replace all earlier terms of a leader with the same name.
   *
   * @throws ActorDictionaryException naming the file and line of a malformed row
   */
  public static ActorDictionary load(Path... extraTsv) {
    return extraTsv.length == 0 ? load() : ActorLoader.load(List.of(extraTsv));
  }

  /**
   * The actor a whole phrase names ("the Kataib Hezbollah militia's", "U.S. forces", "Iraqi parliament
   * members"), ignoring leading articles and quantifiers; a generic party may also be the phrase's last words
   * ("134 Fulani villagers").
   */
  public Optional<Actor> lookup(String phrase) {
    List<Piece> pieces = ActorTokens.ofPhrase(phrase);
    boolean strict = !shouting(pieces);
    // Articles first, then quantifiers too: "Three Brotherhood Alliance" and "400 Mawozo" start like counts.
    for (List<Piece> core : List.of(trim(pieces, false), trim(pieces, true))) {
      Candidate best = core.isEmpty() ? null : best(core, 0, strict);
      if (best != null && best.actor() != null && best.end() == core.size()) {
        return Optional.of(best.actor());
      }
    }
    List<Piece> core = trim(pieces, true);
    List<Span> spans = scan(core, strict);
    if (!spans.isEmpty()) {
      Span last = spans.get(spans.size() - 1);
      if (last.end() == core.size() && GENERIC.contains(last.actor().kind())) {
        return Optional.of(last.actor());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a phrase speaks of perpetrators without naming them ("gunmen", "two masked gunmen", "unidentified
   * armed men", "suspected militants"), which are coded as no actor. False when the phrase names an actor or
   * has an unknown word before its head ("Serb gunmen", "Hamas militants", "Fulani gunmen").
   */
  public boolean isUnnamedPerpetrator(String phrase) {
    List<Piece> pieces = ActorTokens.ofPhrase(phrase);
    if (!scan(pieces, !shouting(pieces)).isEmpty()) {
      return false;
    }
    boolean modified = false;
    int i = skipQuantifiers(pieces, 0);
    while (i < pieces.size()) {
      Hit<Unnamed> hit = unnamed.longest(pieces, i, true);
      if (hit == null) {
        return false;
      }
      switch (hit.value()) {
        case PERPETRATOR -> {
          return true;
        }
        case WEAK -> {
          return modified;
        }
        default -> modified = true;
      }
      i = skipQuantifiers(pieces, hit.end());
    }
    return false;
  }

  /**
   * The actors named in a sentence's tokens (CoreNLP's or any tokenizer's), longest and leftmost first, not
   * overlapping: ["members", "of", "the", "Kataib", "Hezbollah", "militia"] gives Kataib Hezbollah over
   * tokens [3, 6).
   */
  public List<ActorMatch> match(List<String> tokens) {
    return match(tokens, null);
  }

  /**
   * As {@link #match(List)}, and on {@code date} also the names of leaders then in office (from
   * {@code actor-leaders.tsv}), written capitalised: "Putin" in March 2024 gives Russia's government, "Guterres"
   * the UN, a military chief the state's military. A leader's name competes with other names, longest first; on
   * a tie the other name wins. The name of a leader out of office on {@code date} (or of two different actors'
   * leaders then) names no one but still covers its words. With {@code date} null this is {@link #match(List)}.
   */
  public List<ActorMatch> match(List<String> tokens, LocalDate date) {
    List<Piece> pieces = ActorTokens.of(tokens);
    List<ActorMatch> matches = new ArrayList<>();
    for (Span s : scan(pieces, !shouting(pieces), date)) {
      matches.add(new ActorMatch(pieces.get(s.begin()).token(), pieces.get(s.end() - 1).token() + 1, s.actor()));
    }
    return matches;
  }

  /**
   * The actor a leader's name stands for on {@code date} ("Putin", "Benjamin Netanyahu", "the Erdogan"), or
   * empty when no one of that name was in office then; leading articles and a trailing possessive are ignored.
   */
  public Optional<Actor> leader(String name, LocalDate date) {
    List<Piece> pieces = trim(ActorTokens.ofPhrase(name), false);
    if (pieces.isEmpty() || date == null) {
      return Optional.empty();
    }
    for (Hit<List<LeaderTerm>> h : leaders.hits(pieces, 0, true)) {
      if (h.end() == pieces.size()) {
        return Optional.ofNullable(inOffice(h.value(), date));
      }
    }
    return Optional.empty();
  }

  /** The kind of state organ a bare noun phrase names ("police", "troops", "the foreign ministry"). */
  public Optional<ActorKind> organ(String phrase) {
    List<Piece> pieces = trim(ActorTokens.ofPhrase(phrase), false);
    Hit<ActorKind> hit = pieces.isEmpty() ? null : organs.longest(pieces, 0, true);
    return hit != null && hit.end() == pieces.size() ? Optional.of(hit.value()) : Optional.empty();
  }

  /** The actor with this canonical id: a state for an ISO3 code ("IRQ"), else a named actor ("Hezbollah"). */
  public Optional<Actor> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  private List<Span> scan(List<Piece> pieces, boolean strict) {
    return scan(pieces, strict, null);
  }

  private List<Span> scan(List<Piece> pieces, boolean strict, LocalDate date) {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < pieces.size()) {
      Candidate best = pieces.get(i).startsToken() ? best(pieces, i, strict, date) : null;
      if (best == null) {
        i++;
        continue;
      }
      if (best.actor() != null) {
        spans.add(new Span(i, best.end(), best.actor()));
      }
      i = best.end();
    }
    return spans;
  }

  /**
   * The longest candidate from piece {@code i} that ends a token; on a tie a stop phrase wins (so that it can
   * silence a country's alias such as "Island" for Iceland), then a name as listed.
   */
  private Candidate best(List<Piece> text, int i, boolean strict) {
    return best(text, i, strict, null);
  }

  /** As {@link #best(List, int, boolean)}, with the leaders in office on {@code date} (none if null). */
  private Candidate best(List<Piece> text, int i, boolean strict, LocalDate date) {
    List<Candidate> out = new ArrayList<>();
    for (Hit<Actor> h : names.hits(text, i, strict)) {
      Actor a = h.value();
      out.add(new Candidate(h.end(), a, DIRECT));
      if (isState(a)) {
        afterCountry(text, h.end(), a, null, strict, out);
      } else if (!GENERIC.contains(a.kind())) {
        absorb(text, h.end(), a, strict, out);
      }
    }
    for (Hit<String> h : demonyms.hits(text, i, strict)) {
      afterCountry(text, h.end(), states.get(h.value()), surface(text, i, h.end()), strict, out);
    }
    if (text.get(i).key().equals("pro")) {
      proGroup(text, i + 1, strict, out);
    }
    for (Hit<ActorKind> h : organs.hits(text, i, strict)) {
      organOfCountry(text, h.end(), h.value(), strict, out);
    }
    for (Hit<Boolean> h : stops.hits(text, i, strict)) {
      out.add(new Candidate(h.end(), null, STOP));
    }
    if (date != null) {
      for (Hit<List<LeaderTerm>> h : leaders.hits(text, i, true)) {
        // Out of office, a leader's name still covers its words: "Petro Poroshenko" in 2023 is not "Petro".
        Actor a = inOffice(h.value(), date);
        out.add(a != null ? new Candidate(h.end(), a, DIRECT) : new Candidate(h.end(), null, COMPOSED));
      }
    }
    Candidate best = null;
    for (Candidate c : out) {
      if (text.get(c.end() - 1).endsToken() && (best == null || c.end() > best.end()
          || c.end() == best.end() && c.priority() > best.priority())) {
        best = c;
      }
    }
    return best;
  }

  /** After a country's name ({@code demonym} null) or a demonym ending at piece {@code j}. */
  private void afterCountry(List<Piece> text, int j, Actor state, String demonym, boolean strict,
      List<Candidate> out) {
    int k = j;
    boolean possessive = demonym == null && k < text.size() && text.get(k).key().equals("'s");
    if (possessive) {
      k++;
    }
    for (Hit<ActorKind> o : organs.hits(text, k, strict)) {
      Actor organ = organ(state, o.value());
      out.add(new Candidate(o.end(), organ, COMPOSED));
      absorb(text, o.end(), organ, strict, out);
    }
    for (Hit<Actor> h : names.hits(text, k, strict)) {
      Actor a = h.value();
      if (a.id().equals(state.id()) && ORGANS.contains(a.kind())) {
        out.add(new Candidate(h.end(), a, COMPOSED));
        absorb(text, h.end(), a, strict, out);
      }
    }
    if (possessive || j >= text.size()) {
      return;
    }
    for (Hit<Actor> h : names.hits(text, j, strict)) {
      if (GENERIC.contains(h.value().kind())) {
        out.add(new Candidate(h.end(), h.value(), COMPOSED));
      }
    }
    if (SPONSORED.contains(text.get(j).key())) {
      sponsored(text, j + 1, state, strict, out);
    }
    if (demonym != null) {
      for (Hit<Unnamed> h : unnamed.hits(text, j, strict)) {
        if (h.value() == Unnamed.PERPETRATOR) {
          String id = demonym + " " + surface(text, j, h.end()).toLowerCase(Locale.ROOT);
          out.add(new Candidate(h.end(), new Actor(id, id, ActorKind.ARMED_GROUP, null, null), COMPOSED));
        }
      }
    }
  }

  /** After "Iran-backed": a group noun ("militias") or a named group, perhaps after a demonym ("Iraqi"). */
  private void sponsored(List<Piece> text, int k, Actor sponsor, boolean strict, List<Candidate> out) {
    List<Integer> starts = new ArrayList<>(List.of(k));
    Hit<String> demonym = k < text.size() ? demonyms.longest(text, k, strict) : null;
    if (demonym != null) {
      starts.add(demonym.end());
    }
    for (int s : starts) {
      if (s >= text.size()) {
        continue;
      }
      for (Hit<GroupNoun> g : groupNouns.hits(text, s, strict)) {
        if (g.value().kind() != null) {
          String id = sponsor.name() + "-backed " + g.value().plural();
          Actor group = new Actor(id, id, g.value().kind(), null, sponsor.id());
          out.add(new Candidate(g.end(), group, COMPOSED));
          absorb(text, g.end(), group, strict, out);
        }
      }
      for (Hit<Actor> h : names.hits(text, s, strict)) {
        Actor a = h.value();
        if (!isState(a) && !GENERIC.contains(a.kind()) && !ORGANS.contains(a.kind())) {
          out.add(new Candidate(h.end(), a, COMPOSED));
          absorb(text, h.end(), a, strict, out);
        }
      }
    }
  }

  /** After "pro": "pro-Iranian militias", "pro-Russian separatists". */
  private void proGroup(List<Piece> text, int k, boolean strict, List<Candidate> out) {
    if (k >= text.size()) {
      return;
    }
    List<Hit<Actor>> countries = new ArrayList<>();
    for (Hit<Actor> h : names.hits(text, k, strict)) {
      if (isState(h.value())) {
        countries.add(h);
      }
    }
    for (Hit<String> h : demonyms.hits(text, k, strict)) {
      countries.add(new Hit<>(h.end(), states.get(h.value())));
    }
    for (Hit<Actor> c : countries) {
      if (c.end() < text.size()) {
        List<Candidate> groups = new ArrayList<>();
        sponsored(text, c.end(), c.value(), strict, groups);
        groups.stream().filter(g -> g.actor().sponsor() != null && g.actor().country() == null).forEach(out::add);
      }
    }
  }

  /** "the government of Iraq", "the armed forces of Ukraine". */
  private void organOfCountry(List<Piece> text, int j, ActorKind kind, boolean strict, List<Candidate> out) {
    if (j >= text.size() || !text.get(j).key().equals("of")) {
      return;
    }
    int k = j + 1;
    if (k < text.size() && text.get(k).key().equals("the")) {
      k++;
    }
    if (k >= text.size()) {
      return;
    }
    for (Hit<Actor> h : names.hits(text, k, strict)) {
      if (isState(h.value())) {
        out.add(new Candidate(h.end(), organ(h.value(), kind), COMPOSED));
      }
    }
  }

  /** Group nouns after an actor's name keep naming it: "Hezbollah fighters", "US military spokesman". */
  private void absorb(List<Piece> text, int j, Actor actor, boolean strict, List<Candidate> out) {
    int end = j;
    for (int round = 0; round < 2 && end < text.size(); round++) {
      List<Hit<GroupNoun>> hits = groupNouns.hits(text, end, strict);
      if (hits.isEmpty()) {
        return;
      }
      for (Hit<GroupNoun> h : hits) {
        out.add(new Candidate(h.end(), actor, COMPOSED));
      }
      end = hits.get(hits.size() - 1).end();
    }
  }

  /** The one actor the terms covering {@code date} stand for, or null (none, or two different actors). */
  private static Actor inOffice(List<LeaderTerm> terms, LocalDate date) {
    Actor found = null;
    for (LeaderTerm t : terms) {
      if (t.covers(date)) {
        if (found != null && !found.equals(t.actor())) {
          return null;
        }
        found = t.actor();
      }
    }
    return found;
  }

  private boolean isState(Actor a) {
    return a.kind() == ActorKind.STATE && states.containsKey(a.id());
  }

  private static Actor organ(Actor state, ActorKind kind) {
    return kind == ActorKind.STATE ? state
        : new Actor(state.id(), state.name(), kind, state.id(), null);
  }

  /** Mostly capitals ("US TROOPS KILLED IN RAID"): case then tells nothing about acronyms. */
  private boolean shouting(List<Piece> pieces) {
    int words = 0;
    int capitals = 0;
    for (Piece p : pieces) {
      String s = p.surface();
      if (s.codePoints().filter(Character::isLetter).count() < 2) {
        continue;
      }
      words++;
      if (s.equals(s.toUpperCase(Locale.ROOT)) && !acronyms.contains(p.key())) {
        capitals++;
      }
    }
    return capitals >= 3 && capitals * 2 > words;
  }

  /**
   * Without leading articles (or, with {@code quantifiers}, any leading quantifiers and numbers), a trailing
   * possessive and trailing punctuation such as a full stop.
   */
  private static List<Piece> trim(List<Piece> pieces, boolean quantifiers) {
    int from = quantifiers ? skipQuantifiers(pieces, 0) : 0;
    while (from < pieces.size() && ARTICLES.contains(pieces.get(from).key())) {
      from++;
    }
    int to = pieces.size();
    while (to > from && (pieces.get(to - 1).key().equals("'s") || TRAILING.contains(pieces.get(to - 1).key()))) {
      to--;
    }
    if (from >= to) {
      return List.of();
    }
    List<Piece> out = new ArrayList<>(pieces.subList(from, to));
    Piece first = out.get(0);
    out.set(0, new Piece(first.surface(), first.key(), first.token(), true, first.endsToken()));
    Piece last = out.get(out.size() - 1);
    out.set(out.size() - 1, new Piece(last.surface(), last.key(), last.token(), last.startsToken(), true));
    return out;
  }

  private static int skipQuantifiers(List<Piece> pieces, int from) {
    int i = from;
    while (i < pieces.size() && (QUANTIFIERS.contains(pieces.get(i).key())
        || NUMBER.matcher(pieces.get(i).key()).matches())) {
      i++;
    }
    return i;
  }

  private static String surface(List<Piece> text, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(i > from ? " " : "").append(text.get(i).surface());
    }
    return sb.toString();
  }
}
