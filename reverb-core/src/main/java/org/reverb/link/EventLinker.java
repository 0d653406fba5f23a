package org.reverb.link;

import java.util.List;
import org.reverb.annotate.AnnotatedArticle;
import org.reverb.model.Event;

/**
 * Adds to one article's events the links to the events they answer.
 *
 * <p>Implementations return the events in the given order, each with its existing links kept and any new ones
 * appended; they never link an event to itself, never make a cycle, and only point to events of the given list.
 * They are deterministic and must be safe to call from several threads.
 */
public interface EventLinker {

  /**
   * @param article the annotated article the events were read from; the events' {@code Source.sentence}s are
   *     texts of its sentences
   * @param events the article's resolved events
   * @return the same events, with links added
   */
  List<Event> link(AnnotatedArticle article, List<Event> events);
}
