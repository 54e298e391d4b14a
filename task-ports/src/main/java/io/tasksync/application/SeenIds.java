package io.tasksync.application;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The external ids a full listing has seen, kept as 64-bit hashes in an open-addressing table so a
 * 100,000-task listing costs about 2 MB instead of the ids themselves. A hash collision can only
 * make a missing task look seen (never delete a present one).
 */
final class SeenIds {

  private long[] table = new long[1024];
  private int size;

  void add(String externalId) {
    long h = hash(externalId);
    if ((size + 1) * 2 > table.length) {
      grow();
    }
    if (insert(table, h)) {
      size++;
    }
  }

  boolean contains(String externalId) {
    long h = hash(externalId);
    int mask = table.length - 1;
    for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (table[i] == 0) {
        return false;
      }
      if (table[i] == h) {
        return true;
      }
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] bigger = new long[table.length * 2];
    for (long h : table) {
      if (h != 0) {
        insert(bigger, h);
      }
    }
    table = bigger;
  }

  private static boolean insert(long[] into, long h) {
    int mask = into.length - 1;
    for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (into[i] == h) {
        return false;
      }
      if (into[i] == 0) {
        into[i] = h;
        return true;
      }
    }
  }

  /** 64-bit FNV-1a over UTF-8, never 0 (0 marks an empty slot). */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }

  @Override
  public String toString() {
    return "SeenIds[" + size + " of " + Arrays.stream(table).count() + " slots]";
  }
}
