package io.tasksync.sandbox.linear;

import graphql.GraphqlErrorException;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;

/**
 * Answers the {@code Query} fields the stand-in serves, from the workspace put in each execution's
 * context under {@link #WORKSPACE}.
 */
final class LinearQueryFetchers {

  static final String WORKSPACE = "linear.workspace";

  private LinearQueryFetchers() {}

  private static LinearWorkspace workspace(DataFetchingEnvironment env) {
    return env.getGraphQlContext().get(WORKSPACE);
  }

  static Object issues(DataFetchingEnvironment env) {
    if (env.getArgument("last") != null || env.getArgument("before") != null) {
      throw invalidInput("The stand-in paginates forward only (first/after)");
    }
    Integer first = env.getArgument("first");
    int size = first == null ? 50 : first;
    if (size < 0 || size > 250) {
      throw invalidInput("first must be between 0 and 250");
    }
    Object orderBy = env.getArgument("orderBy");
    Boolean includeArchived = env.getArgument("includeArchived");
    try {
      LinearIssueFilter filter =
          LinearIssueFilter.of(env.getArgument("filter"), Boolean.TRUE.equals(includeArchived));
      String after = env.getArgument("after");
      return workspace(env)
          .page(filter, orderBy == null ? "createdAt" : orderBy.toString(), after, size)
          .connection();
    } catch (IllegalArgumentException e) {
      throw invalidInput(e.getMessage());
    }
  }

  static Object issue(DataFetchingEnvironment env) {
    String id = env.getArgument("id");
    Map<String, Object> issue = workspace(env).issue(id);
    if (issue == null) {
      throw GraphqlErrorException.newErrorException()
          .message("Entity not found: Issue")
          .extensions(Map.of("code", "INVALID_INPUT", "type", "invalid input"))
          .build();
    }
    return issue;
  }

  static Object viewer(DataFetchingEnvironment env) {
    return workspace(env).generator().viewer();
  }

  static Object organization(DataFetchingEnvironment env) {
    return workspace(env).generator().organization();
  }

  private static GraphqlErrorException invalidInput(String message) {
    return GraphqlErrorException.newErrorException()
        .message(message)
        .extensions(
            Map.of("code", "INVALID_INPUT", "type", "invalid input", "userError", Boolean.TRUE))
        .build();
  }
}
