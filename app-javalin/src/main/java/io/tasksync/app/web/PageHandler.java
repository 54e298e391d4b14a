package io.tasksync.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Serves the page, its scripts and stylesheet, and the OpenAPI document from the classpath. */
public final class PageHandler {

  private static final Map<String, String> TYPES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "app.js", "text/javascript; charset=utf-8",
          "app.css", "text/css; charset=utf-8",
          "views.js", "text/javascript; charset=utf-8",
          "charts.js", "text/javascript; charset=utf-8");

  private final Map<String, byte[]> files;
  private final byte[] openApi;

  public PageHandler() {
    this.files =
        Map.of(
            "index.html", read("index.html"),
            "app.js", read("app.js"),
            "app.css", read("app.css"),
            "views.js", read("views.js"),
            "charts.js", read("charts.js"));
    this.openApi = read("openapi.json");
  }

  /** The API described in OpenAPI 3.1. */
  void openApi(Context ctx) {
    ctx.header("Cache-Control", "no-cache").contentType("application/json").result(openApi);
  }

  void page(Context ctx) {
    serve(ctx, "index.html");
  }

  void asset(Context ctx) {
    String name = ctx.pathParam("file");
    if (!files.containsKey(name)) {
      throw ApiException.notFound("the file");
    }
    serve(ctx, name);
  }

  private void serve(Context ctx, String name) {
    ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'")
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header("Cache-Control", "no-cache")
        .contentType(TYPES.get(name))
        .result(files.get(name));
  }

  private static byte[] read(String name) {
    try (InputStream in = PageHandler.class.getResourceAsStream("/web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the page resource " + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
