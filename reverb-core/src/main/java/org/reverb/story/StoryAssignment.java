package org.reverb.story;

import java.util.Objects;

/**
 * Where a {@link StoryThreader} put an article.
 *
 * @param story the id of the story: a candidate's, or a new one
 * @param founded whether the article founds a new story
 * @param score the similarity to the story joined; 1 for a founded story
 */
public record StoryAssignment(String story, boolean founded, double score) {

  public StoryAssignment {
    Objects.requireNonNull(story, "story");
  }
}
