package io.tasksync.domain;

/** The tenant that owns integrations and tasks. */
public record OrganizationId(String value) {

  public OrganizationId {
    Require.notBlank(value, "organizationId");
  }

  public static OrganizationId of(String value) {
    return new OrganizationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
