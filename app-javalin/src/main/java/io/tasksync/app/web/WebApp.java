package io.tasksync.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;

/** Builds the HTTP app, unstarted, so {@code Main} and tests start it on the port they choose. */
public final class WebApp {

  /** Request bodies above this size are refused with 413 before any handler reads them. */
  static final long MAX_REQUEST_BYTES = 512 * 1024;

  private WebApp() {}

  public static Javalin create(Routes routes, ObjectMapper json) {
    JsonErrorHandler jettyErrors = new JsonErrorHandler(json);
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          config.startup.startupWatcherEnabled = false;
          config.http.maxRequestSize = MAX_REQUEST_BYTES;
          config.jsonMapper(new JavalinJackson(json, false));
          config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
          config.routes.before(WebApp::defaultHeaders);
          routes.register(config);
          ErrorMapping.install(config);
        });
  }

  /** No response is sniffed or cached unless its handler says otherwise (the page's files do). */
  private static void defaultHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store");
  }
}
