package io.tasksync.domain;

import java.time.Instant;
import java.util.List;

/** One organization's connection to one provider account, with its sealed credentials. */
public record Integration(
    IntegrationId id,
    OrganizationId organizationId,
    Provider provider,
    ConnectionStatus status,
    List<Workspace> workspaces,
    List<String> scopes,
    EncryptedCredentials credentials,
    Instant createdAt,
    Instant updatedAt) {

  public Integration {
    Require.field(id, "id");
    Require.field(organizationId, "organizationId");
    Require.field(provider, "provider");
    Require.field(status, "status");
    workspaces = workspaces == null ? List.of() : List.copyOf(workspaces);
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
    Require.field(createdAt, "createdAt");
    Require.field(updatedAt, "updatedAt");
  }

  /** A fresh, connected integration. */
  public static Integration connected(
      IntegrationId id,
      OrganizationId organizationId,
      Provider provider,
      EncryptedCredentials credentials,
      List<String> scopes,
      Instant now) {
    return new Integration(
        id,
        organizationId,
        provider,
        ConnectionStatus.CONNECTED,
        List.of(),
        scopes,
        Require.field(credentials, "credentials"),
        now,
        now);
  }

  public Integration withStatus(ConnectionStatus newStatus, Instant now) {
    return new Integration(
        id, organizationId, provider, newStatus, workspaces, scopes, credentials, createdAt, now);
  }

  public Integration withCredentials(EncryptedCredentials newCredentials, Instant now) {
    return new Integration(
        id, organizationId, provider, status, workspaces, scopes, newCredentials, createdAt, now);
  }

  public Integration withWorkspaces(List<Workspace> newWorkspaces, Instant now) {
    return new Integration(
        id, organizationId, provider, status, newWorkspaces, scopes, credentials, createdAt, now);
  }

  public boolean belongsTo(OrganizationId organization) {
    return organizationId.equals(organization);
  }
}
