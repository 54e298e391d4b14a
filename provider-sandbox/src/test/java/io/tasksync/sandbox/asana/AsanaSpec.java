package io.tasksync.sandbox.asana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Asana's official OpenAPI document, for validating responses: the whole document is registered
 * under one base URI so its internal {@code $ref}s resolve, and each check validates against a
 * one-line schema referring into it.
 */
public final class AsanaSpec {

  private static final String BASE = "https://tasksync.test/asana_oas.json";
  private static volatile AsanaSpec loaded;

  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private AsanaSpec(String specJson) {
    this.registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi30(), b -> b.schemas(Map.of(BASE, specJson)));
  }

  /**
   * Where the spec lives: {@code -Dtasksync.provider-specs}, else {@code shared/} above the repo.
   */
  public static Optional<Path> specFile() {
    String configured = System.getProperty("tasksync.provider-specs");
    Stream<Path> candidates =
        configured != null
            ? Stream.of(Path.of(configured))
            : Stream.of("../../shared/provider-specs", "../../../shared/provider-specs")
                .map(Path::of);
    return candidates
        .map(p -> p.resolve("asana_oas.yaml"))
        .filter(Files::isRegularFile)
        .findFirst();
  }

  public static synchronized AsanaSpec load(Path file) throws IOException {
    if (loaded == null) {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(16 * 1024 * 1024);
      Object doc;
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        doc = new Yaml(options).load(reader);
      }
      loaded = new AsanaSpec(new ObjectMapper().writeValueAsString(doc));
    }
    return loaded;
  }

  /**
   * The only exceptions to the spec, each with its reason: these properties are declared as {@code
   * allOf: [$ref, {nullable: true}]}, and an OpenAPI 3.0 validator applies {@code nullable} only to
   * its own branch, so the {@code $ref}'d object branch still rejects null. The spec's own
   * descriptions say null (e.g. "The parent of this task, or null if this is not a subtask"), and
   * recorded real responses carry {@code "assignee": null}.
   */
  static final Set<String> NULLABLE_IN_ALL_OF =
      Set.of("parent", "assignee", "enum_value", "completed_by", "assignee_section");

  /**
   * The problems of {@code node} against the spec's schema at {@code pointer}, e.g. {@code
   * #/components/schemas/TaskResponse}, one readable line each.
   */
  public List<String> validate(JsonNode node, String pointer) {
    Schema schema =
        schemas.computeIfAbsent(
            pointer, p -> registry.getSchema("{\"$ref\":\"" + BASE + p + "\"}"));
    List<String> problems = new ArrayList<>();
    for (Error e : schema.validate(node)) {
      String text = e.toString();
      int at = text.indexOf(": null found, object expected");
      String path = at < 0 ? "" : text.substring(0, at);
      boolean allowedNull =
          at >= 0 && NULLABLE_IN_ALL_OF.contains(path.substring(path.lastIndexOf('/') + 1));
      if (!allowedNull) {
        problems.add(text);
      }
    }
    return problems;
  }
}
