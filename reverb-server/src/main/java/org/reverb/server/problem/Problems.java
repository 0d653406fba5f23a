package org.reverb.server.problem;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.reverb.store.StoreException;

/**
 * The one place where errors become HTTP: every failure is answered with a JSON problem
 * ({@code {"status": 400, "title": "Bad Request", "detail": "…"}}, media type {@code application/problem+json}).
 * Javalin's typed responses ({@code BadRequestResponse}, …) keep their status and message; a store failure or any
 * other exception is a 500 whose detail says nothing of the server's insides, and is logged instead.
 */
public final class Problems {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  private Problems() {}

  public static void register(Javalin app) {
    app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
    app.exception(StoreException.class, (e, ctx) -> {
      LOG.log(Level.WARNING, "store failure on " + ctx.path(), e);
      answer(ctx, 500, "the event store could not answer; see the server's log");
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.log(Level.WARNING, "failure on " + ctx.path(), e);
      answer(ctx, 500, "the server failed to answer; see the server's log");
    });
  }

  private static void answer(Context ctx, int status, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("status", status);
    problem.put("title", HttpStatus.forStatus(status).getMessage());
    problem.put("detail", detail);
    ctx.status(status).json(problem).contentType("application/problem+json");
  }
}
