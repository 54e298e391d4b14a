package io.tasksync.application;

import io.tasksync.domain.Provider;
import io.tasksync.domain.Task;
import io.tasksync.domain.Workspace;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TokenSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A provider whose listing is a fixed list of pages (checkpoint "page-N" = resume after page N),
 * with failures scripted at chosen pages.
 */
final class ScriptedTaskProvider implements TaskProvider {

  private final List<List<Task>> pages;
  private final Deque<Failure> failures = new ArrayDeque<>();
  final List<FetchRequest> requests = new ArrayList<>();
  int pagesServed;

  private final java.util.Map<Integer, Runnable> hooks = new java.util.HashMap<>();
  private final java.util.Set<Integer> reconcileNeeded = new java.util.HashSet<>();

  private record Failure(int page, Supplier<RuntimeException> error) {}

  /** Runs {@code action} right after page {@code page} is served. */
  ScriptedTaskProvider onPage(int page, Runnable action) {
    hooks.put(page, action);
    return this;
  }

  /** Page {@code page} says deletions may have been missed. */
  ScriptedTaskProvider reconcileNeededAt(int page) {
    reconcileNeeded.add(page);
    return this;
  }

  ScriptedTaskProvider(List<List<Task>> pages) {
    this.pages = pages;
  }

  /** The next time page {@code page} (0-based) is about to be served, throw instead. */
  ScriptedTaskProvider failAt(int page, Supplier<RuntimeException> error) {
    failures.add(new Failure(page, error));
    return this;
  }

  ScriptedTaskProvider failAlwaysAt(int page, Supplier<RuntimeException> error, int times) {
    IntStream.range(0, times).forEach(i -> failAt(page, error));
    return this;
  }

  @Override
  public Provider provider() {
    return Provider.ASANA;
  }

  @Override
  public Stream<TaskPage> fetch(FetchRequest request) {
    requests.add(request);
    int first = request.cursor() == null ? 0 : Integer.parseInt(request.cursor().substring(5)) + 1;
    return IntStream.range(first, pages.size()).mapToObj(this::serve);
  }

  private TaskPage serve(int index) {
    Failure next = failures.peek();
    if (next != null && next.page == index) {
      failures.poll();
      throw next.error.get();
    }
    pagesServed++;
    TaskPage page =
        new TaskPage(pages.get(index), List.of(), "page-" + index, reconcileNeeded.contains(index));
    hooks.getOrDefault(index, () -> {}).run();
    return page;
  }

  @Override
  public List<Workspace> workspaces(TokenSource tokens) {
    return List.of(new Workspace("ws-1", "Scripted"));
  }
}
