package org.reverb.story;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.reverb.ingest.SeedFormatReader;
import org.reverb.json.EventJson;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.model.Source;

/** A corpus's articles with the events the pipeline stored for them (a JSON snapshot), for threading tests. */
final class StoryCorpus {

  record Item(Article article, List<Event> events) {}

  private StoryCorpus() {}

  /** The articles of {@code dir} in file order, each with the snapshot's events that cite it. */
  static List<Item> load(Path dir, String snapshot) throws IOException {
    List<Event> events = new ArrayList<>();
    try (InputStream in = StoryCorpus.class.getResourceAsStream(snapshot)) {
      for (JsonNode n : EventJson.MAPPER.readTree(in)) {
        events.add(EventJson.event(n));
      }
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<Item> out = new ArrayList<>();
    for (Path f : files) {
      List<Article> articles = new ArrayList<>();
      new SeedFormatReader().read(f, articles::add, p -> {
        throw new IllegalStateException(p.toString());
      });
      for (Article a : articles) {
        Map<String, Event> own = new LinkedHashMap<>();
        for (Event e : events) {
          for (Source s : e.mentions()) {
            if (s.article().equals(a.id())) {
              own.put(e.id(), e);
            }
          }
        }
        out.add(new Item(a, List.copyOf(own.values())));
      }
    }
    return out;
  }
}
