package org.reverb.resolve;

/** An actor data file could not be read or holds a malformed row; the message names the file and line. */
public final class ActorDictionaryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ActorDictionaryException(String source, int line, String message) {
    super(source + ":" + line + ": " + message);
  }

  public ActorDictionaryException(String message, Throwable cause) {
    super(message, cause);
  }
}
