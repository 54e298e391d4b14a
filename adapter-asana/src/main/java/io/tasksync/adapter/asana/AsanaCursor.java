package io.tasksync.adapter.asana;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.port.out.UnexpectedPayloadException;

/**
 * Where a walk stands, stored as a compact JSON checkpoint, e.g. {@code
 * {"w":0,"p":"P","i":3,"g":"1300000000000003","o":"eyJ..."}}: workspace index, phase (P = project
 * listings, U = per-user listings for tasks in no project, D = done), index and gid of the project
 * or user, and Asana's offset token inside that listing (absent at its start).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AsanaCursor(
    @JsonProperty("w") int workspace,
    @JsonProperty("p") String phase,
    @JsonProperty("i") int index,
    @JsonProperty("g") String gid,
    @JsonProperty("o") String offset) {

  static final String PROJECTS = "P";
  static final String USERS = "U";
  static final String DONE = "D";

  static AsanaCursor start() {
    return new AsanaCursor(0, PROJECTS, 0, null, null);
  }

  AsanaCursor withOffset(String newOffset) {
    return new AsanaCursor(workspace, phase, index, gid, newOffset);
  }

  AsanaCursor at(int newIndex, String newGid) {
    return new AsanaCursor(workspace, phase, newIndex, newGid, null);
  }

  AsanaCursor phase(String newPhase) {
    return new AsanaCursor(workspace, newPhase, 0, null, null);
  }

  AsanaCursor nextWorkspace() {
    return new AsanaCursor(workspace + 1, PROJECTS, 0, null, null);
  }

  String encode(ObjectMapper json) {
    try {
      return json.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a cursor always serializes", e);
    }
  }

  static AsanaCursor decode(String text, ObjectMapper json) {
    if (text == null || text.isBlank()) {
      return start();
    }
    try {
      AsanaCursor c = json.readValue(text, AsanaCursor.class);
      if (c.phase == null || c.workspace < 0 || c.index < 0) {
        throw new UnexpectedPayloadException("not an Asana checkpoint: " + text);
      }
      return c;
    } catch (JsonProcessingException e) {
      throw new UnexpectedPayloadException("not an Asana checkpoint: " + text, e);
    }
  }
}
