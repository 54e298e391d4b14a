package io.tasksync.sandbox.linear;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Linear's published GraphQL schema, read from the shared provider-specs folder (never copied into
 * the project): setting {@code tasksync.provider-specs}, else {@code ../shared/provider-specs} from
 * the project root (or one level further up, for a checkout nested one folder deeper).
 */
final class LinearSpec {

  static final String FILE = "linear_schema.graphql";

  /** Why a conformance test is skipped when the schema is not found. */
  static final String ABSENT =
      "Linear's published schema ("
          + FILE
          + ") is not on this machine: set -Dtasksync.provider-specs to the provider-specs folder"
          + " (default ../shared/provider-specs from the project root)";

  private static TypeDefinitionRegistry parsed;

  private LinearSpec() {}

  /** The schema file, if present; paths are relative to the module directory tests run in. */
  static Optional<Path> file() {
    String configured = System.getProperty("tasksync.provider-specs");
    Stream<Path> folders =
        configured != null && !configured.isBlank()
            ? Stream.of(Path.of(configured))
            : Stream.of("../../shared/provider-specs", "../../../shared/provider-specs")
                .map(Path::of);
    return folders.map(p -> p.resolve(FILE)).filter(Files::isRegularFile).findFirst();
  }

  /** The parsed published schema (about half a second; done once per test JVM). */
  static synchronized TypeDefinitionRegistry load(Path file) throws IOException {
    if (parsed == null) {
      parsed = new SchemaParser().parse(Files.readString(file));
    }
    return parsed;
  }
}
