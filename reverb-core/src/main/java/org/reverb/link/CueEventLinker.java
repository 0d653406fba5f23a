package org.reverb.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reverb.annotate.AnnotatedArticle;
import org.reverb.annotate.Sentence;
import org.reverb.model.Actor;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Link;
import org.reverb.model.Source;

/**
 * Links events from the cues of their sentences ("in retaliation for", "a day after"), then, for events no cue
 * links, from reaction rules by type (a condemnation answers the article's lead assault). Both come from
 * {@code link-cues.tsv}, whose header describes the rows. Works from the events' mention sentences and triggers.
 */
public final class CueEventLinker implements EventLinker {

  private static final String BUNDLED = "link-cues.tsv";
  /** Parties that stand for whoever did the antecedent, whatever its actor is called. */
  private static final Set<String> GENERIC = Set.of("suspects");
  /** Where the clause after a cue ends: the event it names is told before. */
  private static final Pattern CLAUSE_END = Pattern.compile("[;:]|,\\s+(?:and|but|while|whereas)\\b");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final List<Cue> cues;
  private final List<Rule> rules;

  private CueEventLinker(List<Cue> cues, List<Rule> rules) {
    this.cues = List.copyOf(cues);
    this.rules = List.copyOf(rules);
  }

  /** The cues and rules bundled with Reverb. */
  public static CueEventLinker bundled() {
    return Holder.BUNDLED_LINKER;
  }

