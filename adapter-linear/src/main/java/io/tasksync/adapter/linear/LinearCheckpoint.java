package io.tasksync.adapter.linear;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.port.out.UnexpectedPayloadException;

/** Where a Linear listing stands: the relay cursor after the last page read, as compact JSON. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LinearCheckpoint(String after) {

  static final LinearCheckpoint START = new LinearCheckpoint(null);

  static LinearCheckpoint parse(String text, ObjectMapper json) {
    if (text == null || text.isBlank()) {
      return START;
    }
    try {
      return json.readValue(text, LinearCheckpoint.class);
    } catch (JsonProcessingException e) {
      throw new UnexpectedPayloadException("the saved Linear checkpoint cannot be read", e);
    }
  }

  String toJson(ObjectMapper json) {
    try {
      return after == null ? "{}" : json.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a checkpoint cannot be written", e);
    }
  }
}
