package io.tasksync.adapter.linear;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The two schemas the adapter's documents are checked against: Linear's published schema, read from
 * the shared provider-specs folder (setting {@code tasksync.provider-specs}, else {@code
 * ../shared/provider-specs} from the project root), and the stand-in's own schema, always on the
 * test classpath.
 */
enum LinearSchemas {
  /** Linear's published schema; tests using it are skipped, saying why, where it is absent. */
  PUBLISHED,
  /** The stand-in's schema (the part of Linear's API it serves, in the published shapes). */
  STAND_IN;

  static final String STAND_IN_RESOURCE = "/io/tasksync/sandbox/linear/standin_schema.graphql";
  static final String PUBLISHED_FILE = "linear_schema.graphql";

  /** The schema's SDL; for {@link #PUBLISHED}, assumes the file is present (else skips). */
  String sdl() {
    if (this == STAND_IN) {
      return resource();
    }
    Optional<Path> file = publishedFile();
    assumeTrue(
        file.isPresent(),
        "Linear's published schema ("
            + PUBLISHED_FILE
            + ") is not on this machine: set -Dtasksync.provider-specs to the provider-specs folder"
            + " (default ../shared/provider-specs from the project root)");
    try {
      return Files.readString(file.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The published schema file, if present; paths are relative to the module directory. */
  static Optional<Path> publishedFile() {
    String configured = System.getProperty("tasksync.provider-specs");
    Stream<Path> folders =
        configured != null && !configured.isBlank()
            ? Stream.of(Path.of(configured))
            : Stream.of("../../shared/provider-specs", "../../../shared/provider-specs")
                .map(Path::of);
    return folders.map(p -> p.resolve(PUBLISHED_FILE)).filter(Files::isRegularFile).findFirst();
  }

  private static String resource() {
    try (InputStream in = LinearSchemas.class.getResourceAsStream(STAND_IN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("not on the test classpath: " + STAND_IN_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
