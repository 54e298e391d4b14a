package io.tasksync.adapter.linear;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The GraphQL documents the adapter sends, read once from {@code *.graphql} resources. */
final class LinearDocuments {

  /** Every document, by resource name; the schema test validates each of them. */
  static final List<String> ALL = List.of("IssuesPage.graphql", "Viewer.graphql");

  static final String ISSUES_PAGE = load("IssuesPage.graphql");
  static final String VIEWER = load("Viewer.graphql");

  private LinearDocuments() {}

  static String load(String name) {
    try (InputStream in = LinearDocuments.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("GraphQL document " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
