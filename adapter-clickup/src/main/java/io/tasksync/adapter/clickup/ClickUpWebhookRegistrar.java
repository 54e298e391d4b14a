package io.tasksync.adapter.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasksync.domain.Integration;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnexpectedPayloadException;
import io.tasksync.port.out.WebhookRegistrar;
import io.tasksync.port.out.WebhookTargets;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Creates one webhook per authorized workspace ({@code POST /team/{team_id}/webhook}) for the task
 * events, reusing an existing healthy one with the same endpoint, and keeps each webhook's secret
 * under its ClickUp webhook id, which every delivery names (see {@link ClickUpWebhookReceiver}).
 */
final class ClickUpWebhookRegistrar implements WebhookRegistrar {

  static final List<String> EVENTS =
      List.of(
          "taskCreated",
          "taskUpdated",
          "taskDeleted",
          "taskPriorityUpdated",
          "taskStatusUpdated",
          "taskAssigneeUpdated",
          "taskDueDateUpdated",
          "taskTagUpdated",
          "taskMoved",
          "taskTimeEstimateUpdated",
          "taskTimeTrackedUpdated");

  private final ClickUpTaskProvider provider;

  ClickUpWebhookRegistrar(ClickUpTaskProvider provider) {
    this.provider = provider;
  }

  @Override
  public Provider provider() {
    return Provider.CLICKUP;
  }

  @Override
  public void register(Integration integration, TokenSource tokens, WebhookTargets targets) {
    URI target = targets.integrationUrl();
    for (ClickUpTeam team : provider.teams(tokens)) {
      Hook hook = existing(tokens, team, target).orElseGet(() -> create(tokens, team, target));
      targets.keep(hook.id(), hook.secret());
    }
  }

  private record Hook(String id, String secret) {}

  private Optional<Hook> existing(TokenSource tokens, ClickUpTeam team, URI target) {
    JsonNode body =
        provider
            .http()
            .get(
                tokens,
                "/team/" + team.id() + "/webhook",
                "the webhooks of workspace " + team.id());
    for (JsonNode hook : body.path("webhooks")) {
      boolean same = target.toString().equals(hook.path("endpoint").asText());
      boolean healthy = !"suspended".equals(hook.path("health").path("status").asText());
      String id = ClickUpTaskMapper.text(hook, "id");
      String secret = ClickUpTaskMapper.text(hook, "secret");
      if (same && healthy && id != null && secret != null) {
        return Optional.of(new Hook(id, secret));
      }
    }
    return Optional.empty();
  }

  private Hook create(TokenSource tokens, ClickUpTeam team, URI target) {
    ObjectNode request = ClickUpHttp.MAPPER.createObjectNode().put("endpoint", target.toString());
    EVENTS.forEach(request.putArray("events")::add);
    JsonNode body =
        provider
            .http()
            .post(
                tokens,
                "/team/" + team.id() + "/webhook",
                request,
                "a webhook for workspace " + team.id());
    String id = ClickUpTaskMapper.text(body.path("webhook"), "id");
    String secret = ClickUpTaskMapper.text(body.path("webhook"), "secret");
    if (id == null || secret == null || secret.isBlank()) {
      throw new UnexpectedPayloadException(
          "ClickUp created a webhook for workspace " + team.id() + " but sent no id or secret");
    }
    return new Hook(id, secret);
  }
}
