package io.tasksync.adapter.firestore;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.Workspace;
import io.tasksync.port.out.RefreshClaim;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps integrations to and from {@code integrations/{integrationId}} documents. Credentials stay
 * the AEAD ciphertext they arrive as; a refresh claim lives beside them, outside the domain record.
 */
final class IntegrationMapper {

  static final String COLLECTION = "integrations";

  static final String ORGANIZATION_ID = "organizationId";
  static final String PROVIDER = "provider";
  static final String STATUS = "status";
  static final String WORKSPACES = "workspaces";
  static final String WORKSPACE_IDS = "workspaceIds";
  static final String WORKSPACE_EXTERNAL_ID = "externalId";
  static final String WORKSPACE_NAME = "name";
  static final String SCOPES = "scopes";
  static final String CREDENTIALS = "credentials";
  static final String KEY_ID = "keyId";
  static final String CIPHERTEXT = "ciphertext";
  static final String REFRESH_CLAIM = "refreshClaim";
  static final String CLAIM_OWNER = "owner";
  static final String CLAIM_EXPIRES_AT = "expiresAt";
  static final String CREATED_AT = "createdAt";
  static final String UPDATED_AT = "updatedAt";

  private IntegrationMapper() {}

  static Map<String, Object> toDocument(Integration i) {
    Map<String, Object> doc = new HashMap<>();
    doc.put(ORGANIZATION_ID, i.organizationId().value());
    doc.put(PROVIDER, i.provider().id());
    doc.put(STATUS, i.status().name());
    doc.put(
        WORKSPACES,
        i.workspaces().stream()
            .map(w -> Map.of(WORKSPACE_EXTERNAL_ID, w.externalId(), WORKSPACE_NAME, w.name()))
            .toList());
    doc.put(WORKSPACE_IDS, i.workspaces().stream().map(Workspace::externalId).toList());
    doc.put(SCOPES, i.scopes());
    doc.put(CREDENTIALS, credentials(i.credentials()));
    doc.put(CREATED_AT, Values.timestamp(i.createdAt()));
    doc.put(UPDATED_AT, Values.timestamp(i.updatedAt()));
    return doc;
  }

  static Map<String, Object> credentials(EncryptedCredentials credentials) {
    return credentials == null
        ? null
        : Map.of(KEY_ID, credentials.keyId(), CIPHERTEXT, credentials.ciphertext());
  }

  static EncryptedCredentials credentialsOf(Map<String, Object> doc) {
    Map<String, Object> credentials = Values.map(doc, CREDENTIALS);
    return credentials == null
        ? null
        : new EncryptedCredentials(
            Values.string(credentials, KEY_ID), Values.string(credentials, CIPHERTEXT));
  }

  static Map<String, Object> claim(RefreshClaim claim) {
    return Map.of(
        CLAIM_OWNER, claim.owner(), CLAIM_EXPIRES_AT, Values.timestamp(claim.expiresAt()));
  }

  /** The refresh claim of a document, or null when there is none. */
  static RefreshClaim claimOf(Map<String, Object> doc) {
    Map<String, Object> claim = Values.map(doc, REFRESH_CLAIM);
    return claim == null
        ? null
        : new RefreshClaim(
            Values.string(claim, CLAIM_OWNER), Values.instant(claim, CLAIM_EXPIRES_AT));
  }

  static Integration fromDocument(String id, Map<String, Object> doc) {
    return new Integration(
        IntegrationId.of(id),
        OrganizationId.of(Values.string(doc, ORGANIZATION_ID)),
        Provider.fromId(Values.string(doc, PROVIDER)),
        ConnectionStatus.valueOf(Values.string(doc, STATUS)),
        Values.maps(doc, WORKSPACES).stream()
            .map(
                w ->
                    new Workspace(
                        Values.string(w, WORKSPACE_EXTERNAL_ID), Values.string(w, WORKSPACE_NAME)))
            .toList(),
        Values.strings(doc, SCOPES),
        credentialsOf(doc),
        Values.instant(doc, CREATED_AT),
        Values.instant(doc, UPDATED_AT));
  }
}
