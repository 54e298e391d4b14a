package io.tasksync.adapter.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasksync.domain.Integration;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnexpectedPayloadException;
import io.tasksync.port.out.WebhookRegistrar;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates one webhook per authorized workspace ({@code POST /team/{team_id}/webhook}) for the task
 * events, reusing an existing one with the same endpoint. Returns the secrets, comma-separated when
 * there are several workspaces (see {@link ClickUpWebhookReceiver}).
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
  public Optional<String> register(Integration integration, TokenSource tokens, URI target) {
    List<String> secrets = new ArrayList<>();
    for (ClickUpTeam team : provider.teams(tokens)) {
      secrets.add(existing(tokens, team, target).orElseGet(() -> create(tokens, team, target)));
    }
    return secrets.isEmpty() ? Optional.empty() : Optional.of(String.join(",", secrets));
  }

  private Optional<String> existing(TokenSource tokens, ClickUpTeam team, URI target) {
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
      String secret = ClickUpTaskMapper.text(hook, "secret");
      if (same && healthy && secret != null) {
        return Optional.of(secret);
      }
    }
    return Optional.empty();
  }

  private String create(TokenSource tokens, ClickUpTeam team, URI target) {
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
    String secret = ClickUpTaskMapper.text(body.path("webhook"), "secret");
    if (secret == null || secret.isBlank()) {
      throw new UnexpectedPayloadException(
          "ClickUp created a webhook for workspace " + team.id() + " but sent no secret");
    }
    return secret;
  }
}
