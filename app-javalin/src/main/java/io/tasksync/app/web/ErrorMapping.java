package io.tasksync.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.tasksync.port.out.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to an {@link ApiError} body: refusals keep their status and message, a store
 * that does not answer becomes a 503 (one warning line, no stack), anything else unexpected becomes
 * a 500 whose body names no internals (the log has the details).
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
        StoreUnavailableException.class,
        (e, ctx) -> {
          log.warn("{} {} answered 503: {}", ctx.method(), safePath(ctx), e.getMessage());
          ctx.header("Retry-After", "5");
          write(ctx, 503, "store_unavailable", "the store is not answering; retry shortly");
        });
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          log.error("{} {} failed", ctx.method(), safePath(ctx), e);
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

  static String codeOf(int status) {
    switch (status) {
      case 401:
        return "unauthorized";
      case 403:
        return "forbidden";
      case 404:
        return "not_found";
      case 405:
        return "method_not_allowed";
      case 413:
        return "body_too_large";
      case 414:
        return "uri_too_long";
      case 415:
        return "unsupported_media_type";
      case 429:
        return "too_many_attempts";
      case 431:
        return "headers_too_large";
      case 503:
        return "unavailable";
      default:
        return status < 500 ? "bad_request" : "internal_error";
    }
  }

  /** A message for a refusal that names nothing from the request. */
  static String describe(int status) {
    switch (status) {
      case 413:
        return "the request body is too large";
      case 414:
        return "the URL is too long (at most 8 KB)";
      case 431:
        return "the request headers are too large (at most 8 KB)";
      default:
        return status < 500
            ? "the request could not be read: check its URL, headers and body"
            : "the server could not answer; retry later";
    }
  }

  private static String safePath(Context ctx) {
    String path = ctx.path().replaceAll("\\p{Cntrl}", "?");
    return path.length() > 200 ? path.substring(0, 200) + "…" : path;
  }
}
