package org.reverb.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reverb.json.EventJson;
import org.reverb.json.StoryJson;
import org.reverb.story.Story;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reverb stories}: list the stories, threads of articles and their events. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "List stories: threads of articles and their events, with a title, the span of their articles, "
        + "their main actors and counts. Show one with: reverb timeline STORY.")
final class StoriesCommand implements Callable<Integer> {

  /** How the story verbs print. */
  enum Format { table, json }

  @Mixin
  StoreOption store;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Override
  public Integer call() {
    try (EventStore events = EventStores.openExisting(store.location())) {
      List<Story> stories = events.stories();
      System.out.print(format == Format.json ? json(stories) : table(stories));
      System.out.flush();
    }
    return 0;
  }

  static String table(List<Story> stories) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-12s  %-22s %8s %6s  %s%n", "STORY", "ARTICLES PUBLISHED", "ARTICLES",
        "EVENTS", "TITLE / ACTORS"));
    for (Story s : stories) {
      String span = s.first().equals(s.last()) ? s.first().toString() : s.first() + ".." + s.last();
      sb.append(String.format(Locale.ROOT, "%-12s  %-22s %8d %6d  %s%n", s.id(), span, s.articles().size(),
          s.events(), s.title()));
      if (!s.actors().isEmpty()) {
        sb.append(String.format(Locale.ROOT, "%-12s  %-22s %8s %6s  %s%n", "", "", "", "",
            String.join("; ", s.actors())));
      }
    }
    sb.append(stories.size()).append(stories.size() == 1 ? " story" : " stories").append(System.lineSeparator());
    return sb.toString();
  }

  static String json(List<Story> stories) {
    ArrayNode array = EventJson.MAPPER.createArrayNode();
    stories.forEach(s -> array.add(StoryJson.toJson(s)));
    return write(array);
  }

  static String write(com.fasterxml.jackson.databind.JsonNode n) {
    try {
      return EventJson.MAPPER.writeValueAsString(n) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stories could not be written as JSON", e);
    }
  }
}
