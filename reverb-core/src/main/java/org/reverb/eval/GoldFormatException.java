package org.reverb.eval;

/** A gold file, or one line of it, that cannot be read; the message names the file and the line. */
public final class GoldFormatException extends RuntimeException {

  public GoldFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  public GoldFormatException(String message) {
    super(message);
  }
}
