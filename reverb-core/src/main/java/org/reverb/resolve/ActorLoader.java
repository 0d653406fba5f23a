package org.reverb.resolve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.resolve.ActorDictionary.GroupNoun;
import org.reverb.resolve.ActorDictionary.LeaderTerm;
import org.reverb.resolve.ActorDictionary.Unnamed;
import org.reverb.resolve.ActorFiles.Row;
import org.reverb.resolve.ActorTokens.Case;
import org.reverb.resolve.ActorTokens.Piece;

/**
 * Builds an {@link ActorDictionary} from the bundled files and a user's extra actor files.
 *
 * <p>Precedence: names from {@code geo/countries.tsv} that two countries share are dropped; rows of
 * {@code actors.tsv} override country names; each extra file overrides what came before it. Within one file an
 * alias that names two actors, or an actor defined twice with different fields, is an error.
 */
final class ActorLoader {

  static final String COUNTRIES = "geo/countries.tsv";
  static final String ACTORS = "actors.tsv";
  static final List<String> ACTOR_HEADER = List.of("id", "name", "kind", "country", "sponsor", "aliases");
  static final String LEADERS = "actor-leaders.tsv";
  static final List<String> LEADER_HEADER = List.of("name", "aliases", "country", "role", "from", "to");
  static final String ORGANISATION = "organisation";
  static final List<String> ROLES = List.of("head_of_state", "head_of_government", "foreign_minister",
      "defence_minister", "military_chief", "other");

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Set<ActorKind> STATE_KINDS = EnumSet.of(ActorKind.STATE, ActorKind.GOVERNMENT,
      ActorKind.MILITARY, ActorKind.POLICE, ActorKind.LEGISLATURE, ActorKind.JUDICIARY);
  private static final int COUNTRY_FILE = -1;

  private record Key(String id, ActorKind kind) {}

  private record Binding<V>(List<Piece> phrase, V value, String source, int line, int file) {}

  /** A leaders row: the state ({@code country}) or organisation whose {@code kind} the person's names stand for. */
  private record Term(Row row, List<List<Piece>> names, String country, String organisation, ActorKind kind,
      LocalDate from, LocalDate to, int file) {}

  private final Map<String, Actor> states = new LinkedHashMap<>();
  private final Map<Key, Actor> actors = new LinkedHashMap<>();
  private final Map<Key, Binding<Key>> definitions = new HashMap<>();
  private final Map<String, Binding<Key>> aliases = new LinkedHashMap<>();
  private final Map<String, Binding<String>> demonyms = new LinkedHashMap<>();
  private final Map<String, List<Term>> leaders = new LinkedHashMap<>();

  private ActorLoader() {}

  static ActorDictionary load(List<Path> extras) {
    ActorLoader loader = new ActorLoader();
    loader.readCountries(ActorFiles.bundled(COUNTRIES));
    loader.readDemonyms(ActorFiles.bundled("actor-demonyms.tsv"));
    loader.readActors(ActorFiles.bundled(ACTORS), 0);
    loader.readLeaders(ActorFiles.bundled(LEADERS), 0);
    for (int f = 0; f < extras.size(); f++) {
      List<Row> rows = ActorFiles.file(extras.get(f));
      if (!rows.isEmpty() && isLeaderHeader(rows.get(0))) {
        loader.readLeaders(rows, f + 1);
      } else {
        loader.readActors(rows, f + 1);
      }
    }
    return loader.build();
  }

  private ActorDictionary build() {
    ActorTrie<Actor> names = new ActorTrie<>();
    Set<String> acronyms = new HashSet<>();
    for (Binding<Key> b : aliases.values()) {
      names.put(b.phrase(), actors.get(b.value()));
      for (Piece p : b.phrase()) {
        if (Case.of(p.surface()) == Case.EXACT) {
          acronyms.add(p.key());
        }
      }
    }
    ActorTrie<String> demonymTrie = new ActorTrie<>();
    demonyms.values().forEach(b -> demonymTrie.put(b.phrase(), b.value()));
    Map<String, Actor> byId = new HashMap<>(states);
    actors.values().forEach(a -> byId.putIfAbsent(a.id(), a));
    return new ActorDictionary(names, demonymTrie, organs(), groupNouns(), unnamed(), stops(), states, byId,
        acronyms, leaderTrie());
  }

  private static boolean isLeaderHeader(Row row) {
    List<String> cols = row.cols();
    return cols.size() >= LEADER_HEADER.size() && cols.subList(0, LEADER_HEADER.size()).equals(LEADER_HEADER);
  }

