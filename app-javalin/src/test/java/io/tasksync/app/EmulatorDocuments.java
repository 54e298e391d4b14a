package io.tasksync.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every document of a Firestore emulator project, read through the emulator's REST API as an
 * administrator: each collection, each document (missing parents too) and, recursively, their
 * subcollections. Each document comes back as its REST JSON, in which every field value, nested
 * maps and arrays included, is text (bytes in base64).
 */
final class EmulatorDocuments {

  /** A document's full name and its JSON. */
  record Document(String name, String json) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String root;

  EmulatorDocuments(String hostAndPort, String project) {
    this.base = "http://" + hostAndPort + "/v1/";
    this.root = "projects/" + project + "/databases/(default)/documents";
  }

  List<Document> all() throws IOException, InterruptedException {
    List<Document> documents = new ArrayList<>();
    collect(root, documents);
    return documents;
  }

  /** Writes a document whose REST {@code fields} are given as JSON. */
  void put(String path, String fieldsJson) throws IOException, InterruptedException {
    send(
        HttpRequest.newBuilder(uri(root + "/" + path))
            .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"fields\":" + fieldsJson + "}"))
            .header("Content-Type", "application/json"));
  }

  void delete(String path) throws IOException, InterruptedException {
    send(HttpRequest.newBuilder(uri(root + "/" + path)).DELETE());
  }

  private void collect(String parent, List<Document> into)
      throws IOException, InterruptedException {
    for (String collection : collectionIds(parent)) {
      String pageToken = "";
      do {
        JsonNode page =
            send(
                HttpRequest.newBuilder(
                        uri(
                            parent
                                + "/"
                                + collection
                                + "?pageSize=300&showMissing=true&pageToken="
                                + URLEncoder.encode(pageToken, StandardCharsets.UTF_8)))
                    .GET());
        for (JsonNode document : page.path("documents")) {
          String name = document.path("name").asText();
          into.add(new Document(name, JSON.writeValueAsString(document)));
          collect(name, into);
        }
        pageToken = page.path("nextPageToken").asText("");
      } while (!pageToken.isEmpty());
    }
  }

  private List<String> collectionIds(String parent) throws IOException, InterruptedException {
    List<String> ids = new ArrayList<>();
    String pageToken = "";
    do {
      JsonNode page =
          send(
              HttpRequest.newBuilder(uri(parent + ":listCollectionIds"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          JSON.createObjectNode()
                              .put("pageSize", 300)
                              .put("pageToken", pageToken)
                              .toString())));
      page.path("collectionIds").forEach(id -> ids.add(id.asText()));
      pageToken = page.path("nextPageToken").asText("");
    } while (!pageToken.isEmpty());
    return ids;
  }

  private URI uri(String path) {
    StringBuilder encoded = new StringBuilder(base);
    String[] pathAndQuery = path.split("\\?", 2);
    String[] segments = pathAndQuery[0].split("/");
    for (int i = 0; i < segments.length; i++) {
      encoded.append(i == 0 ? "" : "/").append(segment(segments[i]));
    }
    if (pathAndQuery.length == 2) {
      encoded.append('?').append(pathAndQuery[1]);
    }
    return URI.create(encoded.toString());
  }

  private static String segment(String segment) {
    int colon = segment.indexOf(":listCollectionIds");
    if (colon >= 0) {
      return segment(segment.substring(0, colon)) + segment.substring(colon);
    }
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            request.header("Authorization", "Bearer owner").build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException(
          "the emulator answered " + response.statusCode() + " to " + response.uri());
    }
    return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }
}
