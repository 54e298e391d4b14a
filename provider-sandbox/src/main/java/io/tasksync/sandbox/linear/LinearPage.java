package io.tasksync.sandbox.linear;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page of an issue listing: the nodes and the relay page info. */
record LinearPage(List<Map<String, Object>> nodes, boolean hasNextPage, String endCursor) {

  LinearPage {
    nodes = List.copyOf(nodes);
  }

  /** The {@code IssueConnection} as GraphQL reads it. */
  Map<String, Object> connection() {
    Map<String, Object> connection = new LinkedHashMap<>();
    connection.put("__typename", "IssueConnection");
    connection.put("nodes", nodes);
    connection.put("pageInfo", LinearIssueGenerator.pageInfo(hasNextPage, endCursor));
    return connection;
  }
}
