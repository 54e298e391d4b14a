package io.tasksync.adapter.clickup;

import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.TaskPage;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fetches one page ahead: while the caller stores page k, page k+1 is requested on a background
 * thread, so the request budget is not left idle during writes. At most one page waits in memory; a
 * failure of the page ahead is thrown when that page is asked for, after page k and its checkpoint
 * were handed over.
 */
final class ClickUpPrefetcher implements Iterator<TaskPage>, AutoCloseable {

  private final Iterator<TaskPage> source;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "clickup-page-prefetch");
            t.setDaemon(true);
            return t;
          });
  private Future<TaskPage> ahead;
  private TaskPage ready;
  private boolean done;

  ClickUpPrefetcher(Iterator<TaskPage> source) {
    this.source = source;
  }

  @Override
  public boolean hasNext() {
    if (ready != null) {
      return true;
    }
    if (done) {
      return false;
    }
    if (ahead == null) {
      ahead = executor.submit(this::produce);
    }
    ready = await(ahead);
    ahead = null;
    if (ready == null) {
      close();
      return false;
    }
    ahead = executor.submit(this::produce);
    return true;
  }

  @Override
  public TaskPage next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the ClickUp listing is complete");
    }
    TaskPage page = ready;
    ready = null;
    return page;
  }

  private TaskPage produce() {
    return source.hasNext() ? source.next() : null;
  }

  private TaskPage await(Future<TaskPage> page) {
    try {
      return page.get();
    } catch (ExecutionException e) {
      close();
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw new ProviderUnavailableException("fetching a ClickUp page failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new ProviderUnavailableException("interrupted while waiting for a ClickUp page", e);
    }
  }

  /** Stops the page ahead, if any, and the background thread. */
  @Override
  public void close() {
    done = true;
    if (ahead != null) {
      ahead.cancel(true);
      ahead = null;
    }
    executor.shutdownNow();
  }
}
