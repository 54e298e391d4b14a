package io.tasksync.sandbox.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * ClickUp's official OpenAPI 3.1 document, loaded from the shared provider-specs folder (setting
 * {@code tasksync.provider-specs}, else the nearest {@code shared/provider-specs} above the working
 * directory), with the few corrections of {@link ClickUpSpecCorrections} applied, and a validator
 * for response bodies by method, concrete path (with or without the {@code /api} server prefix) and
 * status.
 */
final class ClickUpSpec {

  private static final String BASE = "https://spec.tasksync.test/clickup_oas.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static volatile ClickUpSpec loaded;

  private final JsonNode document;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private ClickUpSpec(JsonNode document) {
    this.document = document;
    String text = document.toString();
    this.registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(), b -> b.schemas(Map.of(BASE, text)));
  }

  /** Where the spec is, if this machine has it. */
  static Optional<Path> locate() {
    String setting = System.getProperty("tasksync.provider-specs");
    if (setting != null) {
      Path p = Paths.get(setting, "clickup_oas.json");
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("shared/provider-specs/clickup_oas.json");
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  static synchronized ClickUpSpec load(Path file) throws IOException {
    if (loaded == null) {
      JsonNode doc = MAPPER.readTree(file.toFile());
      ClickUpSpecCorrections.apply((ObjectNode) doc);
      loaded = new ClickUpSpec(doc);
    }
    return loaded;
  }

  /** The validation errors of a response body; empty when it conforms. */
  List<String> validate(String method, String path, int status, JsonNode body) {
    String template = template(path.startsWith("/api/") ? path.substring(4) : path);
    String pointer =
        "#/paths/"
            + template.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D")
            + "/"
            + method.toLowerCase(java.util.Locale.ROOT)
            + "/responses/"
            + status
            + "/content/application~1json/schema";
    Schema schema =
        schemas.computeIfAbsent(
            pointer, p -> registry.getSchema("{\"$ref\":\"" + BASE + p + "\"}"));
    return schema.validate(body).stream().map(Object::toString).toList();
  }

  private String template(String path) {
    Iterator<String> names = document.path("paths").fieldNames();
    while (names.hasNext()) {
      String t = names.next();
      String regex = Pattern.quote(t).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
      if (Pattern.matches(regex, path)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no path of the ClickUp spec matches " + path);
  }
}
