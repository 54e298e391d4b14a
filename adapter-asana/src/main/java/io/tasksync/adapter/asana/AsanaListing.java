package io.tasksync.adapter.asana;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Offset-paginated GETs (limit=100) with the page shape checked. */
final class AsanaListing {

  /** One page: its items and the offset of the next page (null on the last). */
  record Page(List<JsonNode> items, String nextOffset) {}

  private static final int MAX_RESTARTS = 3;

  private final AsanaHttp http;
  private final String budgetKey;
  private final TokenSource tokens;

  AsanaListing(AsanaHttp http, String budgetKey, TokenSource tokens) {
    this.http = http;
    this.budgetKey = budgetKey;
    this.tokens = tokens;
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  Page page(String pathAndQuery, String offset) {
    String sep = pathAndQuery.contains("?") ? "&" : "?";
    String url =
        pathAndQuery + sep + "limit=100" + (offset == null ? "" : "&offset=" + enc(offset));
    JsonNode body = http.get(budgetKey, tokens, url);
    JsonNode data = body.get("data");
    JsonNode next = body.get("next_page");
    boolean nextOk = next == null || next.isNull() || next.path("offset").isTextual();
    if (data == null || !data.isArray() || !nextOk) {
      String where =
          pathAndQuery.contains("?")
              ? pathAndQuery.substring(0, pathAndQuery.indexOf('?'))
              : pathAndQuery;
      throw new UnexpectedPayloadException(
          "Asana's answer for " + where + " does not have the shape of a list page");
    }
    List<JsonNode> items = new ArrayList<>(data.size());
    data.forEach(items::add);
    String nextOffset = next == null || next.isNull() ? null : next.path("offset").asText();
    return new Page(items, nextOffset);
  }

  /** Every item of a small listing (workspaces, projects, users), restarting on expired offsets. */
  List<JsonNode> all(String pathAndQuery) {
    for (int attempt = 0; ; attempt++) {
      List<JsonNode> out = new ArrayList<>();
      String offset = null;
      try {
        do {
          Page p = page(pathAndQuery, offset);
          out.addAll(p.items());
          offset = p.nextOffset();
        } while (offset != null);
        return out;
      } catch (AsanaFailure.OffsetExpired e) {
        if (attempt >= MAX_RESTARTS) {
          throw e;
        }
      }
    }
  }
}
