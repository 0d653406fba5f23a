/**
 * Extraction: from an {@link org.reverb.annotate.AnnotatedArticle} to {@link org.reverb.model.Mention}s, one per
 * event a sentence tells, coded in PLOVER with its arguments, date, casualties and modality.
 *
 * <p>The extractor's knowledge is data: trigger, mode and modality cue lexicons ({@code *.tsv} beside this
 * package's classes, extendable from a user file), the actor dictionary and the gazetteer. Extractors are
 * stateless after construction and thread-safe.
 */
package org.reverb.extract;
