package org.reverb.analyze;

import java.util.Objects;
import org.reverb.model.Event;

/**
 * An event that raises the conflict between its two parties.
 *
 * @param event the event
 * @param intensity its intensity ({@link EscalationWeights#intensity})
 * @param higher whether it is more intense than every earlier event between the same parties
 * @param answers the other party's hostile event it follows (tit-for-tat), or {@code null}
 */
public record EscalationStep(Event event, double intensity, boolean higher, Event answers) {

  public EscalationStep {
    Objects.requireNonNull(event, "event");
  }

  /** Whether it answers the other side: an act by B on A after one by A on B. */
  public boolean reciprocal() {
    return answers != null;
  }

  /** {@code up}, {@code tit-for-tat} or {@code up, tit-for-tat}, as the timeline prints it. */
  public String label() {
    return higher && reciprocal() ? "up, tit-for-tat" : higher ? "up" : "tit-for-tat";
  }
}
