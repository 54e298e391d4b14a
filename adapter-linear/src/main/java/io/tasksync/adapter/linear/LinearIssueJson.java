package io.tasksync.adapter.linear;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** An {@code Issue} node as {@code IssuesPage.graphql} selects it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LinearIssueJson(
    String id,
    String identifier,
    String title,
    String description,
    String url,
    Double priority,
    String priorityLabel,
    Double estimate,
    String dueDate,
    Instant createdAt,
    Instant updatedAt,
    Instant startedAt,
    Instant completedAt,
    Instant canceledAt,
    Instant archivedAt,
    Boolean trashed,
    State state,
    User assignee,
    User creator,
    Named team,
    Named project,
    Named parent,
    Labels labels) {

  /** A workflow state: {@code type} is the category, {@code name} the team's own name. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record State(String id, String name, String type) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record User(String id, String name, String email) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Named(String id, String name) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Labels(List<Named> nodes) {}
}
