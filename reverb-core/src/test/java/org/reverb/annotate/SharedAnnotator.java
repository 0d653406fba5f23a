package org.reverb.annotate;

/** One CoreNLP annotator for all tests of a test JVM: its models take seconds and gigabytes to load. */
public final class SharedAnnotator {

  public static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator();

  private SharedAnnotator() {}
}
