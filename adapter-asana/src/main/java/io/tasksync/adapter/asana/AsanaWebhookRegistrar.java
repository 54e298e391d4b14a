package io.tasksync.adapter.asana;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.Integration;
import io.tasksync.domain.Provider;
import io.tasksync.domain.Workspace;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.WebhookRegistrar;
import io.tasksync.port.out.WebhookTargets;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates one webhook per project ({@code POST /webhooks}), as Asana delivers task events only to
 * project-level webhooks; projects that already have a webhook whose secret the app holds are left
 * alone. Each webhook gets its own target URL, expected by the app before the POST, because the
 * secret arrives in the handshake Asana sends there while the POST is in flight.
 */
final class AsanaWebhookRegistrar implements WebhookRegistrar {

  private final AsanaHttp http;

  AsanaWebhookRegistrar(AsanaHttp http) {
    this.http = http;
  }

  @Override
  public Provider provider() {
    return Provider.ASANA;
  }

  @Override
  public void register(Integration integration, TokenSource tokens, WebhookTargets targets) {
    String key = integration.id().value();
    AsanaListing listing = new AsanaListing(http, key, tokens);
    for (Workspace ws : AsanaWorkspaces.list(listing, integration)) {
      String wsGid = AsanaListing.enc(ws.externalId());
      Set<String> hooked = new HashSet<>();
      for (JsonNode hook : listing.all("/webhooks?workspace=" + wsGid)) {
        if (targets.isEstablished(hook.path("target").asText(""))) {
          hooked.add(hook.path("resource").path("gid").asText());
        }
      }
      List<JsonNode> projects = listing.all("/projects?workspace=" + wsGid + "&archived=false");
      for (JsonNode project : projects) {
        String gid = project.path("gid").asText();
        if (!hooked.contains(gid)) {
          URI target = targets.expectHandshake();
          Map<String, Object> data = Map.of("resource", gid, "target", target.toString());
          http.post(key, tokens, "/webhooks", Map.of("data", data));
        }
      }
    }
  }
}
