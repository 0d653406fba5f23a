package org.reverb.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reverb.model.EventType;
import org.reverb.model.Modality;

/**
 * The extractor's word lists: triggers, mode cues and modality cues, read from tab-separated files.
 * The bundled files load by default; a user's files of the same names in a folder add to them.
 */
public final class Lexicon {

  /**
   * One trigger phrase. {@code words} are lower-case lemmas; {@code pos} is N (noun), V (verb), T (verb with an
   * object or in the passive) or * (any).
   */
  public record Trigger(List<String> words, char pos, EventType type, String mode, double confidence) {
    public Trigger {
      words = List.copyOf(words);
    }
  }

  private final Map<String, List<Trigger>> triggersByFirstWord;
  private final Map<EventType, Map<String, String>> modeCues;
  private final Map<String, Modality> modalityCues;
  private final Map<String, List<List<String>>> blockersByFirstWord;
  private final Map<String, Retype> retypes;
  private final java.util.Set<String> speechVerbs;
  private final Map<String, org.reverb.model.ActorKind> officialTitles;
  private final Map<String, org.reverb.model.ActorKind> homeOrgans;

  /** A trigger that names another type when a cue word is in its sentence ("strike" + "union" → PROTEST/strike). */
  public record Retype(EventType type, String mode) {}

  private Lexicon(List<Trigger> triggers, Map<EventType, Map<String, String>> modeCues,
      Map<String, Modality> modalityCues, List<List<String>> blockers, Map<String, Retype> retypes,
      java.util.Set<String> speechVerbs, Map<String, org.reverb.model.ActorKind> officialTitles,
      Map<String, org.reverb.model.ActorKind> homeOrgans) {
    this.homeOrgans = Map.copyOf(homeOrgans);
    this.retypes = Map.copyOf(retypes);
    this.speechVerbs = java.util.Set.copyOf(speechVerbs);
    this.officialTitles = Map.copyOf(officialTitles);
    Map<String, List<List<String>>> blocks = new HashMap<>();
    for (List<String> b : blockers) {
      blocks.computeIfAbsent(b.get(0), k -> new ArrayList<>()).add(b);
    }
    blocks.values().forEach(list -> list.sort((a, b) -> b.size() - a.size()));
    blocks.replaceAll((k, v) -> List.copyOf(v));
    this.blockersByFirstWord = Map.copyOf(blocks);
    Map<String, List<Trigger>> byFirst = new HashMap<>();
    for (Trigger t : triggers) {
      byFirst.computeIfAbsent(t.words().get(0), k -> new ArrayList<>()).add(t);
    }
    byFirst.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
    byFirst.replaceAll((k, v) -> List.copyOf(v));
    this.triggersByFirstWord = Map.copyOf(byFirst);
    this.modeCues = Map.copyOf(modeCues);
    this.modalityCues = Map.copyOf(modalityCues);
  }

  private static final class Holder {
    static final Lexicon BUNDLED = load(null);
  }

  /** The bundled lexicon. */
  public static Lexicon bundled() {
    return Holder.BUNDLED;
  }

