package io.tasksync.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads request bodies that must be one JSON object, refusing anything else with a 400. */
final class JsonBodies {

  private JsonBodies() {}

  static <T> T read(Context ctx, ObjectMapper json, Class<T> type) throws IOException {
    JsonNode tree = json.readTree(ctx.bodyAsBytes());
    if (tree == null || !tree.isObject()) {
      throw ApiException.badRequest("invalid_json", "the request body must be one JSON object");
    }
    return json.treeToValue(tree, type);
  }
}
