package org.reverb.story;

import java.util.List;
import java.util.Optional;
import org.reverb.model.Article;
import org.reverb.model.Event;

/**
 * Threads articles into stories, one article at a time: the new article (with its events, already resolved
 * against the stored ones, so that an event told before keeps its id) joins one of the candidate stories or founds
 * a new one. Nothing stored is rebuilt, so ingesting a corpus in several runs threads it as one run does when the
 * articles come in the same order.
 *
 * <p>Implementations are deterministic (the same article, events and candidates give the same assignment; a new
 * story's id depends only on the article) and safe to call from several threads. The caller stores the result.
 */
public interface StoryThreader {

  /**
   * @param article the new article
   * @param events its events, resolved
   * @param candidates the known stories it might join
   * @return the story it belongs to, or empty when it tells no event and resembles no story
   */
  Optional<StoryAssignment> thread(Article article, List<Event> events, StoryCandidates candidates);

  /** The id of the story an article founds: a prefix of its content hash, stable across runs and stores. */
  static String newStoryId(Article article) {
    return "s" + article.contentHash().substring(0, 11);
  }
}
