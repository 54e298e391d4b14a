package io.tasksync.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.SyncState;
import io.tasksync.port.in.DisconnectUseCase;
import io.tasksync.port.in.Disconnected;
import io.tasksync.port.in.RequestSyncUseCase;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

/** The integration routes: list, sync state, trigger a sync, disconnect. */
public final class IntegrationHandlers {

  private final IntegrationStore integrations;
  private final SyncStateStore states;
  private final TaskStore tasks;
  private final RequestSyncUseCase syncs;
  private final DisconnectUseCase disconnects;
  private final ObjectMapper json;
  private final StoreDeadline deadline;
  private final Clock clock;

  public IntegrationHandlers(
      IntegrationStore integrations,
      SyncStateStore states,
      TaskStore tasks,
      RequestSyncUseCase syncs,
      DisconnectUseCase disconnects,
      ObjectMapper json,
      StoreDeadline deadline,
      Clock clock) {
    this.integrations = integrations;
    this.states = states;
    this.tasks = tasks;
    this.syncs = syncs;
    this.disconnects = disconnects;
    this.json = json;
    this.deadline = deadline;
    this.clock = clock;
  }

  void list(Context ctx) {
    OrganizationId org = Access.organization(ctx);
    ctx.json(
        deadline.within(
            "the integrations of " + org,
            () ->
                integrations.findByOrganization(org).stream()
                    .map(
                        i ->
                            Views.IntegrationView.of(
                                i, state(i), tasks.countActive(i.id()), clock.instant()))
                    .toList()));
  }

  void syncState(Context ctx) {
    Integration i = owned(ctx);
    ctx.json(
        deadline.within(
            "the sync state of " + i.id(),
            () -> Views.SyncView.of(state(i), tasks.countActive(i.id()), clock.instant())));
  }

  void triggerSync(Context ctx) throws IOException {
    Integration i = owned(ctx);
    RunKind kind = RunKind.INCREMENTAL;
    if (ctx.bodyAsBytes().length > 0) {
      String requested = JsonBodies.read(ctx, json, Views.SyncRequest.class).kind();
      kind = runKind(requested);
    }
    if (!i.status().canSync()) {
      throw new ApiException(
          409, "not_connected", "the integration is " + i.status() + "; connect it again first");
    }
    boolean queued = syncs.requestNow(i.id(), kind);
    ctx.status(202)
        .json(
            new Views.SyncAccepted(
                i.id().value(),
                kind.name(),
                queued,
                queued ? "the sync is queued" : "a sync is already queued or running"));
  }

  void disconnect(Context ctx) throws IOException {
    Integration i = owned(ctx);
    boolean deleteTasks = false;
    if (ctx.bodyAsBytes().length > 0) {
      Boolean flag = JsonBodies.read(ctx, json, Views.DisconnectRequest.class).deleteTasks();
      deleteTasks = Boolean.TRUE.equals(flag);
    }
    Disconnected done = disconnects.disconnect(i, deleteTasks);
    ctx.json(
        new Views.DisconnectView(
            i.id().value(), "DISCONNECTED", done.revoked(), done.tasksDeleted()));
  }

  /** The integration named in the path, if it belongs to the caller's organization. */
  private Integration owned(Context ctx) {
    IntegrationId id = Params.integrationId(ctx.pathParam("id"));
    OrganizationId org = Access.organization(ctx);
    return deadline
        .within("integration " + id, () -> integrations.get(id))
        .filter(i -> i.belongsTo(org))
        .orElseThrow(() -> ApiException.notFound("the integration"));
  }

  private SyncState state(Integration i) {
    return states.get(i.id()).orElseGet(() -> SyncState.idle(i.id()));
  }

  private static RunKind runKind(String requested) {
    if (requested == null) {
      return RunKind.INCREMENTAL;
    }
    try {
      return RunKind.valueOf(requested.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_kind", "kind must be INITIAL, INCREMENTAL or RECONCILE");
    }
  }
}
