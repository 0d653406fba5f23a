package org.reverb.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reverb.analyze.DayIntensity;
import org.reverb.analyze.Escalation;
import org.reverb.analyze.EscalationAnalyzer;
import org.reverb.analyze.EscalationStep;
import org.reverb.analyze.EscalationWeights;
import org.reverb.analyze.WeightedEscalationAnalyzer;
import org.reverb.json.StoryJson;
import org.reverb.model.Actor;
import org.reverb.model.Event;
import org.reverb.model.Link;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;
import org.reverb.story.Story;
import org.reverb.story.Timeline;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reverb timeline}: a story's events in date order, or the escalation between two parties. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {"A story's events in date order, with dates, types, actors, places, fatalities, sources and "
        + "links; escalation steps are marked (up: more intense than every earlier event between the same two "
        + "parties; tit-for-tat: answers the other party's hostile act).",
        "With --pair A B: the events between two parties, their daily intensity series, its trend and the "
            + "reciprocal steps."})
final class TimelineCommand implements Callable<Integer> {

  @Mixin
  StoreOption store;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Parameters(paramLabel = "STORY", description = "A story id from reverb stories (or a unique prefix of one).")
    String story;

    @Option(names = "--pair", arity = "2", paramLabel = "PARTY",
        description = "Two parties (actor ids or names, e.g. USA \"Kataib Hezbollah\").")
    List<String> pair;
  }

  @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE}).")
  StoriesCommand.Format format = StoriesCommand.Format.table;

  @Option(names = "--weights", paramLabel = "FILE",
      description = "Escalation weights over the bundled ones (TSV: section, key, value; see README).")
  List<Path> weights = List.of();

  @Override
  public Integer call() {
    EscalationAnalyzer analyzer = new WeightedEscalationAnalyzer(weights.isEmpty() ? EscalationWeights.bundled()
        : EscalationWeights.load(weights.toArray(Path[]::new)));
    try (EventStore events = EventStores.openExisting(store.location())) {
      if (target.pair != null) {
        Escalation e = analyzer.analyze(target.pair.get(0), target.pair.get(1),
            events.pairEvents(target.pair.get(0), target.pair.get(1)));
        System.out.print(format == StoriesCommand.Format.json ? pairJson(e) : pairTable(e));
      } else {
        Story story = find(events, target.story);
        if (story == null) {
          return 1;
        }
        List<Event> timeline = Timeline.order(events.storyEvents(story.id()));
        List<EscalationStep> steps = analyzer.steps(timeline);
        System.out.print(format == StoriesCommand.Format.json ? storyJson(story, timeline, steps)
            : story.title() + "  (" + story.id() + "; " + story.articles().size() + " articles, "
                + timeline.size() + " events)" + System.lineSeparator() + table(timeline, steps));
      }
      System.out.flush();
    }
    return 0;
  }

  /** The story with this id or, failing that, the one story whose id starts with it; reports otherwise. */
  private static Story find(EventStore events, String id) {
    Story exact = events.story(id).orElse(null);
    if (exact != null) {
      return exact;
    }
    List<Story> matches = events.stories().stream().filter(s -> s.id().startsWith(id)).toList();
    if (matches.size() == 1) {
      return matches.get(0);
    }
    System.err.println("reverb timeline: " + (matches.isEmpty() ? "no story '" + id + "'"
        : "'" + id + "' starts " + matches.size() + " story ids; give more of it") + "; list them with: reverb stories");
    return null;
  }

  static String table(List<Event> timeline, List<EscalationStep> steps) {
    Map<String, Integer> rows = new HashMap<>();
    for (int i = 0; i < timeline.size(); i++) {
      rows.put(timeline.get(i).id(), i + 1);
    }
    Map<String, EscalationStep> byEvent = new HashMap<>();
    steps.forEach(s -> byEvent.put(s.event().id(), s));
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%3s %-23s %-20s %-20s %-20s %-18s %5s %3s %-16s %s", "#", "DATE",
        "TYPE/MODE", "ACTOR", "TARGET", "PLACE", "DEAD", "SRC", "STEP", "LINKS / MODALITY").stripTrailing())
        .append(System.lineSeparator());
    for (int i = 0; i < timeline.size(); i++) {
      Event e = timeline.get(i);
      EscalationStep step = byEvent.get(e.id());
      StringBuilder links = new StringBuilder();
      for (Link l : e.links()) {
        Integer row = rows.get(l.event());
        links.append(links.isEmpty() ? "" : ", ").append(l.type().key()).append(' ')
            .append(row == null ? l.event() : "#" + row);
      }
      sb.append(String.format(Locale.ROOT, "%3d %-23s %-20s %-20s %-20s %-18s %5s %3d %-16s %s", i + 1,
          EventFormat.date(e.date()), EventFormat.cut(e.type() + (e.mode() == null ? "" : "/" + e.mode()), 20), EventFormat.cut(name(e.actor()), 20),
          EventFormat.cut(name(e.target()), 20), EventFormat.cut(e.place() == null ? "-" : e.place().name(), 18),
          e.fatalities() == null ? "-" : e.fatalities().toString(), e.mentions().size(),
          step == null ? "" : step.label() + (step.reciprocal() && rows.containsKey(step.answers().id())
              ? " #" + rows.get(step.answers().id()) : ""),
          links.isEmpty() ? (e.modality().key().equals("asserted") ? "" : "(" + e.modality().key() + ")")
              : links + (e.modality().key().equals("asserted") ? "" : " (" + e.modality().key() + ")")).stripTrailing())
          .append(System.lineSeparator());
    }
    return sb.toString();
  }

  static String pairTable(Escalation e) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.a()).append(" – ").append(e.b()).append(": ").append(e.events().size())
        .append(e.events().size() == 1 ? " event" : " events")
        .append(System.lineSeparator());
    sb.append(table(e.events(), e.steps())).append(System.lineSeparator());
    sb.append(String.format(Locale.ROOT, "%-10s %8s %8s %5s %6s%n", "DAY", "A→B", "B→A", "DEAD", "EVENTS"));
    for (DayIntensity d : e.days()) {
      sb.append(String.format(Locale.ROOT, "%-10s %8.2f %8.2f %5d %6d%n", d.day(), d.forward(), d.backward(),
          d.fatalities(), d.events()));
    }
    sb.append(String.format(Locale.ROOT, "trend: %s (slope %+.3f per day over %d %s in the series; %d %s with "
            + "open or vague dates not in it)%n", e.trend().key(), e.slope(), e.days().size(),
        e.days().size() == 1 ? "day" : "days", e.unplaced(), e.unplaced() == 1 ? "event" : "events"));
    List<EscalationStep> reciprocal = e.reciprocalSteps();
    sb.append("reciprocal steps: ").append(reciprocal.size()).append(System.lineSeparator());
    for (EscalationStep s : reciprocal) {
      sb.append("  ").append(describe(s.answers())).append("  →  ").append(describe(s.event()))
          .append(System.lineSeparator());
    }
    return sb.toString();
  }

  private static String describe(Event e) {
    return name(e.actor()) + " " + e.type() + (e.mode() == null ? "" : "/" + e.mode()) + " " + name(e.target())
        + " (" + EventFormat.date(e.date()) + ")";
  }

  static String storyJson(Story story, List<Event> timeline, List<EscalationStep> steps) {
    return StoriesCommand.write(StoryJson.toJson(story, timeline, steps));
  }

  static String pairJson(Escalation e) {
    return StoriesCommand.write(StoryJson.toJson(e));
  }

  private static String name(Actor a) {
    return a == null ? "-" : a.name();
  }
}
