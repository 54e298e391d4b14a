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

/** The stand-in's event log and the sync tokens of the Events API (24 h lifetime). */
final class AsanaEvents {

  private static final Duration TOKEN_LIFETIME = Duration.ofHours(24);

  /** One change to a task, seen by the projects it belongs to (directly or through its parent). */
  record Event(
      long seq,
      String action,
      String taskGid,
      String taskName,
      String field,
      List<Integer> projects,
      Instant at) {

    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("user", AsanaRenderer.compact(AsanaWorkspace.userGid(0), "user", "User 0"));
      m.put("created_at", at.toString());
      m.put("type", "task");
      m.put("action", action);
      Map<String, Object> resource = AsanaRenderer.compact(taskGid, "task", taskName);
      resource.put("resource_subtype", "default_task");
      m.put("resource", resource);
      m.put("parent", null);
      if (field != null) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("field", field);
        change.put("action", "changed");
        m.put("change", change);
      }
      return m;
    }
  }

  private final List<Event> log = new ArrayList<>();
  private final Clock clock;
  private volatile Instant expireBefore = Instant.EPOCH;

  AsanaEvents(Clock clock) {
    this.clock = clock;
  }

  synchronized Event record(
      String action, String taskGid, String taskName, String field, List<Integer> projects) {
    Event e =
        new Event(log.size() + 1L, action, taskGid, taskName, field, projects, clock.instant());
    log.add(e);
    return e;
  }

  synchronized long lastSeq() {
    return log.size();
  }

  String tokenAfter(long seq) {
    String raw = seq + ":" + clock.millis();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The sequence number a token stands for, or -1 when it is malformed, too old or expired. */
  long seqOf(String token) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
      Instant issued = Instant.ofEpochMilli(Long.parseLong(parts[1]));
      if (issued.isBefore(expireBefore) || issued.plus(TOKEN_LIFETIME).isBefore(clock.instant())) {
        return -1;
      }
      return Long.parseLong(parts[0]);
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      return -1;
    }
  }

  void expireTokens() {
    expireBefore = clock.instant().plusMillis(1);
  }

  /** Up to {@code max} events after {@code seq} that concern {@code project}. */
  synchronized List<Event> after(long seq, int project, int max) {
    List<Event> out = new ArrayList<>();
    for (int i = (int) seq; i < log.size() && out.size() < max; i++) {
      if (log.get(i).projects().contains(project)) {
        out.add(log.get(i));
      }
    }
    return out;
  }
}
