package org.reverb.resolve;

/** A gazetteer file could not be read; the message names the file and line. */
public final class GazetteerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public GazetteerException(String source, int line, String message) {
    super(source + ":" + line + ": " + message);
  }

  public GazetteerException(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
  }
}
