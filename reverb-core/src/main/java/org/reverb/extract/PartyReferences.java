package org.reverb.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reverb.annotate.AnnotatedArticle;
import org.reverb.annotate.Dependency;
import org.reverb.annotate.Entity;
import org.reverb.annotate.Sentence;
import org.reverb.annotate.Token;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.resolve.ActorDictionary;
import org.reverb.resolve.ActorMatch;

/**
 * Parties a sentence names without a name the dictionary knows: an official by title ("Prime Minister Albin
 * Kurti", later "Kurti"), and a pronoun subject ("it had detained", "He reactivated arrest warrants") whose
 * speaker or antecedent is a party. The references are added to each sentence's matches, so that the grammar
 * gives them roles as it does to names.
 */
final class PartyReferences {

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they");
  private static final Set<String> CANCELLING = Set.of("former", "ex", "late", "opposition", "then", "acting",
      "interim", "deposed", "ousted", "exiled");
  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "nsubj:pass:xsubj");
  /** "it is unclear", "it remains to be seen": an "it" that stands for no one. */
  private static final Set<String> EMPTY_IT_HEADS = Set.of("be", "seem", "appear", "remain", "take", "become",
      "happen", "rain", "matter");
  private static final Set<ActorKind> PLURAL = Set.of(ActorKind.CIVILIANS, ActorKind.PROTESTERS,
      ActorKind.SUSPECTS);
  /** How many sentences back a pronoun's antecedent may be. */
  private static final int REACH = 2;

  private final Lexicon lexicon;
  private final ActorDictionary actors;

  PartyReferences(Lexicon lexicon, ActorDictionary actors) {
    this.lexicon = lexicon;
    this.actors = actors;
  }

  /**
   * Each sentence's matches with the references added, in token order; {@code home} is the ISO3 code of the
   * country the article is about (officials of unnamed country belong to it), or {@code null}.
   */
  List<List<ActorMatch>> resolve(AnnotatedArticle article, List<List<ActorMatch>> parties, String home) {
    List<Sentence> sentences = article.sentences();
    Map<String, Actor> officials = officials(sentences, parties, home);
    Map<String, String> shortNames = shortNames(sentences);
    List<List<ActorMatch>> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      List<ActorMatch> matches = new ArrayList<>(parties.get(i));
      for (Entity e : s.entities()) {
        if (!e.type().equals("PERSON") || covered(matches, e.tokenBegin(), e.tokenEnd())) {
          continue;
        }
        int begin = titleStart(s, matches, e.tokenBegin());
        Actor official = officials.get(e.text());
        if (official == null) {
          official = officials.get(s.tokens().get(e.tokenEnd() - 1).word());
        }
        if (official != null) {
          matches.add(new ActorMatch(begin, e.tokenEnd(), official));
        }
      }
      matches.addAll(homeOrgans(s, matches, home));
      matches.addAll(named(s, matches, shortNames));
      matches.sort((a, b) -> a.begin() - b.begin());
      for (Token t : s.tokens()) {
        Actor referent = pronoun(sentences, out, s, matches, t);
        if (referent != null) {
          matches.add(new ActorMatch(t.index(), t.index() + 1, referent));
        }
      }
      matches.sort((a, b) -> a.begin() - b.begin());
      out.add(List.copyOf(matches));
    }
    return out;
  }

  /**
   * "The army acknowledged", "soldiers detained…", "ambushed a police patrol": bare organ phrases, with no
   * possessive, name or nationality before them, stand for the organs of the country the article is about.
   */
  private List<ActorMatch> homeOrgans(Sentence s, List<ActorMatch> matches, String home) {
    Actor state = home == null ? null : actors.byId(home).orElse(null);
    if (state == null) {
      return List.of();
    }
    List<ActorMatch> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      for (int n = Math.min(3, t.size() - i); n >= 1; n--) {
        ActorKind kind = lexicon.homeOrgan(String.join(" ", s.words(i, i + n)).toLowerCase(Locale.ROOT));
        if (kind == null || covered(matches, i, i + n) || !bare(t, i) || i + n < t.size()
            && t.get(i + n).isProperNoun()) {
          continue;
        }
        out.add(new ActorMatch(i, i + n, new Actor(state.id(), state.name(), kind, state.country(), null)));
        i += n - 1;
        break;
      }
    }
    return out;
  }

  /** Whether nothing before token {@code i} says whose the phrase is ("its", "Hamas", "Armenian", "region's"). */
  private static boolean bare(List<Token> t, int i) {
    if (!"O".equals(t.get(i).ner()) && t.get(i).ner() != null) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    Token before = t.get(i - 1);
    String pos = before.pos();
    return !pos.equals("POS") && !pos.equals("PRP$") && !before.isProperNoun()
        && (before.ner() == null || before.ner().equals("O") || before.ner().equals("NUMBER"));
  }

  /**
   * Organisations the dictionary does not know ("The Wall Street Journal", "World Central Kitchen"): parties under
   * their own names. (People stay out: most people a report names speak or suffer for others, and the targets
   * among them are found by the grammar.)
   */
  private List<ActorMatch> named(Sentence s, List<ActorMatch> matches, Map<String, String> shortNames) {
    List<ActorMatch> out = new ArrayList<>();
    for (Entity e : s.entities()) {
      if (covered(matches, e.tokenBegin(), e.tokenEnd())) {
        continue;
      }
      int begin = e.tokenBegin();
      if (s.tokens().get(begin).word().equalsIgnoreCase("the") && e.tokenEnd() - begin > 1) {
        begin++;
      }
      String name = String.join(" ", s.words(begin, e.tokenEnd()));
      name = shortNames.getOrDefault(name, name); // "the Journal" after "The Wall Street Journal"
      if (e.type().equals("ORGANIZATION") && name.length() > 3 && !partOfTitle(s, begin, e.tokenEnd())) {
        out.add(new ActorMatch(begin, e.tokenEnd(), new Actor(name, name, ActorKind.UNKNOWN, null, null)));
      }
    }
    return out;
  }

  /** Whether the words are, or begin, an official's title or an organ ("Interior" in "Interior Minister"). */
  private boolean partOfTitle(Sentence s, int begin, int end) {
    for (int to = end; to <= Math.min(s.tokens().size(), end + 2); to++) {
      String phrase = String.join(" ", s.words(begin, to)).toLowerCase(Locale.ROOT);
      if (lexicon.officialTitle(phrase) != null || lexicon.homeOrgan(phrase) != null) {
        return true;
      }
    }
    return actors.organ(String.join(" ", s.words(begin, end))).isPresent();
  }

  /** The last word of each organisation an article names in several words, when only one ends so. */
  private static Map<String, String> shortNames(List<Sentence> sentences) {
    Map<String, String> out = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (Sentence s : sentences) {
      for (Entity e : s.entities()) {
        int begin = e.tokenBegin() + (s.tokens().get(e.tokenBegin()).word().equalsIgnoreCase("the") ? 1 : 0);
        if (e.type().equals("ORGANIZATION") && e.tokenEnd() - begin >= 2) {
          String full = String.join(" ", s.words(begin, e.tokenEnd()));
          String known = out.putIfAbsent(s.tokens().get(e.tokenEnd() - 1).word(), full);
          if (known != null && !known.equals(full)) {
            ambiguous.add(s.tokens().get(e.tokenEnd() - 1).word());
          }
        }
      }
    }
    out.keySet().removeAll(ambiguous);
    return out;
  }

  /** Full names and surnames of officials the article introduces by title, with the organ each stands for. */
  private Map<String, Actor> officials(List<Sentence> sentences, List<List<ActorMatch>> parties, String home) {
    Map<String, Actor> out = new HashMap<>();
    Actor state = home == null ? null : actors.byId(home).orElse(null);
    if (state == null) {
      return out;
    }
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      for (Entity e : s.entities()) {
        if (!e.type().equals("PERSON") || e.tokenEnd() - e.tokenBegin() < 2
            || covered(parties.get(i), e.tokenBegin(), e.tokenEnd())) {
          continue;
        }
        ActorKind kind = title(s, parties.get(i), e.tokenBegin());
        int inner = innerTitle(s, e);
        if (kind == null && inner > 0) {
          kind = lexicon.officialTitle(String.join(" ", s.words(e.tokenBegin(), inner)).toLowerCase(Locale.ROOT));
        }
        if (kind != null) {
          Actor organ = new Actor(state.id(), state.name(), kind, state.country(), null);
          out.putIfAbsent(e.text(), organ);
          out.putIfAbsent(s.tokens().get(e.tokenEnd() - 1).word(), organ);
        }
      }
    }
    return out;
  }

  /** The organ of the title written just before token {@code name}, or {@code null}. */
  private ActorKind title(Sentence s, List<ActorMatch> matches, int name) {
    for (int n = Math.min(3, name); n >= 1; n--) {
      int from = name - n;
      if (covered(matches, from, name)) {
        return null;
      }
      String phrase = String.join(" ", s.words(from, name)).toLowerCase(Locale.ROOT);
      ActorKind kind = lexicon.officialTitle(phrase);
      if (kind != null) {
        String before = from > 0 ? s.tokens().get(from - 1).word().toLowerCase(Locale.ROOT) : "";
        boolean cancelled = CANCELLING.contains(before) || before.startsWith("ex-")
            || from > 0 && "ORGANIZATION".equals(s.tokens().get(from - 1).ner());
        return cancelled ? null : kind;
      }
    }
    return null;
  }

  /** Where the name starts after a title the NER took into the name ("Chief Minister Bhupesh Baghel"), or 0. */
  private int innerTitle(Sentence s, Entity e) {
    for (int n = Math.min(3, e.tokenEnd() - e.tokenBegin() - 2); n >= 1; n--) {
      String phrase = String.join(" ", s.words(e.tokenBegin(), e.tokenBegin() + n)).toLowerCase(Locale.ROOT);
      if (lexicon.officialTitle(phrase) != null) {
        return e.tokenBegin() + n;
      }
    }
    return 0;
  }

  /** Where the title before a name starts, or the name itself when it has none. */
  private int titleStart(Sentence s, List<ActorMatch> matches, int name) {
    for (int n = Math.min(3, name); n >= 1; n--) {
      if (!covered(matches, name - n, name)
          && lexicon.officialTitle(String.join(" ", s.words(name - n, name)).toLowerCase(Locale.ROOT)) != null) {
        return name - n;
      }
    }
    return name;
  }

  /** The party a subject pronoun stands for, or {@code null} when it is not one or the text does not tell. */
  private Actor pronoun(List<Sentence> sentences, List<List<ActorMatch>> done, Sentence s, List<ActorMatch> matches,
      Token t) {
    String word = t.word().toLowerCase(Locale.ROOT);
    boolean person = PERSON_PRONOUNS.contains(word);
    if (!person && !GROUP_PRONOUNS.contains(word) || !t.pos().equals("PRP") || covered(matches, t.index(),
        t.index() + 1)) {
      return null;
    }
    Dependency subject = null;
    for (Dependency e : s.heads(t.index())) {
      if (SUBJECT.contains(e.relation()) && e.governor() >= 0) {
        subject = e;
        break;
      }
    }
    if (subject == null) {
      return null;
    }
    if (word.equals("it") && (EMPTY_IT_HEADS.contains(s.tokens().get(subject.governor()).lowerLemma())
        || s.children(subject.governor()).stream().anyMatch(c -> c.relation().equals("cop")))) {
      return null;
    }
    int speech = speechVerb(s, subject.governor());
    if (speech >= 0) {
      // "The FSB said that it had detained…": the speaker, if a party; "water companies said they were…": no one
      ActorMatch speaker = subjectOf(s, matches, speech);
      return speaker != null && agrees(s, speaker, word) ? speaker.actor() : null;
    }
    if (!subject.relation().equals("nsubj") || word.equals("they")) {
      return null; // "they were hit", "it had been hit": victims and things, too often not a party
    }
    // the nearest subject before the pronoun, in this sentence, then in the ones before
    for (int back = 0; back <= REACH; back++) {
      int index = s.index() - back;
      if (index < 0) {
        break;
      }
      Sentence other = back == 0 ? s : sentences.get(index);
      List<ActorMatch> candidates = back == 0 ? matches : done.get(index);
      for (int k = candidates.size() - 1; k >= 0; k--) {
        ActorMatch m = candidates.get(k);
        if (back == 0 && m.end() > t.index() || !isSubject(other, m)) {
          continue;
        }
        return agrees(other, m, word) ? m.actor() : null;
      }
    }
    return null;
  }

  /**
   * The party that speaks the clause of token {@code head}: the subject of a speech verb ("The FSB said that it
   * had detained…") whose complement the clause is, or {@code null}.
   */
  ActorMatch speaker(Sentence s, List<ActorMatch> matches, int head) {
    int verb = speechVerb(s, head);
    return verb < 0 ? null : subjectOf(s, matches, verb);
  }

  /** The speech verb whose complement holds token {@code head} (through conjuncts and xcomps), or -1. */
  private int speechVerb(Sentence s, int head) {
    int cur = head;
    for (int step = 0; step < 3 && cur >= 0; step++) {
      Dependency up = null;
      for (Dependency e : s.heads(cur)) {
        if (e.governor() >= 0) {
          up = e;
          break;
        }
      }
      if (up == null) {
        return -1;
      }
      String rel = up.baseRelation();
      boolean clause = rel.equals("ccomp") || rel.equals("parataxis");
      if (clause && lexicon.speechVerb(s.tokens().get(up.governor()).lowerLemma())) {
        return up.governor();
      }
      if (!rel.equals("conj") && !rel.equals("xcomp")) {
        return -1;
      }
      cur = up.governor();
    }
    return -1;
  }

  private static ActorMatch subjectOf(Sentence s, List<ActorMatch> matches, int verb) {
    for (Dependency c : s.children(verb)) {
      if (c.relation().equals("nsubj")) {
        for (ActorMatch m : matches) {
          if (m.begin() <= c.dependent() && c.dependent() < m.end()) {
            return m;
          }
        }
      }
    }
    return null;
  }

  /** Whether the party is the subject of a speech verb ("…, local authorities said"): it reports, not acts. */
  boolean speaks(Sentence s, ActorMatch m) {
    for (int i = m.begin(); i < m.end(); i++) {
      for (Dependency e : s.heads(i)) {
        if (e.relation().equals("nsubj") && (e.governor() < m.begin() || e.governor() >= m.end())
            && lexicon.speechVerb(s.tokens().get(e.governor()).lowerLemma())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isSubject(Sentence s, ActorMatch m) {
    for (int i = m.begin(); i < m.end(); i++) {
      for (Dependency e : s.heads(i)) {
        if (SUBJECT.contains(e.relation()) && (e.governor() < m.begin() || e.governor() >= m.end())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether "he"/"she" names a person and "it"/"they" a body: a leader's name stands for a state as a person. */
  private static boolean agrees(Sentence s, ActorMatch m, String pronoun) {
    boolean person = m.actor().kind() == ActorKind.PERSON;
    for (int i = m.begin(); i < m.end() && !person; i++) {
      person = "PERSON".equals(s.tokens().get(i).ner());
    }
    if (PERSON_PRONOUNS.contains(pronoun)) {
      return person;
    }
    if (person) {
      return false;
    }
    return pronoun.equals("they") || !PLURAL.contains(m.actor().kind());
  }

  private static boolean covered(List<ActorMatch> matches, int begin, int end) {
    for (ActorMatch m : matches) {
      if (m.begin() < end && begin < m.end()) {
        return true;
      }
    }
    return false;
  }
}
