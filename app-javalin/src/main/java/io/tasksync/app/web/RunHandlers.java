package io.tasksync.app.web;

import io.javalin.http.Context;
import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.RunHistoryStore;

/** {@code GET /api/integrations/{id}/runs}: the integration's last runs, newest first. */
public final class RunHandlers {

  private final IntegrationStore integrations;
  private final RunHistoryStore history;

  public RunHandlers(IntegrationStore integrations, RunHistoryStore history) {
    this.integrations = integrations;
    this.history = history;
  }

  void list(Context ctx) {
    IntegrationId id = Params.integrationId(ctx.pathParam("id"));
    integrations
        .get(id)
        .filter(i -> i.belongsTo(Access.organization(ctx)))
        .orElseThrow(() -> ApiException.notFound("the integration"));
    int limit = Params.limit(ctx.queryParam("limit"), 20, history.capacity());
    ctx.json(
        new RunView.RunList(
            id.value(),
            history.capacity(),
            history.recent(id, limit).stream().map(RunView::of).toList()));
  }
}
