package io.tasksync.adapter.firestore;

import io.tasksync.domain.Provider;
import io.tasksync.domain.Task;
import io.tasksync.domain.Workspace;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TestTasks;
import io.tasksync.port.out.TokenSource;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A provider of {@code pages} pages of {@code pageSize} tasks whose checkpoints are "after-N"; it
 * calls {@code beforePage} with each page's index just before producing that page.
 */
final class ScriptedTaskProvider implements TaskProvider {

  private final int pages;
  private final int pageSize;
  private final IntConsumer beforePage;

  ScriptedTaskProvider(int pages, int pageSize, IntConsumer beforePage) {
    this.pages = pages;
    this.pageSize = pageSize;
    this.beforePage = beforePage;
  }

  @Override
  public Provider provider() {
    return Provider.ASANA;
  }

  @Override
  public Stream<TaskPage> fetch(FetchRequest request) {
    int first = request.cursor() == null ? 0 : Integer.parseInt(request.cursor().substring(6)) + 1;
    return IntStream.range(first, pages)
        .mapToObj(
            index -> {
              beforePage.accept(index);
              return TaskPage.of(tasksOf(request, index), checkpointAfter(index));
            });
  }

  @Override
  public List<Workspace> workspaces(TokenSource tokens) {
    return List.of();
  }

  static String checkpointAfter(int index) {
    return "after-" + index;
  }

  private List<Task> tasksOf(FetchRequest request, int index) {
    return IntStream.range(0, pageSize)
        .mapToObj(
            i ->
                TestTasks.aTask(request.integration().organizationId(), request.integration().id())
                    .title("page " + index + " task " + i)
                    .build())
        .toList();
  }
}
