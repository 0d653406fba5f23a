package org.reverb.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A thread of articles and their events, as the store lists it.
 *
 * @param id stable id, from the article that founded the story
 * @param title built from the dominant actors, place and period ({@link StoryTitles})
 * @param first the earliest publication date of its articles
 * @param last the latest publication date of its articles
 * @param articles the ids of its articles, by publication date
 * @param actors the names of its main actors, most frequent first
 * @param events how many events it holds
 */
public record Story(String id, String title, LocalDate first, LocalDate last, List<String> articles,
    List<String> actors, int events) {

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    articles = List.copyOf(articles);
    actors = List.copyOf(actors);
  }
}