  /** Reads a leaders file: the header, then a row per term of office; a later file replaces a name's terms. */
  private void readLeaders(List<Row> rows, int file) {
    String header = String.join("\\t", LEADER_HEADER) + "[\\t" + ORGANISATION + "]";
    if (rows.isEmpty() || !isLeaderHeader(rows.get(0)) || rows.get(0).cols().size() > LEADER_HEADER.size() + 1
        || rows.get(0).cols().size() == LEADER_HEADER.size() + 1
        && !rows.get(0).col(LEADER_HEADER.size()).equals(ORGANISATION)) {
      throw rows.isEmpty() ? new ActorDictionaryException(LEADERS, 1, "no header row")
          : rows.get(0).error("header must be " + header);
    }
    Set<String> seen = new HashSet<>();
    for (Row row : rows.subList(1, rows.size())) {
      Term term = readLeader(row, file);
      String person = row.col(0);
      if (seen.add(person)) {
        leaders.remove(person);
      }
      leaders.computeIfAbsent(person, k -> new ArrayList<>()).add(term);
    }
  }

  private Term readLeader(Row row, int file) {
    expect(row, 6, 7, String.join(", ", LEADER_HEADER) + "[, " + ORGANISATION + "]");
    String person = row.col(0);
    if (person.isEmpty()) {
      throw row.error("name is empty");
    }
    String country = code(row, 2, "country");
    if (country != null && !states.containsKey(country)) {
      throw row.error("unknown country code '" + country + "'");
    }
    String organisation = row.col(6).isEmpty() || row.col(6).equals("-") ? null : row.col(6);
    if ((country == null) == (organisation == null)) {
      throw row.error("give either a country or an organisation, not " + (country == null ? "neither" : "both"));
    }
    String role = row.col(3);
    if (!ROLES.contains(role)) {
      throw row.error("role must be one of " + String.join(", ", ROLES) + ", not '" + role + "'");
    }
    LocalDate from = date(row, 4, "from");
    if (from == null) {
      throw row.error("from is empty");
    }
    LocalDate to = date(row, 5, "to");
    if (to != null && to.isBefore(from)) {
      throw row.error("to " + to + " is before from " + from);
    }
    List<String> all = new ArrayList<>(List.of(person));
    all.addAll(list(row.col(1)));
    List<List<Piece>> names = new ArrayList<>();
    for (String alias : all) {
      List<Piece> pieces = phrase(alias);
      if (pieces.isEmpty()) {
        throw row.error("alias '" + alias + "' has no words");
      }
      if (pieces.stream().allMatch(p -> Case.of(p.surface()) == Case.ANY)) {
        throw row.error("a leader's name must be capitalised, not '" + alias + "'");
      }
      names.add(pieces);
    }
    ActorKind kind = role.equals("military_chief") ? ActorKind.MILITARY : ActorKind.GOVERNMENT;
    return new Term(row, List.copyOf(names), country, organisation, kind, from, to, file);
  }

  private ActorTrie<List<LeaderTerm>> leaderTrie() {
    Map<String, List<Piece>> phrases = new LinkedHashMap<>();
    Map<String, List<LeaderTerm>> terms = new HashMap<>();
    for (List<Term> person : leaders.values()) {
      for (Term t : person) {
        Actor actor;
        if (t.country() != null) {
          Actor state = states.get(t.country());
          actor = new Actor(state.id(), state.name(), t.kind(), state.id(), null);
        } else {
          actor = organisation(t.organisation());
          if (actor == null) {
            throw t.row().error("unknown organisation '" + t.organisation() + "' (not an id in " + ACTORS + ")");
          }
        }
        LeaderTerm term = new LeaderTerm(actor, t.from(), t.to());
        Set<String> own = new HashSet<>();
        for (List<Piece> name : t.names()) {
          String sig = signature(name);
          if (own.add(sig)) {
            phrases.putIfAbsent(sig, name);
            terms.computeIfAbsent(sig, k -> new ArrayList<>()).add(term);
          }
        }
      }
    }
    ActorTrie<List<LeaderTerm>> trie = new ActorTrie<>();
    phrases.forEach((sig, phrase) -> trie.put(phrase, List.copyOf(terms.get(sig))));
    return trie;
  }

  /** The actor with this id that is not a state organ: the first defined (an igo, a group). */
  private Actor organisation(String id) {
    for (Actor a : actors.values()) {
      if (a.id().equals(id) && !STATE_KINDS.contains(a.kind())) {
        return a;
      }
    }
    return null;
  }

  private static LocalDate date(Row row, int col, String what) {
    String s = row.col(col);
    if (s.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw row.error(what + " must be an ISO date such as 2024-03-23 or empty, not '" + s + "'");
    }
  }

