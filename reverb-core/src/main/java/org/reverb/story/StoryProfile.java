package org.reverb.story;

import java.util.Objects;

/** A known story as threading sees it: its id and the features of all its articles and events. */
public record StoryProfile(String id, StoryFeatures features) {

  public StoryProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(features, "features");
  }
}
