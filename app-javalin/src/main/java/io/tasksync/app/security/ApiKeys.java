package io.tasksync.app.security;

import io.tasksync.domain.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured API keys, each bound to one organization. A presented key is compared with every
 * configured key in constant time (over SHA-256 digests, so length does not leak either).
 */
public final class ApiKeys {

  private record Entry(byte[] digest, OrganizationId organization) {}

  private final List<Entry> entries = new ArrayList<>();

  public ApiKeys(Map<String, OrganizationId> keys) {
    keys.forEach((key, org) -> entries.add(new Entry(sha256(key), org)));
  }

  /** The organization whose key this is, or empty. */
  public Optional<OrganizationId> organizationOf(String presented) {
    if (presented == null || presented.isBlank()) {
      return Optional.empty();
    }
    byte[] digest = sha256(presented.trim());
    OrganizationId found = null;
    for (Entry e : entries) {
      if (MessageDigest.isEqual(e.digest(), digest)) {
        found = e.organization();
      }
    }
    return Optional.ofNullable(found);
  }

  public int size() {
    return entries.size();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