  private void readCountries(List<Row> rows) {
    if (rows.isEmpty()) {
      throw new ActorDictionaryException(COUNTRIES, 1, "no header row");
    }
    Row header = rows.get(0);
    int iso3 = column(header, "iso3");
    int name = column(header, "name");
    int official = column(header, "official");
    int demonymCol = column(header, "demonyms");
    int aliasCol = column(header, "aliases");
    Map<String, Set<String>> nameOwners = new HashMap<>();
    Map<String, Set<String>> demonymOwners = new HashMap<>();
    List<Binding<String>> names = new ArrayList<>();
    List<Binding<String>> dems = new ArrayList<>();
    for (Row row : rows.subList(1, rows.size())) {
      String code = row.col(iso3);
      if (!ISO3.matcher(code).matches()) {
        throw row.error("iso3 must be three capital letters, not '" + code + "'");
      }
      if (row.col(name).isEmpty()) {
        throw row.error("country " + code + " has no name");
      }
      states.put(code, new Actor(code, row.col(name), ActorKind.STATE, code, null));
      actors.put(new Key(code, ActorKind.STATE), states.get(code));
      List<String> all = new ArrayList<>(List.of(row.col(name), row.col(official)));
      all.addAll(list(row.col(aliasCol)));
      for (String n : all) {
        collect(row, n, code, nameOwners, names);
      }
      for (String d : list(row.col(demonymCol))) {
        collect(row, d, code, demonymOwners, dems);
      }
    }
    // A name two countries share ("Congo", "Guinean") says nothing until an actor file decides.
    for (Binding<String> b : names) {
      if (nameOwners.get(signature(b.phrase())).size() == 1) {
        aliases.put(signature(b.phrase()), new Binding<>(b.phrase(), new Key(b.value(), ActorKind.STATE),
            b.source(), b.line(), COUNTRY_FILE));
      }
    }
    for (Binding<String> b : dems) {
      if (demonymOwners.get(signature(b.phrase())).size() == 1) {
        demonyms.put(signature(b.phrase()), b);
      }
    }
  }

  private static void collect(Row row, String phrase, String code, Map<String, Set<String>> owners,
      List<Binding<String>> out) {
    List<Piece> pieces = phrase(phrase);
    if (pieces.isEmpty()) {
      return;
    }
    owners.computeIfAbsent(signature(pieces), k -> new HashSet<>()).add(code);
    out.add(new Binding<>(pieces, code, row.source(), row.line(), COUNTRY_FILE));
  }

  private void readDemonyms(List<Row> rows) {
    for (Row row : rows) {
      expect(row, 2, 2, "demonym, iso3");
      List<Piece> pieces = phrase(row.col(0));
      if (row.col(1).equals("-")) {
        demonyms.remove(signature(pieces));
        continue;
      }
      if (!states.containsKey(row.col(1))) {
        throw row.error("unknown country code '" + row.col(1) + "'");
      }
      demonyms.put(signature(pieces), new Binding<>(pieces, row.col(1), row.source(), row.line(), 0));
    }
  }

  private void readActors(List<Row> rows, int file) {
    for (Row row : rows) {
      if (row.cols().equals(ACTOR_HEADER)) {
        continue;
      }
      if (row.col(0).equals("id")) {
        throw row.error("header must be " + String.join("\\t", ACTOR_HEADER));
      }
      readActor(row, file);
    }
  }

  private void readActor(Row row, int file) {
    expect(row, 5, 6, String.join(", ", ACTOR_HEADER));
    String id = row.col(0);
    if (id.isEmpty()) {
      throw row.error("id is empty");
    }
    ActorKind kind;
    try {
      kind = ActorKind.of(row.col(2));
    } catch (IllegalArgumentException e) {
      throw row.error("unknown kind '" + row.col(2) + "'");
    }
    String country = code(row, 3, "country");
    String sponsor = code(row, 4, "sponsor");
    boolean stateOrgan = ISO3.matcher(id).matches() && STATE_KINDS.contains(kind);
    String name = row.col(1);
    if (stateOrgan) {
      if (country != null && !country.equals(id)) {
        throw row.error("a state organ's country must be its id " + id + ", not " + country);
      }
      country = id;
      if (states.containsKey(id)) {
        name = states.get(id).name();
      } else if (name.isEmpty()) {
        throw row.error("unknown country code '" + id + "' and no name given");
      }
    } else if (name.isEmpty()) {
      name = id;
    }
    Actor actor = new Actor(id, name, kind, country, sponsor);
    Key key = new Key(id, kind);
    Binding<Key> earlier = definitions.get(key);
    if (earlier != null && earlier.file() == file && !actors.get(key).equals(actor)) {
      throw row.error(id + " (" + kind.key() + ") is already defined differently at line " + earlier.line());
    }
    actors.put(key, actor);
    definitions.put(key, new Binding<>(List.of(), key, row.source(), row.line(), file));
    List<String> names = new ArrayList<>(list(row.col(5)));
    if (!stateOrgan) {
      names.add(0, id);
      names.add(1, name);
    }
    for (String alias : names) {
      bind(row, alias, key, file);
    }
  }

