package io.tasksync.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A task tool tasksync imports from. */
public enum Provider {
  ASANA("asana", "Asana"),
  CLICKUP("clickup", "ClickUp"),
  LINEAR("linear", "Linear");

  private final String id;
  private final String displayName;

  Provider(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** The lower-case id used in URLs, configuration and storage. */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /**
   * Parses a provider id, case-insensitively.
   *
   * @throws IllegalArgumentException naming the known providers when {@code id} is unknown
   */
  public static Provider fromId(String id) {
    if (id != null) {
      String wanted = id.trim().toLowerCase(Locale.ROOT);
      for (Provider provider : values()) {
        if (provider.id.equals(wanted)) {
          return provider;
        }
      }
    }
    throw new IllegalArgumentException(
        "provider: unknown provider '"
            + id
            + "', expected one of "
            + Arrays.stream(values()).map(Provider::id).collect(Collectors.joining(", ")));
  }
}
