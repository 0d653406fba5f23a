/**
 * The values that travel between Reverb's stages: {@link org.reverb.model.Article} in, through
 * {@link org.reverb.model.Mention} (one event as one sentence tells it), to {@link org.reverb.model.Event}
 * (one real event with all its mentions and links).
 *
 * <p>All are immutable records; compact constructors check invariants and copy lists. A {@code null}
 * field means "the text does not say": no stage invents a value. Records are safe to share between threads.
 */
package org.reverb.model;
