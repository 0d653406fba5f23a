/**
 * The analyst's desk: a read-only REST API over an {@link org.reverb.store.EventStore} and the web dashboard that
 * draws it, in one Javalin server ({@link org.reverb.server.ReverbServer}).
 *
 * <p>One package per feature ({@code events}, {@code actors}, {@code graph}, {@code places}, {@code stories},
 * {@code escalation}, {@code articles}, {@code openapi}); each exposes a {@link org.reverb.server.Feature} that registers its routes, and its handlers are
 * thin adapters over the store. Errors are typed exceptions ({@code BadRequestResponse}, {@code NotFoundResponse},
 * …) that {@link org.reverb.server.problem.Problems} maps, in one place, to JSON problems; clients never see a
 * stack trace.
 *
 * <p>Thread-safety: handlers run on Jetty's threads; the store is thread-safe and features hold no mutable state
 * but the lazily built ingest pipeline, which is built once.
 */
package org.reverb.server;
