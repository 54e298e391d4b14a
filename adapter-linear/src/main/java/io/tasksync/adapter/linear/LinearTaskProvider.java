package io.tasksync.adapter.linear;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.Workspace;
import io.tasksync.kit.MappedItems;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lists a Linear organization's issues with {@code issues(first, after, includeArchived: true)},
 * one GraphQL page per stream element. Pages are ordered by {@code createdAt}, which does not move
 * when issues change, so a cursor resumes exactly; incremental runs add a filter {@code updatedAt
 * gte (since - overlap)}. The high-water mark is the sync's run start, never a page's content.
 */
final class LinearTaskProvider implements TaskProvider {

  private final LinearConfig config;
  private final LinearGraphQlClient client;
  private final ObjectMapper json;

  LinearTaskProvider(LinearConfig config, LinearGraphQlClient client, ObjectMapper json) {
    this.config = config;
    this.client = client;
    this.json = json;
  }

  @Override
  public Provider provider() {
    return Provider.LINEAR;
  }

  @Override
  public Stream<TaskPage> fetch(FetchRequest request) {
    LinearCheckpoint start = LinearCheckpoint.parse(request.cursor(), json);
    Map<String, Object> filter =
        request.kind() == RunKind.INCREMENTAL
            ? Map.of(
                "updatedAt",
                Map.of("gte", request.since().minus(config.incrementalOverlap()).toString()))
            : null;
    Spliterator<TaskPage> pages =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          private String after = start.after();
          private boolean done;

          @Override
          public boolean tryAdvance(Consumer<? super TaskPage> action) {
            if (done) {
              return false;
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", config.pageSize());
            variables.put("after", after);
            variables.put("filter", filter);
            variables.put("orderBy", "createdAt");
            variables.put("includeArchived", config.includeArchived());
            JsonNode issues =
                client
                    .execute(LinearDocuments.ISSUES_PAGE, variables, request.tokens())
                    .path("issues");
            MappedItems tasks = tasks(issues, request);
            JsonNode pageInfo = issues.path("pageInfo");
            if (!pageInfo.path("hasNextPage").isBoolean()) {
              throw new UnexpectedPayloadException(
                  "Linear's issues page has no pageInfo.hasNextPage");
            }
            String end =
                pageInfo.path("endCursor").isTextual() ? pageInfo.path("endCursor").asText() : null;
            boolean hasNext = pageInfo.path("hasNextPage").asBoolean();
            if (hasNext && end == null) {
              throw new UnexpectedPayloadException(
                  "Linear says more issues follow but gave no endCursor to ask for them");
            }
            done = !hasNext;
            after = end != null ? end : after;
            action.accept(tasks.page(new LinearCheckpoint(after).toJson(json)));
            return true;
          }
        };
    return StreamSupport.stream(pages, false);
  }

  private MappedItems tasks(JsonNode issues, FetchRequest request) {
    JsonNode nodes = issues.path("nodes");
    if (!nodes.isArray()) {
      throw new UnexpectedPayloadException("Linear's answer has no issues.nodes list");
    }
    return MappedItems.map(
        nodes, "id", node -> LinearIssueMapper.toTask(node, request.integration()));
  }

  @Override
  public List<Workspace> workspaces(TokenSource tokens) {
    JsonNode organization =
        client
            .execute(LinearDocuments.VIEWER, Map.of(), tokens)
            .path("viewer")
            .path("organization");
    if (!organization.path("id").isTextual()) {
      throw new UnexpectedPayloadException("Linear's viewer has no organization id");
    }
    return List.of(
        new Workspace(organization.path("id").asText(), organization.path("name").asText("")));
  }
}
