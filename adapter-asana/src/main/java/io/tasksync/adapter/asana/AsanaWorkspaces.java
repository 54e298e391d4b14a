package io.tasksync.adapter.asana;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.domain.Integration;
import io.tasksync.domain.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The workspaces a walk covers: those the grant reaches, narrowed to the integration's own. */
final class AsanaWorkspaces {

  private AsanaWorkspaces() {}

  static List<Workspace> all(AsanaListing listing) {
    List<Workspace> out = new ArrayList<>();
    for (JsonNode w : listing.all("/workspaces?opt_fields=" + AsanaFields.WORKSPACE)) {
      String gid = AsanaTaskMapper.text(w, "gid");
      if (gid == null) {
        throw new io.tasksync.port.out.UnexpectedPayloadException(
            "Asana listed a workspace without a gid");
      }
      out.add(new Workspace(gid, AsanaTaskMapper.text(w, "name")));
    }
    return out;
  }

  static List<Workspace> list(AsanaListing listing, Integration integration) {
    List<Workspace> reachable = all(listing);
    if (integration.workspaces().isEmpty()) {
      return reachable;
    }
    Set<String> wanted =
        integration.workspaces().stream().map(Workspace::externalId).collect(Collectors.toSet());
    return reachable.stream().filter(w -> wanted.contains(w.externalId())).toList();
  }
}
