package io.tasksync.adapter.clickup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.kit.Lenient;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sums a workspace's time tracked per task from {@code GET /team/{team_id}/time_entries}. That
 * endpoint answers only the last 30 days and only the caller's own entries unless told otherwise,
 * so it is asked for consecutive, non-overlapping date windows from {@code timeEntriesSince} to now
 * with {@code assignee=} every member of the workspace. Answers are read as a stream, keeping only
 * task id → milliseconds; running timers (negative durations) are left out until stopped.
 */
final class ClickUpTimeTotals {

  private static final Logger log = LoggerFactory.getLogger(ClickUpTimeTotals.class);
  private static final int MEMBERS_PER_REQUEST = 100;

  private final ClickUpHttp http;
  private final ClickUpConfig config;

  ClickUpTimeTotals(ClickUpHttp http, ClickUpConfig config) {
    this.http = http;
    this.config = config;
  }

  Map<String, Long> load(TokenSource tokens, ClickUpTeam team, long nowMillis) {
    Map<String, Long> totals = new HashMap<>();
    long window = config.timeTracking().window().toMillis();
    List<String> members = team.memberIds();
    if (members.isEmpty()) {
      log.warn(
          "ClickUp workspace {} lists no members; only the caller's time entries count", team.id());
    }
    int requests = 0;
    for (long from = config.timeTracking().since().toEpochMilli();
        from <= nowMillis;
        from += window) {
      long to = Math.min(from + window - 1, nowMillis);
      for (int i = 0; i < Math.max(1, members.size()); i += MEMBERS_PER_REQUEST) {
        String assignees =
            members.isEmpty()
                ? ""
                : "&assignee="
                    + String.join(
                        ",", members.subList(i, Math.min(members.size(), i + MEMBERS_PER_REQUEST)));
        String path =
            "/team/"
                + team.id()
                + "/time_entries?start_date="
                + from
                + "&end_date="
                + to
                + assignees;
        http.stream(
            tokens, path, "the time entries of workspace " + team.id(), in -> add(in, totals));
        requests++;
      }
    }
    log.debug(
        "summed time entries of workspace {} for {} tasks in {} requests",
        team.id(),
        totals.size(),
        requests);
    return totals;
  }

  /** Adds one answer's entries to the totals; returns how many entries were read. */
  static Integer add(InputStream in, Map<String, Long> totals) throws IOException {
    try (JsonParser p = ClickUpHttp.MAPPER.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new UnexpectedPayloadException("ClickUp's time entries answer is not a JSON object");
      }
      boolean sawData = false;
      int count = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("data".equals(field) && value == JsonToken.START_ARRAY) {
          sawData = true;
          while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode entry = ClickUpHttp.MAPPER.readTree(p);
            count++;
            String taskId = ClickUpTaskMapper.text(entry.path("task"), "id");
            Long duration = Lenient.whole(entry, "duration");
            if (taskId != null && duration != null && duration > 0) {
              totals.merge(taskId, duration, Long::sum);
            }
          }
        } else {
          p.skipChildren();
        }
      }
      if (!sawData) {
        throw new UnexpectedPayloadException("ClickUp's time entries answer has no data array");
      }
      return count;
    }
  }
}
