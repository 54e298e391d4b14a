package io.tasksync.adapter.asana;

/** The {@code opt_fields} each request names: exactly what the mapping and the walk read. */
final class AsanaFields {

  /** Task fields for {@link AsanaTaskMapper} plus {@code num_subtasks} for the walk. */
  static final String TASK =
      String.join(
          ",",
          "name",
          "notes",
          "completed",
          "completed_at",
          "created_at",
          "modified_at",
          "due_on",
          "due_at",
          "start_on",
          "start_at",
          "permalink_url",
          "resource_subtype",
          "assignee.name",
          "assignee.email",
          "memberships.project.name",
          "memberships.section.name",
          "parent",
          "num_subtasks",
          "tags.name",
          "actual_time_minutes",
          "custom_fields.name",
          "custom_fields.format",
          "custom_fields.number_value",
          "custom_fields.enum_value.name");

  static final String PROJECT = "name,archived";
  static final String WORKSPACE = "name";
  static final String USER = "name";

  private AsanaFields() {}
}
