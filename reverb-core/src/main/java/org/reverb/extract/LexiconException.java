package org.reverb.extract;

/** A lexicon file could not be read; the message names the file and line. */
public final class LexiconException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LexiconException(String source, int line, String message) {
    super(source + ":" + line + ": " + message);
  }
}
