package org.reverb.annotate;

/** A named entity mention: tokens [{@code tokenBegin}, {@code tokenEnd}) of its sentence, with its type. */
public record Entity(String text, String type, int tokenBegin, int tokenEnd) {}