  /**
   * The bundled lexicon plus, from {@code userDir} when it is not {@code null}, any of {@code triggers.tsv},
   * {@code mode-cues.tsv}, {@code modality-cues.tsv}, {@code not-triggers.tsv}, {@code retype-cues.tsv},
   * {@code speech-verbs.tsv}, {@code official-titles.tsv} and {@code home-organs.tsv} found there.
   */
  public static Lexicon load(Path userDir) {
    List<Trigger> triggers = new ArrayList<>();
    Map<EventType, Map<String, String>> modes = new HashMap<>();
    Map<String, Modality> modality = new LinkedHashMap<>();
    List<List<String>> blockers = new ArrayList<>();
    Map<String, Retype> retypes = new HashMap<>();
    java.util.Set<String> speech = new java.util.HashSet<>();
    Map<String, org.reverb.model.ActorKind> titles = new HashMap<>();
    Map<String, org.reverb.model.ActorKind> home = new HashMap<>();
    for (String name : List.of("triggers.tsv", "mode-cues.tsv", "modality-cues.tsv", "not-triggers.tsv",
        "retype-cues.tsv", "speech-verbs.tsv", "official-titles.tsv", "home-organs.tsv")) {
      readRows(name, userDir, (source, line, cols) -> {
        switch (name) {
          case "speech-verbs.tsv" -> {
            expect(source, line, cols, 1);
            speech.add(cols[0].strip().toLowerCase(Locale.ROOT));
          }
          case "official-titles.tsv", "home-organs.tsv" -> {
            expect(source, line, cols, 2);
            try {
              (name.equals("home-organs.tsv") ? home : titles)
                  .put(cols[0].strip().toLowerCase(Locale.ROOT), org.reverb.model.ActorKind.of(cols[1]));
            } catch (IllegalArgumentException e) {
              throw new LexiconException(source, line, "unknown actor kind '" + cols[1] + "'");
            }
          }
          case "triggers.tsv" -> triggers.add(trigger(source, line, cols));
          case "retype-cues.tsv" -> {
            expect(source, line, cols, 4);
            EventType type = type(source, line, cols[2]);
            String mode = cols[3].strip().equals("-") ? null : cols[3].strip();
            mode(source, line, type, mode);
            retypes.put(cols[0].strip().toLowerCase(Locale.ROOT) + " " + cols[1].strip().toLowerCase(Locale.ROOT),
                new Retype(type, mode));
          }
          case "not-triggers.tsv" -> {
            expect(source, line, cols, 1);
            blockers.add(List.of(cols[0].strip().toLowerCase(Locale.ROOT).split("\\s+")));
          }
          case "mode-cues.tsv" -> {
            expect(source, line, cols, 3);
            EventType type = type(source, line, cols[0]);
            mode(source, line, type, cols[2]);
            modes.computeIfAbsent(type, k -> new HashMap<>()).put(cols[1].toLowerCase(Locale.ROOT), cols[2]);
          }
          default -> {
            expect(source, line, cols, 2);
            try {
              modality.put(cols[0].toLowerCase(Locale.ROOT), Modality.of(cols[1]));
            } catch (IllegalArgumentException e) {
              throw new LexiconException(source, line, "unknown modality '" + cols[1] + "'");
            }
          }
        }
      });
    }
    return new Lexicon(triggers, modes, modality, blockers, retypes, speech, titles, home);
  }

  /** Triggers whose first lemma is {@code lemma}, longest first. */
  public List<Trigger> triggersStartingWith(String lemma) {
    return triggersByFirstWord.getOrDefault(lemma, List.of());
  }

  /**
   * Whether a trigger phrase may name an event in {@code sentence}: its words match (first by lemma, then by lemma
   * or word, lower-cased) and its head has the trigger's part of speech. Conditions on the grammar (an object, a
   * compound) and not-trigger phrases are not checked, so every sentence the extractor finds a trigger in passes;
   * a cheap test, made before the sentence is parsed.
   */
  public boolean mayHoldEvent(List<org.reverb.annotate.Token> sentence) {
    for (int i = 0; i < sentence.size(); i++) {
      for (Trigger entry : triggersStartingWith(sentence.get(i).lowerLemma())) {
        int end = matchEnd(sentence, i, entry.words());
        if (end < 0) {
          continue;
        }
        boolean verbal = entry.pos() == 'V' || entry.pos() == 'T';
        org.reverb.annotate.Token head = sentence.get(verbal ? i : end - 1);
        if (!(entry.pos() == 'N' && !head.isNoun()) && !(verbal && !head.isVerb())) {
          return true;
        }
      }
    }
    return false;
  }

  private static final java.util.Set<String> QUOTES = java.util.Set.of("'", "`", "``", "''", "\"", "‘", "’", "“",
      "”");

  /**
   * Where the phrase {@code words} (lower-case lemmas or words) that starts at token {@code from} ends, or -1;
   * quotation marks inside it are passed over ("chants for 'revenge'").
   */
  static int matchEnd(List<org.reverb.annotate.Token> t, int from, List<String> words) {
    int i = from;
    for (int k = 0; k < words.size(); k++, i++) {
      while (k > 0 && i < t.size() && QUOTES.contains(t.get(i).word())) {
        i++;
      }
      if (i >= t.size()) {
        return -1;
      }
      org.reverb.annotate.Token tok = t.get(i);
      if (!words.get(k).equals(tok.lowerLemma()) && !words.get(k).equals(tok.word().toLowerCase(Locale.ROOT))) {
        return -1;
      }
    }
    return i;
  }

