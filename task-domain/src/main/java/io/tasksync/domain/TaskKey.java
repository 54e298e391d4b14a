package io.tasksync.domain;

/** Identifies a task across providers: the integration it came through and its provider id. */
public record TaskKey(IntegrationId integrationId, String externalId) {

  public TaskKey {
    Require.field(integrationId, "integrationId");
    Require.notBlank(externalId, "externalId");
  }
}
