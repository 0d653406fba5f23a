package org.reverb.resolve;

import java.util.List;
import org.reverb.model.Event;
import org.reverb.model.Mention;

/**
 * Groups mentions that tell the same real event into one {@link Event} with all their sources.
 *
 * <p>Implementations are deterministic: the same mentions give the same events with the same ids, so that
 * storing them again changes nothing. They must be safe to call from several threads.
 */
public interface EventResolver {

  List<Event> resolve(List<Mention> mentions);
}
