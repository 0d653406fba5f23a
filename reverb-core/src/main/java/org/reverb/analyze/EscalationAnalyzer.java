package org.reverb.analyze;

import java.util.List;
import org.reverb.model.Event;

/**
 * Reads escalation out of events.
 *
 * <p>Implementations are deterministic and safe to call from several threads; they do not read the store (the
 * caller passes the events) and ignore events that do not concern the parties asked about.
 */
public interface EscalationAnalyzer {

  /**
   * The daily intensity between two parties, its trend, and the reciprocal steps (an attack by one answered by the
   * other).
   *
   * @param a a party's id or name (case-insensitive)
   * @param b the other party's id or name
   * @param events events that may concern them; the others are left out
   */
  Escalation analyze(String a, String b, List<Event> events);

  /**
   * The escalation steps of a timeline: events more intense than every earlier event between the same two parties,
   * and events that answer the other party's hostile act (tit-for-tat).
   *
   * @param timeline events in {@linkplain org.reverb.story.Timeline timeline order}
   * @return the steps, in timeline order
   */
  List<EscalationStep> steps(List<Event> timeline);
}
