package org.reverb.annotate;

/**
 * A time expression as the annotator resolved it against the publication date.
 *
 * @param text the words ("last week")
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ("2024-W05", "2020", "PAST_REF"), or {@code null}
 * @param tokenBegin first token in its sentence
 * @param tokenEnd token after the last
 */
public record Timex(String text, String type, String value, int tokenBegin, int tokenEnd) {}
