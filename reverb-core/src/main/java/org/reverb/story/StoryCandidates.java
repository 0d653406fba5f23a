package org.reverb.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The known stories a new article might belong to, for a {@link StoryThreader}.
 *
 * <p>Implementations return at least every story whose span of publication dates comes within
 * {@link #WINDOW_DAYS} days of the article's, and every story that holds one of the article's
 * {@linkplain StoryFeatures#events() events}; they may return more, since the threader scores each. Order does not
 * matter.
 */
public interface StoryCandidates {

  /** How far from a story's span of publication dates an article may be published and still join it. */
  int WINDOW_DAYS = 60;

  List<StoryProfile> near(StoryFeatures article);

  /** Days between {@code day} and the span {@code first..last}: 0 inside it. */
  static long gapDays(LocalDate day, LocalDate first, LocalDate last) {
    if (day.isBefore(first)) {
      return ChronoUnit.DAYS.between(day, first);
    }
    return day.isAfter(last) ? ChronoUnit.DAYS.between(last, day) : 0;
  }

  /** Stories threaded so far in one process, kept in memory (tests, a batch run). Not thread-safe. */
  final class InMemory implements StoryCandidates {

    private final Map<String, StoryFeatures> stories = new LinkedHashMap<>();

    /** Adds an article's features to a story, founding it if it is new. */
    public void add(String story, StoryFeatures article) {
      stories.merge(story, article, StoryFeatures::plus);
    }

    /** Each story's features, in the order first seen. */
    public Map<String, StoryFeatures> stories() {
      return Collections.unmodifiableMap(stories);
    }

    @Override
    public List<StoryProfile> near(StoryFeatures article) {
      List<StoryProfile> out = new ArrayList<>();
      stories.forEach((id, f) -> {
        boolean close = gapDays(article.first(), f.first(), f.last()) <= WINDOW_DAYS;
        if (close || !Collections.disjoint(f.events(), article.events())) {
          out.add(new StoryProfile(id, f));
        }
      });
      return out;
    }
  }
}
