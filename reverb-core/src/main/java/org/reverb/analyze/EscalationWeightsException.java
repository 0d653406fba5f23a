package org.reverb.analyze;

/** A weights file that cannot be read or has a bad row; the message names the file and line. */
public final class EscalationWeightsException extends IllegalArgumentException {

  public EscalationWeightsException(String message) {
    super(message);
  }

  public EscalationWeightsException(String message, Throwable cause) {
    super(message, cause);
  }
}