  /** Phrases that are never events and whose first lemma is {@code lemma}, longest first. */
  public List<List<String>> blockersStartingWith(String lemma) {
    return blockersByFirstWord.getOrDefault(lemma, List.of());
  }

  /** What a trigger lemma names instead when {@code cue} is in its sentence, or {@code null}. */
  public Retype retype(String triggerLemma, String cue) {
    return retypes.get(triggerLemma + " " + cue);
  }

  /** The mode that {@code lemma} signals for {@code type}, or {@code null}. */
  public String modeCue(EventType type, String lemma) {
    Map<String, String> cues = modeCues.get(type);
    return cues == null ? null : cues.get(lemma);
  }

  /** Whether {@code lemma} reports speech ("said", "told", "announced"), so that its subject speaks its clauses. */
  public boolean speechVerb(String lemma) {
    return speechVerbs.contains(lemma);
  }

  /**
   * The organ that an official's title before a name stands for ("Prime Minister" → government), or
   * {@code null}; {@code title} is lower-case words separated by single spaces.
   */
  public org.reverb.model.ActorKind officialTitle(String title) {
    return officialTitles.get(title);
  }

  /**
   * The organ that a bare phrase names in an article about one country ("the army", "police", "the generals"),
   * or {@code null}; {@code phrase} is lower-case words separated by single spaces.
   */
  public org.reverb.model.ActorKind homeOrgan(String phrase) {
    return homeOrgans.get(phrase);
  }

  /** The modality that {@code lemma} signals, or {@code null}. */
  public Modality modalityCue(String lemma) {
    return modalityCues.get(lemma);
  }

  private interface RowHandler {
    void row(String source, int line, String[] cols);
  }

  private static void readRows(String name, Path userDir, RowHandler handler) {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled lexicon " + name + " is missing from the jar");
      }
      readRows(name, in, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (userDir != null && Files.isRegularFile(userDir.resolve(name))) {
      try (InputStream in = Files.newInputStream(userDir.resolve(name))) {
        readRows(userDir.resolve(name).toString(), in, handler);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void readRows(String source, InputStream in, RowHandler handler) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String text;
    int line = 0;
    while ((text = reader.readLine()) != null) {
      line++;
      if (text.isBlank() || text.startsWith("#")) {
        continue;
      }
      handler.row(source, line, text.split("\t", -1));
    }
  }

  private static Trigger trigger(String source, int line, String[] cols) {
    expect(source, line, cols, 5);
    String pos = cols[1].strip();
    if (!pos.equals("N") && !pos.equals("V") && !pos.equals("T") && !pos.equals("*")) {
      throw new LexiconException(source, line, "pos must be N, V, T or *, not '" + pos + "'");
    }
    EventType type = type(source, line, cols[2]);
    String mode = cols[3].strip().equals("-") ? null : cols[3].strip();
    mode(source, line, type, mode);
    double confidence;
    try {
      confidence = Double.parseDouble(cols[4].strip());
    } catch (NumberFormatException e) {
      throw new LexiconException(source, line, "confidence is not a number: '" + cols[4] + "'");
    }
    if (confidence <= 0 || confidence > 1) {
      throw new LexiconException(source, line, "confidence must be in (0, 1]: " + confidence);
    }
    List<String> words = List.of(cols[0].strip().toLowerCase(Locale.ROOT).split("\\s+"));
    return new Trigger(words, pos.charAt(0), type, mode, confidence);
  }

  private static void expect(String source, int line, String[] cols, int n) {
    if (cols.length != n) {
      throw new LexiconException(source, line, "expected " + n + " tab-separated columns, found " + cols.length);
    }
  }

  private static EventType type(String source, int line, String name) {
    try {
      return EventType.of(name);
    } catch (IllegalArgumentException e) {
      throw new LexiconException(source, line, "unknown event type '" + name + "'; use one of PLOVER's 16");
    }
  }

  private static void mode(String source, int line, EventType type, String mode) {
    if (!type.allowsMode(mode)) {
      throw new LexiconException(source, line, "'" + mode + "' is not a mode of " + type + "; use one of "
          + type.modes());
    }
  }
}
