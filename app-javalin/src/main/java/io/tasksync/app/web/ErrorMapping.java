package io.tasksync.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to an {@link ApiError} body: refusals keep their status and message, anything
 * unexpected becomes a 500 whose body names no internals (the log has the details).
 */
final class ErrorMapping {

  private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  static void install(JavalinConfig config) {
    config.routes.exception(
        ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage()));
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> write(ctx, e.getStatus(), codeOf(e.getStatus()), e.getMessage()));
    config.routes.exception(
        JsonProcessingException.class,
        (e, ctx) -> write(ctx, 400, "invalid_json", "the request body is not the expected JSON"));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          log.error("{} {} failed", ctx.method(), ctx.path(), e);
          write(ctx, 500, "internal_error", "something went wrong; the log has the details");
        });
    config.routes.error(
        404,
        ctx -> {
          if (ctx.resultInputStream() == null) {
            write(ctx, 404, "not_found", "no such route: " + ctx.method() + " " + ctx.path());
          }
        });
    config.routes.error(
        405,
        ctx -> write(ctx, 405, "method_not_allowed", "this route does not take " + ctx.method()));
  }

  static void write(Context ctx, int status, String code, String message) {
    ctx.status(status).json(new ApiError(code, message));
  }

  private static String codeOf(int status) {
    switch (status) {
      case 413:
        return "body_too_large";
      case 401:
        return "unauthorized";
      case 403:
        return "forbidden";
      case 404:
        return "not_found";
      default:
        return status < 500 ? "bad_request" : "internal_error";
    }
  }
}
