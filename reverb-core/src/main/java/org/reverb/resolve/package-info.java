/**
 * Resolution: turning what the text names into canonical values — actors from the actor dictionary, places from
 * the gazetteer, TIMEX values into date intervals — and grouping mentions of one real event into one
 * {@link org.reverb.model.Event}. Dictionaries are data files, loaded once and immutable, safe to share between
 * threads.
 */
package org.reverb.resolve;
