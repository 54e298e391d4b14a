package io.tasksync.adapter.firestore;

import io.tasksync.domain.TaskKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Task document ids: the first 128 bits of SHA-256 over (integration id, external id), in hex.
 * Stable, so an upsert needs no lookup and a retried write is idempotent; spread evenly, so writes
 * do not hot-spot one key range.
 */
final class TaskDocIds {

  private TaskDocIds() {}

  static String of(TaskKey key) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
    digest.update(key.integrationId().value().getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(key.externalId().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }
}
