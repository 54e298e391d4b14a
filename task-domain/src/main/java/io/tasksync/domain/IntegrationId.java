package io.tasksync.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** The id of one connection between an organization and a provider account. */
public record IntegrationId(String value) {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1,128}");

  public IntegrationId {
    Require.notBlank(value, "integrationId");
    if (!SAFE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "integrationId must be 1-128 characters of letters, digits, '-' or '_', was '"
              + value
              + "'");
    }
  }

  public static IntegrationId of(String value) {
    return new IntegrationId(value);
  }

  public static IntegrationId random() {
    return new IntegrationId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
