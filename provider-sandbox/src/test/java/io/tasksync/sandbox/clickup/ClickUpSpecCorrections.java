package io.tasksync.sandbox.clickup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ClickUp spec's known mistakes, corrected after recorded real responses (Nango's fixtures
 * recorded against the live API, see reference/PROVIDERS.md C2/C7). Where the spec and recorded
 * responses disagree, the recorded responses win. Every correction, with its reason:
 *
 * <ol>
 *   <li>Task {@code assignees} and {@code watchers} are user objects, {@code tags} are tag objects
 *       and {@code checklists} are checklist objects; the spec says arrays of strings in some
 *       operations.
 *   <li>Task {@code priority} is an object {@code {id, priority, color, orderindex}} or null; the
 *       team task listing declares an integer.
 *   <li>Unset task fields are null: {@code parent}, {@code due_date}, {@code start_date}, {@code
 *       date_closed}, {@code date_done}, {@code points}, {@code time_estimate}; and so are an unset
 *       {@code custom_id} and a user's missing {@code profilePicture}, anywhere.
 *   <li>{@code time_estimate} and {@code time_spent} are numbers of milliseconds (the single-task
 *       GET declares strings; the recorded answer has {@code "time_spent": 0}).
 *   <li>Task {@code custom_fields} is an array (the list task listing declares an object).
 * </ol>
 */
final class ClickUpSpecCorrections {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> NULL_WHEN_UNSET =
      List.of("parent", "due_date", "start_date", "date_closed", "date_done", "points");

  private ClickUpSpecCorrections() {}

  static void apply(ObjectNode spec) {
    List<ObjectNode> propertySets = new ArrayList<>();
    collect(spec, propertySets);
    for (ObjectNode props : propertySets) {
      nullable(props, "profilePicture");
      nullable(props, "custom_id");
      if (props.has("date_updated") && props.has("status") && props.has("assignees")) {
        correctTask(props);
      }
    }
  }

  private static void correctTask(ObjectNode props) {
    props.set("assignees", json("{\"type\":\"array\",\"items\":" + USER + "}"));
    props.set("watchers", json("{\"type\":\"array\",\"items\":" + USER + "}"));
    props.set(
        "tags",
        json(
            "{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"name\"],\"properties\":{\"name\":{\"type\":\"string\"}}}}"));
    props.set("checklists", json("{\"type\":\"array\",\"items\":{\"type\":\"object\"}}"));
    props.set(
        "priority",
        json(
            "{\"anyOf\":[{\"type\":\"null\"},{\"type\":\"object\",\"required\":[\"id\",\"priority\"],\"properties\":{\"id\":{\"type\":\"string\"},\"priority\":{\"type\":\"string\"},\"color\":{\"type\":\"string\"},\"orderindex\":{\"type\":\"string\"}}}]}"));
    NULL_WHEN_UNSET.forEach(f -> nullable(props, f));
    for (String f : List.of("time_estimate", "time_spent")) {
      if (props.has(f)) {
        props.set(f, json("{\"type\":[\"number\",\"string\",\"null\"]}"));
      }
    }
    if (props.has("custom_fields")) {
      props.set("custom_fields", json("{\"type\":\"array\"}"));
    }
  }

  private static final String USER =
      "{\"type\":\"object\",\"required\":[\"id\"],\"properties\":{\"id\":{\"type\":\"integer\"},"
          + "\"username\":{\"type\":[\"string\",\"null\"]},\"email\":{\"type\":[\"string\",\"null\"]},"
          + "\"profilePicture\":{\"type\":[\"string\",\"null\"]}}}";

  private static void nullable(ObjectNode props, String field) {
    JsonNode schema = props.get(field);
    if (schema != null) {
      props.set(
          field,
          MAPPER
              .createObjectNode()
              .set("anyOf", MAPPER.createArrayNode().add(schema).add(json("{\"type\":\"null\"}"))));
    }
  }

  private static void collect(JsonNode node, List<ObjectNode> into) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null && props.isObject()) {
        into.add((ObjectNode) props);
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), into);
      }
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, into));
    }
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