  private void bind(Row row, String alias, Key key, int file) {
    List<Piece> pieces = phrase(alias);
    if (pieces.isEmpty()) {
      throw row.error("alias '" + alias + "' has no words");
    }
    String sig = signature(pieces);
    Binding<Key> earlier = aliases.get(sig);
    if (earlier != null && earlier.file() == file && !earlier.value().equals(key)) {
      throw row.error("alias '" + alias + "' already names " + earlier.value().id() + " ("
          + earlier.value().kind().key() + ") at line " + earlier.line());
    }
    aliases.remove(sig);
    aliases.put(sig, new Binding<>(pieces, key, row.source(), row.line(), file));
  }

  private static ActorTrie<ActorKind> organs() {
    ActorTrie<ActorKind> trie = new ActorTrie<>();
    for (Row row : ActorFiles.bundled("actor-organs.tsv")) {
      expect(row, 2, 2, "phrase, kind");
      ActorKind kind = kind(row, row.col(1));
      if (!STATE_KINDS.contains(kind)) {
        throw row.error("an organ's kind must be one of " + STATE_KINDS + ", not " + kind.key());
      }
      trie.put(phrase(row.col(0)), kind);
    }
    return trie;
  }

  private static ActorTrie<GroupNoun> groupNouns() {
    ActorTrie<GroupNoun> trie = new ActorTrie<>();
    for (Row row : ActorFiles.bundled("actor-group-nouns.tsv")) {
      expect(row, 3, 3, "noun, plural, kind");
      boolean head = !row.col(2).equals("-");
      if (head == row.col(1).equals("-")) {
        throw row.error("give both a plural and a kind, or neither ('-')");
      }
      trie.put(phrase(row.col(0)), new GroupNoun(head ? row.col(1) : null, head ? kind(row, row.col(2)) : null));
    }
    return trie;
  }

  private static ActorTrie<Unnamed> unnamed() {
    ActorTrie<Unnamed> trie = new ActorTrie<>();
    for (Row row : ActorFiles.bundled("actor-unnamed.tsv")) {
      expect(row, 2, 2, "phrase, role");
      Unnamed role;
      try {
        role = Unnamed.valueOf(row.col(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("role must be perpetrator, weak or modifier, not '" + row.col(1) + "'");
      }
      trie.put(phrase(row.col(0)), role);
    }
    return trie;
  }

  private static ActorTrie<Boolean> stops() {
    ActorTrie<Boolean> trie = new ActorTrie<>();
    for (Row row : ActorFiles.bundled("actor-stop-phrases.txt")) {
      expect(row, 1, 1, "phrase");
      trie.put(phrase(row.col(0)), Boolean.TRUE);
    }
    return trie;
  }

  /** The pieces of a phrase in the data, without a leading "the" (which the text's scan never includes). */
  private static List<Piece> phrase(String text) {
    List<Piece> pieces = ActorTokens.ofPhrase(text);
    if (pieces.size() > 1 && pieces.get(0).key().equals("the")) {
      pieces = pieces.subList(1, pieces.size());
    }
    return List.copyOf(pieces);
  }

  /** Phrases that match the same text are the same alias: same words, same case constraints. */
  private static String signature(List<Piece> pieces) {
    StringBuilder sb = new StringBuilder();
    for (Piece p : pieces) {
      Case c = Case.of(p.surface());
      sb.append(c == Case.EXACT ? p.surface() : p.key()).append(c == Case.CAPITAL ? "^" : "").append(' ');
    }
    return sb.toString();
  }

  private static List<String> list(String col) {
    List<String> out = new ArrayList<>();
    if (col.equals("-")) {
      return out;
    }
    for (String s : col.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static int column(Row header, String name) {
    int i = header.cols().indexOf(name);
    if (i < 0) {
      throw header.error("no column '" + name + "' in header " + header.cols());
    }
    return i;
  }

  private static String code(Row row, int col, String what) {
    String c = row.col(col);
    if (c.isEmpty() || c.equals("-")) {
      return null;
    }
    if (!ISO3.matcher(c).matches()) {
      throw row.error(what + " must be an ISO 3166 alpha-3 code or empty, not '" + c + "'");
    }
    return c;
  }

  private static ActorKind kind(Row row, String key) {
    try {
      return ActorKind.of(key);
    } catch (IllegalArgumentException e) {
      throw row.error("unknown kind '" + key + "'");
    }
  }

  private static void expect(Row row, int min, int max, String columns) {
    int n = row.cols().size();
    if (n < min || n > max) {
      throw row.error("expected " + (min == max ? "" + min : min + " or " + max) + " tab-separated columns ("
          + columns + "), found " + n);
    }
  }
}
