package io.tasksync.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasksync.domain.Task;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TestTasks;
import io.tasksync.port.out.UnexpectedPayloadException;
import io.tasksync.port.out.UnmappedTask;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MappedItemsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Function<JsonNode, Task> mapper =
      item -> {
        if (item.path("bad").asBoolean()) {
          throw new UnexpectedPayloadException("task " + item.path("id").asText() + " is odd");
        }
        if (item.path("npe").asBoolean()) {
          throw new NullPointerException("name");
        }
        return TestTasks.aTask().title(item.path("id").asText()).build();
      };

  @Test
  void itemsThatCannotBeMapped_areNamedAndSkipped_theOthersKept() throws Exception {
    JsonNode items =
        MAPPER.readTree(
            "[{\"id\":\"1\"},{\"id\":\"2\",\"bad\":true},{\"name\":\"no id\"},"
                + "{\"id\":3,\"npe\":true},\"not an object\",{\"id\":\"4\"}]");

    MappedItems mapped = MappedItems.map(items, "id", mapper);
    TaskPage page = mapped.page("c1");

    assertThat(mapped.tasks()).extracting(Task::title).containsExactly("1", "4");
    assertThat(mapped.unmapped())
        .containsExactly(
            new UnmappedTask("2", "task 2 is odd"),
            new UnmappedTask(null, "the item has no id"),
            new UnmappedTask("3", "NullPointerException: name"),
            new UnmappedTask(null, "the item has no id"));
    assertThat(page.unmapped()).hasSize(4);
    assertThat(page.checkpoint()).isEqualTo("c1");
  }

  @Test
  void failureThatIsNotAboutTheItem_endsThePage() throws Exception {
    JsonNode items = MAPPER.readTree("[{\"id\":\"1\"}]");

    assertThatThrownBy(
            () ->
                MappedItems.map(
                    items,
                    "id",
                    item -> {
                      throw new ProviderUnavailableException("HTTP 503");
                    }))
        .isInstanceOf(ProviderUnavailableException.class);
  }
}
