package io.tasksync.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The SHA-256 of a task's normalized content, used to skip writes of unchanged tasks.
 *
 * <p>Stable across runs and JVMs: fields are encoded by name in sorted order with length prefixes,
 * labels and assignees as sets. Lifecycle fields ({@code lastSeenAt}, {@code deletedAt}) and the
 * raw payload are left out, so a re-listing that only bumps them is "unchanged".
 */
public final class ContentHash {

  private ContentHash() {}

  public static String of(Task task) {
    return sha256(canonicalFields(task));
  }

  static SortedMap<String, String> canonicalFields(Task task) {
    SortedMap<String, String> fields = new TreeMap<>();
    put(fields, "organizationId", task.organizationId().value());
    put(fields, "integrationId", task.integrationId().value());
    put(fields, "provider", task.provider().id());
    put(fields, "externalId", task.externalId());
    put(fields, "url", task.url());
    put(fields, "title", task.title());
    put(fields, "description", task.description());
    put(fields, "statusCategory", task.statusCategory().name());
    put(fields, "rawStatus", task.rawStatus());
    put(fields, "priority", task.priority().level().name() + "|" + task.priority().raw());
    put(fields, "labels", joinSorted(task.labels()));
    put(
        fields,
        "assignees",
        task.assignees().stream()
            .sorted(Comparator.comparing(Person::externalId))
            .map(ContentHash::person)
            .collect(Collectors.joining("\u001f")));
    put(fields, "creator", task.creator() == null ? null : person(task.creator()));
    put(fields, "projectPath", String.join("\u001f", task.projectPath()));
    put(fields, "parentExternalId", task.parentExternalId());
    put(fields, "dueDate", task.dueDate() == null ? null : task.dueDate().iso());
    put(fields, "startDate", task.startDate() == null ? null : task.startDate().iso());
    put(fields, "createdAt", String.valueOf(task.createdAt()));
    put(fields, "updatedAt", task.updatedAt().toString());
    put(fields, "completedAt", String.valueOf(task.completedAt()));
    put(fields, "timeTrackedMinutes", String.valueOf(task.timeTrackedMinutes()));
    put(
        fields,
        "estimate",
        task.estimate() == null
            ? null
            : task.estimate().value() + " " + task.estimate().unit().name());
    return fields;
  }

  private static void put(Map<String, String> fields, String name, String value) {
    fields.put(name, value == null ? "\u0000" : value);
  }

  private static String joinSorted(List<String> values) {
    return values.stream().sorted().collect(Collectors.joining("\u001f"));
  }

  private static String person(Person p) {
    return p.externalId() + "|" + p.name() + "|" + p.email();
  }

  private static String sha256(SortedMap<String, String> fields) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
    for (Map.Entry<String, String> e : fields.entrySet()) {
      update(digest, e.getKey());
      update(digest, e.getValue());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }
}
