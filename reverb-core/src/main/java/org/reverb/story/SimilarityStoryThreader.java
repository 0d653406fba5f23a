package org.reverb.story;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.reverb.model.Article;
import org.reverb.model.Event;

/**
 * Threads by similarity: an article joins the candidate story it resembles most when that {@link #score} reaches
 * the threshold, else it founds a story. A shared event (told, or answered by a link, in both) is the same story
 * outright; otherwise the score is {@code (0.4 × actors + 0.2 × countries + 0.4 × words) × time}, each part the
 * cosine of the two count vectors, and time 1 up to {@link #NEAR_DAYS} days from the story's span of publication
 * dates, falling linearly to 0 at {@link StoryCandidates#WINDOW_DAYS}. An article with no events joins a story it
 * resembles but founds none.
 */
public final class SimilarityStoryThreader implements StoryThreader {

  /** The score at or above which an article joins a story. */
  public static final double THRESHOLD = 0.3;

  /** Up to this many days from a story's span, time does not lower the score. */
  public static final int NEAR_DAYS = 14;

  private final double threshold;

  public SimilarityStoryThreader() {
    this(THRESHOLD);
  }

  public SimilarityStoryThreader(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Optional<StoryAssignment> thread(Article article, List<Event> events, StoryCandidates candidates) {
    StoryFeatures f = StoryFeatures.of(article, events);
    StoryProfile best = null;
    double bestScore = -1;
    List<StoryProfile> near = candidates.near(f).stream().sorted(Comparator.comparing(StoryProfile::id)).toList();
    for (StoryProfile p : near) {
      double s = score(f, p.features());
      if (s > bestScore) {
        best = p;
        bestScore = s;
      }
    }
    if (best != null && bestScore >= threshold) {
      return Optional.of(new StoryAssignment(best.id(), false, bestScore));
    }
    return events.isEmpty() ? Optional.empty()
        : Optional.of(new StoryAssignment(StoryThreader.newStoryId(article), true, 1));
  }

  /** How much an article resembles a story, in [0, 1]. */
  public static double score(StoryFeatures article, StoryFeatures story) {
    if (!Collections.disjoint(article.events(), story.events())) {
      return 1;
    }
    long gap = Math.min(StoryCandidates.gapDays(article.first(), story.first(), story.last()),
        StoryCandidates.gapDays(article.last(), story.first(), story.last()));
    double time = gap <= NEAR_DAYS ? 1
        : Math.max(0, 1 - (double) (gap - NEAR_DAYS) / (StoryCandidates.WINDOW_DAYS - NEAR_DAYS));
    if (time == 0) {
      return 0;
    }
    double actors = Terms.cosine(article.actors(), story.actors());
    double countries = Terms.cosine(article.countries(), story.countries());
    double words = Terms.cosine(article.terms(), story.terms());
    return (0.4 * actors + 0.2 * countries + 0.4 * words) * time;
  }
}
