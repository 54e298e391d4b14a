package io.tasksync.sandbox.asana;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/** Asana's offset-token pagination over a virtual sequence; tokens expire. */
final class AsanaPaging {

  static final String EXPIRED =
      "offset: Your pagination token has expired. Please make the request again without an offset.";

  private final Clock clock;
  private final Duration lifetime;
  private volatile Instant expireBefore = Instant.EPOCH;

  AsanaPaging(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  private final java.util.concurrent.atomic.AtomicInteger expireNextUses =
      new java.util.concurrent.atomic.AtomicInteger();

  void expireAll() {
    expireBefore = clock.instant().plusMillis(1);
  }

  /** The next {@code count} requests that present an offset are told it expired. */
  void expireNextUses(int count) {
    expireNextUses.set(count);
  }

  static int limit(String text) {
    if (text == null) {
      return 100;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= 100) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new AsanaError(400, "limit: Must be between 1 and 100, was '" + text + "'.");
  }

  /** Where an offset token points, checked against the query it was issued for. */
  long start(String offset, String queryKey) {
    if (offset == null || offset.isEmpty()) {
      return 0;
    }
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(offset), StandardCharsets.UTF_8).split(":");
    } catch (IllegalArgumentException e) {
      throw new AsanaError(400, "offset: Not a valid offset token.");
    }
    if (parts.length != 3 || !parts[2].equals(Integer.toHexString(queryKey.hashCode()))) {
      throw new AsanaError(400, "offset: Not a valid offset token for this query.");
    }
    Instant issued = Instant.ofEpochMilli(Long.parseLong(parts[1]));
    if (issued.isBefore(expireBefore)
        || issued.plus(lifetime).isBefore(clock.instant())
        || expireNextUses.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new AsanaError(400, EXPIRED);
    }
    return Long.parseLong(parts[0]);
  }

  /**
   * One page: scans positions from {@code start} of a sequence of {@code length}, where {@code at}
   * gives the item at a position or null when the position holds nothing to list.
   */
  Map<String, Object> page(
      String path, String queryKey, long start, long length, int limit, LongFunction<Object> at) {
    List<Object> data = new ArrayList<>();
    long k = start;
    for (; k < length && data.size() < limit; k++) {
      Object item = at.apply(k);
      if (item != null) {
        data.add(item);
      }
    }
    long next = -1;
    for (; k < length; k++) {
      if (at.apply(k) != null) {
        next = k;
        break;
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", data);
    if (next < 0) {
      body.put("next_page", null);
    } else {
      String raw = next + ":" + clock.millis() + ":" + Integer.toHexString(queryKey.hashCode());
      String token =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
      Map<String, Object> nextPage = new LinkedHashMap<>();
      nextPage.put("offset", token);
      nextPage.put(
          "path", path + (path.contains("?") ? "&" : "?") + "limit=" + limit + "&offset=" + token);
      nextPage.put("uri", "https://app.asana.com/api/1.0" + nextPage.get("path"));
      body.put("next_page", nextPage);
    }
    return body;
  }
}
