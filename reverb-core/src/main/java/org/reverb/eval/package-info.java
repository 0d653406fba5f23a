/**
 * Scoring extracted events against gold annotations: {@link org.reverb.eval.GoldEvent} is one gold line,
 * {@link org.reverb.eval.GoldEvents} reads a gold file, {@link org.reverb.eval.EventEvaluator} aligns each
 * article's predicted events to its gold events and accumulates per-field precision, recall and F1 in an
 * {@link org.reverb.eval.EventScores}. The evaluator is not thread-safe: feed it from one thread (the CLI
 * hands it each article's events in input order). Nothing here runs NLP; whoever calls the evaluator maps
 * articles to predicted events.
 */
package org.reverb.eval;
