package org.reverb.ingest;

/** A page or feed could not be fetched; the message names the address, what went wrong and what to check. */
public final class FetchException extends Exception {

  private static final long serialVersionUID = 1L;

  public FetchException(String message) {
    super(message);
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
