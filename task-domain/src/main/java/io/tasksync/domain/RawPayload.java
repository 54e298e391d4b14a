package io.tasksync.domain;

import java.nio.charset.StandardCharsets;

/**
 * The provider's own payload for a task, bounded in size so a stored task never nears a store's
 * document limit. A payload over the bound is cut at a character boundary and marked truncated.
 */
public record RawPayload(String json, boolean truncated) {

  /** The default bound: 64 KiB of UTF-8. */
  public static final int DEFAULT_MAX_BYTES = 64 * 1024;

  public static final String TRUNCATION_MARKER = "…[truncated by tasksync]";

  public static final RawPayload EMPTY = new RawPayload("", false);

  public RawPayload {
    Require.field(json, "raw.json");
  }

  public static RawPayload of(String json) {
    return bounded(json, DEFAULT_MAX_BYTES);
  }

  /** Keeps {@code json} whole when it fits in {@code maxBytes}, else a marked prefix that fits. */
  public static RawPayload bounded(String json, int maxBytes) {
    if (json == null) {
      return EMPTY;
    }
    String cut = Truncation.toUtf8Bytes(json, maxBytes, TRUNCATION_MARKER);
    return new RawPayload(cut, cut != json);
  }

  public int sizeInBytes() {
    return json.getBytes(StandardCharsets.UTF_8).length;
  }
}
