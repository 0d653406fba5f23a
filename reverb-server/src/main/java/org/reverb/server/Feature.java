package org.reverb.server;

import io.javalin.Javalin;

/**
 * A feature of the desk: registers its routes (under {@code /api/…}) on the server. A new feature (stories,
 * escalation) is a package with one {@code Feature} added to {@link ReverbServer}'s list, and its paths added to
 * {@code openapi.json}.
 */
@FunctionalInterface
public interface Feature {

  void register(Javalin app);
}
