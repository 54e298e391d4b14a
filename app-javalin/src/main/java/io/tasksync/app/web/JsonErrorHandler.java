package io.tasksync.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals, which come before any route (a URI or headers too large, a malformed or
 * ambiguous request), in the API's {@link ApiError} shape instead of Jetty's HTML page. Jetty
 * closes the connection after such a request, and the reply says so, so that no client sends its
 * next request on it.
 */
final class JsonErrorHandler extends ErrorHandler {

  private final ObjectMapper json;

  JsonErrorHandler(ObjectMapper json) {
    this.json = json;
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    byte[] body;
    try {
      body =
          json.writeValueAsBytes(
              new ApiError(ErrorMapping.codeOf(code), ErrorMapping.describe(code)));
    } catch (JsonProcessingException e) {
      callback.failed(e);
      return;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
