package io.tasksync.domain;

/** A provider-side container the grant covers (Asana workspace, ClickUp team, Linear org). */
public record Workspace(String externalId, String name) {

  public Workspace {
    Require.notBlank(externalId, "workspace.externalId");
    name = name == null ? "" : name;
  }
}
