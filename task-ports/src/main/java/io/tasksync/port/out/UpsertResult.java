package io.tasksync.port.out;

/** What one bulk upsert did. */
public record UpsertResult(int created, int updated, int unchanged) {

  public static final UpsertResult NONE = new UpsertResult(0, 0, 0);

  public UpsertResult {
    if (created < 0 || updated < 0 || unchanged < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  public UpsertResult plus(UpsertResult other) {
    return new UpsertResult(
        created + other.created, updated + other.updated, unchanged + other.unchanged);
  }

  public int total() {
    return created + updated + unchanged;
  }
}