  /** Cues and rules from a {@code link-cues.tsv}-format text; {@code name} is used in error messages. */
  public static CueEventLinker read(Reader text, String name) {
    List<Cue> cues = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    BufferedReader in = new BufferedReader(text);
    int number = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String where = name + ":" + number + ": ";
        String[] cols = line.split("\t", -1);
        if (cols.length != 5) {
          throw new IllegalArgumentException(where + "expected 5 tab-separated columns, found " + cols.length);
        }
        try {
          switch (cols[0]) {
            case "cue" -> cues.add(new Cue(cols[1].strip().toLowerCase(Locale.ROOT), Shape.of(cols[2]),
                Link.Type.of(cols[3].strip()), specs(cols[4])));
            case "react" -> rules.add(new Rule(TypeSpec.parse(cols[1]), specs(cols[2]), Link.Type.of(cols[3].strip()),
                Parties.of(cols[4])));
            default -> throw new IllegalArgumentException("unknown row kind '" + cols[0] + "' (cue, react)");
          }
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(e.getMessage().startsWith(name) ? e.getMessage() : where + e.getMessage(),
              e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
    return new CueEventLinker(cues, rules);
  }

  @Override
  public List<Event> link(AnnotatedArticle article, List<Event> events) {
    Linking linking = new Linking(article, events);
    linking.explicit();
    linking.implicit();
    return linking.result();
  }

  /** The links made for one article. */
  private final class Linking {

    private final List<Sentence> sentences;
    private final List<Event> events;
    private final Map<Event, List<Spot>> spots = new HashMap<>();
    private final Map<String, List<Link>> links = new LinkedHashMap<>();

    Linking(AnnotatedArticle article, List<Event> events) {
      this.sentences = article.sentences();
      this.events = events;
      Map<String, Integer> sentenceOf = new HashMap<>();
      for (int i = 0; i < sentences.size(); i++) {
        sentenceOf.putIfAbsent(sentences.get(i).text(), i);
      }
      for (Event e : events) {
        List<Spot> found = new ArrayList<>();
        for (Source s : e.mentions()) {
          Integer i = sentenceOf.get(s.sentence());
          if (i != null) {
            found.add(Spot.locate(i, s.sentence(), s.trigger()));
          }
        }
        found.sort(Spot.ORDER);
        spots.put(e, found);
        links.put(e.id(), new ArrayList<>(e.links()));
      }
    }

    void explicit() {
      for (int i = 0; i < sentences.size(); i++) {
        String text = sentences.get(i).text();
        List<Hit> hits = hits(text);
        for (int k = 0; k < hits.size(); k++) {
          Hit h = hits.get(k);
          int segmentEnd = k + 1 < hits.size() ? hits.get(k + 1).begin() : text.length();
          Matcher clause = CLAUSE_END.matcher(text).region(h.end(), segmentEnd);
          if (clause.find()) {
            segmentEnd = clause.start();
          }
          if (h.cue().shape() == Shape.BETWEEN) {
            Event reaction = nearest(i, 0, h.begin(), true, h.cue().reactions(), null);
            if (reaction == null) {
              reaction = byWords(text.substring(0, h.begin()), h.cue().reactions(), null);
            }
            Event answered = nearest(i, h.end(), segmentEnd, false, List.of(), reaction);
            if (answered == null) {
              answered = byWords(text.substring(h.end(), segmentEnd), List.of(), reaction);
            }
            if (reaction != null && answered != null) {
              add(reaction, answered, h.cue().link(), text);
            }
          } else {
            Event reaction = nearest(i, h.end(), segmentEnd, false, h.cue().reactions(), null);
            if (reaction != null) {
              Event answered = lead(reaction, List.of(new TypeSpec(EventType.ASSAULT, "crowd_control", true)),
                  Parties.REVERSED);
              if (answered != null) {
                add(reaction, answered, h.cue().link(), text);
              }
            }
          }
        }
      }
    }

    void implicit() {
      List<Event> ordered = new ArrayList<>(events);
      ordered.sort(Comparator.comparing(this::first, Spot.ORDER));
      for (Event e : ordered) {
        if (!links.get(e.id()).isEmpty()) {
          continue;
        }
        for (Rule r : rules) {
          if (r.reaction().matches(e)) {
            Event answered = lead(e, r.antecedents(), r.parties());
            if (answered != null && add(e, answered, r.link(), null)) {
              break;
            }
          }
        }
      }
    }

    List<Event> result() {
      Map<String, Event> byId = new HashMap<>();
      events.forEach(e -> byId.put(e.id(), e));
      List<Event> out = new ArrayList<>(events.size());
      for (Event e : events) {
        List<Link> l = links.get(e.id());
        Actor target = e.target() == null ? condemned(e, l, byId) : e.target();
        out.add(l.size() == e.links().size() && target == e.target() ? e : new Event(e.id(), e.type(), e.mode(),
            e.actor(), target, e.place(), e.date(), e.fatalities(), e.injured(), e.modality(), e.confidence(),
            e.story(), e.mentions(), l));
      }
      return out;
    }

    /**
     * An accusation that names no one answers an attack: it is made against that attack's perpetrator
     * ("The United States condemned the attack" after a Houthi missile strike).
     */
    private Actor condemned(Event e, List<Link> l, Map<String, Event> byId) {
      if (e.type() != EventType.ACCUSE) {
        return null;
      }
      for (Link link : l) {
        Event answered = byId.get(link.event());
        if (answered != null && answered.type() == EventType.ASSAULT && answered.actor() != null
            && (e.actor() == null || !answered.actor().id().equals(e.actor().id()))) {
          return answered.actor();
        }
      }
      return null;
    }

    /** The cue phrases of one sentence, left to right, a longer phrase winning over one it overlaps. */
    private List<Hit> hits(String text) {
      List<Hit> all = new ArrayList<>();
      for (Cue c : cues) {
        Matcher m = c.pattern().matcher(text);
        while (m.find()) {
          all.add(new Hit(c, m.start(), m.end()));
        }
      }
      all.sort(Comparator.comparingInt(Hit::begin).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
      List<Hit> kept = new ArrayList<>();
      for (Hit h : all) {
        if (kept.isEmpty() || h.begin() >= kept.get(kept.size() - 1).end()) {
          kept.add(h);
        }
      }
      return kept;
    }

    /** The event whose trigger in sentence {@code i} lies in [begin, end) closest to the cue, if any. */
    private Event nearest(int i, int begin, int end, boolean last, List<TypeSpec> types, Event not) {
      Event best = null;
      int bestAt = -1;
      for (Event e : events) {
        if (e == not || !allowed(types, e)) {
          continue;
        }
        for (Spot s : spots.get(e)) {
          if (s.sentence() == i && s.begin() >= begin && s.begin() < end
              && (best == null || (last ? s.begin() > bestAt : s.begin() < bestAt))) {
            best = e;
            bestAt = s.begin();
          }
        }
      }
      return best;
    }

    /** The first-told event one of whose triggers is among the words of {@code span}. */
    private Event byWords(String span, List<TypeSpec> types, Event not) {
      Set<String> stems = new HashSet<>();
      Matcher m = WORD.matcher(span.toLowerCase(Locale.ROOT));
      while (m.find()) {
        stems.add(stem(m.group()));
      }
      Event best = null;
      for (Event e : events) {
        if (e != not && allowed(types, e) && e.mentions().stream().anyMatch(s -> stems.contains(head(s.trigger())))
            && (best == null || Spot.ORDER.compare(first(e), first(best)) < 0)) {
          best = e;
        }
      }
      return best;
    }

    /** The first-told event of the antecedent types that {@code e} may answer: preferably one with a party. */
    private Event lead(Event e, List<TypeSpec> antecedents, Parties parties) {
      Event best = null;
      for (Event c : events) {
        if (c == e || !allowed(antecedents, c) || !parties.accept(e, c) || !notLater(c, e) || !before(c, e)
            || reaches(c.id(), e.id())) {
          continue;
        }
        if (best == null || Boolean.compare(hasParty(best), hasParty(c)) < 0
            || (hasParty(best) == hasParty(c) && Spot.ORDER.compare(first(c), first(best)) < 0)) {
          best = c;
        }
      }
      return best;
    }

    private boolean add(Event from, Event to, Link.Type type, String evidence) {
      if (from == to || !notLater(to, from) || reaches(to.id(), from.id())) {
        return false;
      }
      List<Link> out = links.get(from.id());
      if (out.stream().anyMatch(l -> l.event().equals(to.id()))) {
        return false;
      }
      out.add(new Link(type, to.id(), evidence));
      return true;
    }

    /** Whether the links lead from {@code from} to {@code to}. */
    private boolean reaches(String from, String to) {
      Set<String> seen = new HashSet<>();
      List<String> todo = new ArrayList<>(List.of(from));
      while (!todo.isEmpty()) {
        String id = todo.remove(todo.size() - 1);
        if (id.equals(to)) {
          return true;
        }
        if (seen.add(id)) {
          links.getOrDefault(id, List.of()).forEach(l -> todo.add(l.event()));
        }
      }
      return false;
    }

    private Spot first(Event e) {
      List<Spot> s = spots.get(e);
      return s.isEmpty() ? Spot.NOWHERE : s.get(0);
    }

    /** Told earlier in the article, or dated wholly before. */
    private boolean before(Event c, Event e) {
      if (Spot.ORDER.compare(first(c), first(e)) < 0) {
        return true;
      }
      return c.date() != null && e.date() != null && c.date().latest() != null && e.date().earliest() != null
          && c.date().latest().isBefore(e.date().earliest());
    }
  }

  /** Where an event's trigger is told: sentence position in the article, character offsets in the sentence. */
  record Spot(int sentence, int begin) {

    static final Spot NOWHERE = new Spot(Integer.MAX_VALUE, Integer.MAX_VALUE);
    static final Comparator<Spot> ORDER = Comparator.comparingInt(Spot::sentence).thenComparingInt(Spot::begin);

    static Spot locate(int sentence, String text, String trigger) {
      String lower = text.toLowerCase(Locale.ROOT);
      String t = trigger.toLowerCase(Locale.ROOT);
      int at = wordIndex(lower, t);
      if (at < 0) {
        String h = t.contains(" ") ? t.substring(t.lastIndexOf(' ') + 1) : t;
        at = wordIndex(lower, h);
      }
      return new Spot(sentence, at < 0 ? Integer.MAX_VALUE / 2 : at);
    }

    private static int wordIndex(String text, String word) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
      return m.find() ? m.start() : -1;
    }
  }

  private record Hit(Cue cue, int begin, int end) {}

  /** How a cue phrase places the two events. */
  enum Shape {
    BETWEEN, MODIFIER;

    static Shape of(String key) {
      return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** What the parties of a reaction and of the event it answers must have in common. */
  enum Parties {
    ANY, COMPATIBLE, TARGETS, ANSWERS_ACTOR, REVERSED, SAME_ACTOR;

    static Parties of(String key) {
      return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }

    boolean accept(Event e, Event c) {
      return switch (this) {
        case COMPATIBLE -> e.target() == null || c.actor() == null || partyOf(e.target(), c);
        case TARGETS -> e.target() != null && partyOf(e.target(), c);
        case ANSWERS_ACTOR -> e.target() != null && c.actor() != null && e.target().id().equals(c.actor().id());
        case ANY -> true;
        case REVERSED -> {
          Boolean actorWasTarget = e.actor() == null || c.target() == null ? null : sameOrOrgan(e.actor(), c.target());
          Boolean targetWasActor = e.target() == null || c.actor() == null ? null
              : sameOrOrgan(e.target(), c.actor()) || e.target().id().equals(c.actor().sponsor());
          yield actorWasTarget != Boolean.FALSE && targetWasActor != Boolean.FALSE
              && (actorWasTarget != null || targetWasActor != null);
        }
        case SAME_ACTOR -> e.actor() != null && c.actor() != null && e.actor().id().equals(c.actor().id());
      };
    }
  }

  /** A phrase and the link it says; {@code reactions} empty for any type. */
  record Cue(String phrase, Pattern pattern, Shape shape, Link.Type link, List<TypeSpec> reactions) {

    Cue(String phrase, Shape shape, Link.Type link, List<TypeSpec> reactions) {
      this(phrase, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), shape, link, reactions);
    }
  }

  /** An event of type {@code reaction} answers the lead event of one of {@code antecedents}. */
  record Rule(TypeSpec reaction, List<TypeSpec> antecedents, Link.Type link, Parties parties) {}

  /** {@code TYPE}, {@code TYPE/mode} or {@code TYPE/!mode} (any mode but that one). */
  record TypeSpec(EventType type, String mode, boolean negated) {

    static TypeSpec parse(String text) {
      String[] parts = text.strip().split("/", 2);
      EventType type = EventType.of(parts[0]);
      if (parts.length == 1) {
        return new TypeSpec(type, null, false);
      }
      boolean negated = parts[1].startsWith("!");
      String mode = negated ? parts[1].substring(1) : parts[1];
      if (!type.modes().contains(mode)) {
        throw new IllegalArgumentException("mode " + mode + " is not a mode of " + type);
      }
      return new TypeSpec(type, mode, negated);
    }

    boolean matches(Event e) {
      return e.type() == type && (mode == null || negated != mode.equals(e.mode()));
    }
  }

  private static List<TypeSpec> specs(String column) {
    String c = column.strip();
    return c.equals("*") ? List.of() : Arrays.stream(c.split(",")).map(TypeSpec::parse).toList();
  }

  private static boolean allowed(List<TypeSpec> types, Event e) {
    return types.isEmpty() || types.stream().anyMatch(t -> t.matches(e));
  }

  /** Whether {@code c} is not dated after {@code e} ends. */
  private static boolean notLater(Event c, Event e) {
    return c.date() == null || e.date() == null || c.date().earliest() == null || e.date().latest() == null
        || !c.date().earliest().isAfter(e.date().latest());
  }

  private static boolean hasParty(Event e) {
    return e.actor() != null || e.target() != null;
  }

  private static boolean partyOf(Actor a, Event c) {
    if (GENERIC.contains(a.id())) {
      return true;
    }
    Set<String> ids = new HashSet<>();
    for (Actor p : Arrays.asList(c.actor(), c.target())) {
      if (p != null) {
        ids.add(p.id());
        ids.add(p.country());
        ids.add(p.sponsor());
      }
    }
    if (c.place() != null) {
      ids.add(c.place().country());
    }
    return ids.contains(a.id());
  }

  private static boolean sameOrOrgan(Actor a, Actor b) {
    return a.id().equals(b.id()) || a.id().equals(b.country());
  }

  /** The stem of a trigger's last word. */
  private static String head(String trigger) {
    String t = trigger.strip().toLowerCase(Locale.ROOT);
    return stem(t.contains(" ") ? t.substring(t.lastIndexOf(' ') + 1) : t);
  }

  /** A crude stem, enough to meet "killing" with "killed" and "strikes" with "strike". */
  static String stem(String word) {
    for (String suffix : List.of("ings", "ing", "ed", "es", "s", "e")) {
      if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }

  private static final class Holder {
    static final CueEventLinker BUNDLED_LINKER = load();

    private static CueEventLinker load() {
      try (InputStream in = CueEventLinker.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("bundled " + BUNDLED + " is missing from the jar");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
