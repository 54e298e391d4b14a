package io.tasksync.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The app's OpenAPI document (the resource served at {@code /openapi.json}), registered whole under
 * one base URI so its {@code $ref}s resolve, with a validator of response bodies by method,
 * concrete path and status.
 */
final class ApiDocument {

  private static final String BASE = "https://api.tasksync.test/openapi.json";

  final JsonNode document;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  ApiDocument() {
    try (InputStream in = ApiDocument.class.getResourceAsStream("/web/openapi.json")) {
      document = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = document.toString();
    registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(), b -> b.schemas(Map.of(BASE, text)));
  }

  /** The documented path template a concrete path matches, if any. */
  Optional<String> template(String path) {
    Iterator<String> names = document.path("paths").fieldNames();
    while (names.hasNext()) {
      String t = names.next();
      String regex = Pattern.quote(t).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
      if (Pattern.matches(regex, path)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  boolean documents(String method, String template, int status) {
    return document
        .path("paths")
        .path(template)
        .path(method.toLowerCase(Locale.ROOT))
        .path("responses")
        .has(String.valueOf(status));
  }

  boolean documentsJson(String method, String template, int status) {
    return responseContent(method, template, status).has("application/json");
  }

  /** The validation errors of a JSON response body; empty when it conforms. */
  List<String> validate(String method, String template, int status, JsonNode body) {
    String pointer =
        "#/paths/"
            + template.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D")
            + "/"
            + method.toLowerCase(Locale.ROOT)
            + "/responses/"
            + status
            + "/content/application~1json/schema";
    Schema schema =
        schemas.computeIfAbsent(
            pointer, p -> registry.getSchema("{\"$ref\":\"" + BASE + p + "\"}"));
    return schema.validate(body).stream().map(Object::toString).toList();
  }

  private JsonNode responseContent(String method, String template, int status) {
    return document
        .path("paths")
        .path(template)
        .path(method.toLowerCase(Locale.ROOT))
        .path("responses")
        .path(String.valueOf(status))
        .path("content");
  }
}
