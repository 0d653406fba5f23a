package org.reverb.server.openapi;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.reverb.server.Feature;

/** {@code GET /api/openapi.json}: the hand-written OpenAPI 3 document of the API (a test checks it against the routes). */
public final class OpenApiFeature implements Feature {

  /** Where the document lives on the classpath. */
  public static final String DOCUMENT = "/org/reverb/server/openapi.json";

  private final String document;

  public OpenApiFeature() {
    try (InputStream in = OpenApiFeature.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(DOCUMENT + " is missing from the classpath");
      }
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(document));
  }
}
