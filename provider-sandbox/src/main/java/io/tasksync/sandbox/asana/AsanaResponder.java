package io.tasksync.sandbox.asana;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes JSON answers, applying the response faults (truncated body, wrong shape). */
final class AsanaResponder {

  private final ObjectMapper json;
  private final AsanaFaults faults;

  AsanaResponder(ObjectMapper json, AsanaFaults faults) {
    this.json = json;
    this.faults = faults;
  }

  void data(Context ctx, Object data) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", data);
    json(ctx, 200, body);
  }

  void json(Context ctx, int status, Object body) {
    byte[] bytes;
    try {
      bytes = json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new AsanaError(500, "Server Error");
    }
    if (AsanaFaults.take(faults.wrongShape)) {
      bytes = "{\"data\":\"unexpected\"}".getBytes(StandardCharsets.UTF_8);
    } else if (AsanaFaults.take(faults.truncated)) {
      byte[] cut = new byte[bytes.length / 2];
      System.arraycopy(bytes, 0, cut, 0, cut.length);
      bytes = cut;
    }
    ctx.status(status).contentType("application/json; charset=UTF-8").result(bytes);
  }

  void error(Context ctx, AsanaError e) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("message", e.getMessage());
    item.put(
        "help",
        "For more information on API status codes and how to handle them, read the"
            + " docs on errors: https://developers.asana.com/docs/errors");
    if (e.status >= 500) {
      item.put("phrase", "6 sad squid snuggle softly");
    }
    if (e.retryAfterSeconds > 0) {
      ctx.header("Retry-After", Long.toString(e.retryAfterSeconds));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errors", List.of(item));
    try {
      ctx.status(e.status)
          .contentType("application/json; charset=UTF-8")
          .result(json.writeValueAsBytes(body));
    } catch (JsonProcessingException impossible) {
      ctx.status(e.status).result("{\"errors\":[{\"message\":\"Server Error\"}]}");
    }
  }
}
