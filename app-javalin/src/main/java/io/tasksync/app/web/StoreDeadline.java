package io.tasksync.app.web;

import io.tasksync.port.out.StoreUnavailableException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounds the store reads of the HTTP handlers: a read that has not answered within the limit (a
 * frozen or unreachable store) fails as {@link StoreUnavailableException}, answered 503, instead of
 * holding the request for the store client's own, much longer, timeout. At most {@code
 * maxConcurrent} reads wait at once; more fail at once the same way.
 */
public final class StoreDeadline {

  private final Duration limit;
  private final ThreadPoolExecutor executor;

  public StoreDeadline(Duration limit, int maxConcurrent) {
    this.limit = limit;
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            0,
            maxConcurrent,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "store-read-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Runs {@code read} (which must not touch the request) within the limit.
   *
   * @throws StoreUnavailableException when it does not answer in time, or too many reads wait
   */
  <T> T within(String what, Supplier<T> read) {
    Future<T> future;
    try {
      future = executor.submit(read::get);
    } catch (RejectedExecutionException e) {
      throw new StoreUnavailableException("too many reads are waiting for the store", e);
    }
    try {
      return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new StoreUnavailableException(
          "the store did not answer " + what + " within " + limit.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new StoreUnavailableException("interrupted while " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw new StoreUnavailableException("the store failed " + what, e.getCause());
    }
  }
}
