package org.reverb.annotate;

/** Annotation of one article failed; the message names the article. */
public final class AnnotationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AnnotationException(String articleId, Throwable cause) {
    super(articleId + ": annotation failed: " + cause, cause);
  }
}
