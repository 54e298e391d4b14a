package io.tasksync.adapter.asana;

import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.TaskPage;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reads one page ahead on a background thread while the caller stores the current one, so the
 * request budget is spent while pages are being written. At most two pages are held; a failure is
 * thrown when the page it concerns is asked for. {@link #close()} stops the read-ahead.
 */
final class AsanaPrefetch implements Iterator<TaskPage>, AutoCloseable {

  private final Iterator<TaskPage> source;
  private final ThreadPoolExecutor executor;
  private Future<Optional<TaskPage>> ahead;

  AsanaPrefetch(Iterator<TaskPage> source) {
    this.source = source;
    this.executor =
        new ThreadPoolExecutor(
            1,
            1,
            5,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "asana-prefetch");
              t.setDaemon(true);
              return t;
            });
    executor.allowCoreThreadTimeOut(true);
  }

  private Future<Optional<TaskPage>> readAhead() {
    return executor.submit(
        () -> source.hasNext() ? Optional.of(source.next()) : Optional.<TaskPage>empty());
  }

  private Optional<TaskPage> peek() {
    if (ahead == null) {
      ahead = readAhead();
    }
    try {
      return ahead.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderUnavailableException("interrupted while reading from Asana", e);
    } catch (ExecutionException e) {
      ahead = null;
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new ProviderUnavailableException("reading from Asana failed", e.getCause());
    }
  }

  @Override
  public boolean hasNext() {
    return peek().isPresent();
  }

  @Override
  public TaskPage next() {
    TaskPage page = peek().orElseThrow(NoSuchElementException::new);
    ahead = readAhead();
    return page;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
