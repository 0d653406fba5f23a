/**
 * Stage "link": which event answers which. An {@link org.reverb.link.EventLinker} takes one article's resolved
 * events and returns them with {@link org.reverb.model.Link}s to the events they answer (retaliation,
 * condemnation, denial, investigation, a protest over an event, a concession to protesters, a
 * counter-expulsion, the dispersal of a protest).
 *
 * <p>{@link org.reverb.link.CueEventLinker} reads explicit cues ("in retaliation for", "a day after") from the
 * events' sentences and falls back on data-driven reaction rules (a condemnation answers the article's assault);
 * both live in {@code link-cues.tsv}. Linkers are immutable and thread-safe.
 */
package org.reverb.link;
