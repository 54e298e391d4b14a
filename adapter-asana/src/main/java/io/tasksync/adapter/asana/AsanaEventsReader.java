package io.tasksync.adapter.asana;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.Integration;
import io.tasksync.domain.Task;
import io.tasksync.kit.MappedItems;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnmappedTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a project's Events API stream: deleted tasks, and changed tasks no project listing returns
 * (subtasks), which {@code modified_since} cannot reach.
 */
final class AsanaEventsReader {

  private static final Logger log = LoggerFactory.getLogger(AsanaEventsReader.class);
  private static final int MAX_BATCHES = 50;

  /**
   * What a project's events say since the last sync token; {@code reconcileNeeded} when the token
   * was missing or expired (HTTP 412), so deletions since the last run are unknown.
   */
  record Changes(
      List<Task> tasks,
      List<UnmappedTask> unmapped,
      List<String> deletedIds,
      boolean reconcileNeeded) {

    static final Changes NONE = new Changes(List.of(), List.of(), List.of(), false);
  }

  private final AsanaHttp http;
  private final AsanaSyncTokens tokens;
  private final Integration integration;
  private final TokenSource access;
  private final boolean enabled;

  AsanaEventsReader(
      AsanaHttp http,
      AsanaSyncTokens tokens,
      Integration integration,
      TokenSource access,
      boolean enabled) {
    this.http = http;
    this.tokens = tokens;
    this.integration = integration;
    this.access = access;
    this.enabled = enabled;
  }

  private String key() {
    return integration.id().value();
  }

  /** Takes a fresh sync token for the project (a full listing of it is starting). */
  void startTracking(String project) {
    if (!enabled) {
      return;
    }
    try {
      JsonNode body = http.get(key(), access, "/events?resource=" + AsanaListing.enc(project));
      tokens.put(integration.id(), project, body.path("sync").asText(null));
    } catch (AsanaFailure.SyncTokenExpired e) {
      tokens.put(integration.id(), project, e.freshToken);
    }
  }

  Changes changesSince(String project, Instant modifiedSince, Set<String> listedProjects) {
    if (!enabled) {
      return Changes.NONE;
    }
    Set<String> changed = new LinkedHashSet<>();
    Set<String> deleted = new LinkedHashSet<>();
    AsanaSyncTokens.Kept kept = tokens.get(integration.id(), project).orElse(null);
    String token = kept == null ? null : kept.token();
    boolean moved = false;
    try {
      boolean more = true;
      for (int batch = 0; more && batch < MAX_BATCHES; batch++) {
        String q =
            "/events?resource="
                + AsanaListing.enc(project)
                + (token == null ? "" : "&sync=" + AsanaListing.enc(token));
        JsonNode body = http.get(key(), access, q);
        moved |= !body.path("data").isEmpty();
        for (JsonNode e : body.path("data")) {
          JsonNode resource = e.path("resource");
          if (!"task".equals(resource.path("resource_type").asText())) {
            continue;
          }
          String gid = resource.path("gid").asText();
          if ("deleted".equals(e.path("action").asText())) {
            deleted.add(gid);
            changed.remove(gid);
          } else if (!deleted.contains(gid)) {
            changed.add(gid);
          }
        }
        token = body.path("sync").asText(token);
        more = body.path("has_more").asBoolean(false);
      }
      tokens.advance(integration.id(), project, kept, token, moved);
    } catch (AsanaFailure.SyncTokenExpired e) {
      tokens.put(integration.id(), project, e.freshToken);
      log.warn(
          "the Events API sync token of project {} was missing or had expired; deletions in it"
              + " since the last run need a reconciliation listing",
          project);
      return new Changes(List.of(), List.of(), List.of(), true);
    }
    MappedItems fetched = fetchUnlisted(changed, modifiedSince, listedProjects);
    return new Changes(fetched.tasks(), fetched.unmapped(), new ArrayList<>(deleted), false);
  }

  /**
   * Fetches the changed tasks that no listed project returns (subtasks outside projects); one that
   * cannot be mapped is named by its event's gid and skipped, as the listing does.
   */
  private MappedItems fetchUnlisted(Set<String> gids, Instant since, Set<String> listedProjects) {
    List<Task> out = new ArrayList<>();
    List<UnmappedTask> unmapped = new ArrayList<>();
    for (String gid : gids) {
      JsonNode t;
      try {
        t =
            http.get(
                    key(),
                    access,
                    "/tasks/" + AsanaListing.enc(gid) + "?opt_fields=" + AsanaFields.TASK)
                .path("data");
      } catch (AsanaFailure.NotFound e) {
        continue;
      }
      MappedItems one =
          MappedItems.map(List.of(t), "gid", x -> AsanaTaskMapper.map(x, integration));
      one.unmapped().forEach(u -> unmapped.add(new UnmappedTask(gid, u.reason())));
      for (Task task : one.tasks()) {
        boolean listed = AsanaTaskMapper.projectGids(t).stream().anyMatch(listedProjects::contains);
        if (!listed && !task.updatedAt().isBefore(since)) {
          out.add(task);
        }
      }
    }
    return new MappedItems(out, unmapped);
  }
}
