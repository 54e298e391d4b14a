package io.tasksync.adapter.asana;

import io.tasksync.port.out.TaskPage;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads up to {@value #DEPTH} pages ahead on a background thread while the caller stores earlier
 * ones, so the request budget keeps being spent while pages are written. A failure is thrown when
 * the caller reaches it, in order. {@link #close()} stops the read-ahead.
 */
final class AsanaPrefetch implements Iterator<TaskPage>, AutoCloseable {

  static final int DEPTH = 2;
  private static final Object END = new Object();

  private final Iterator<TaskPage> source;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
  private Thread producer;
  private Object head;

  AsanaPrefetch(Iterator<TaskPage> source) {
    this.source = source;
  }

  private void produce() {
    try {
      try {
        while (source.hasNext()) {
          queue.put(source.next());
        }
        queue.put(END);
      } catch (RuntimeException e) {
        queue.put(e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean hasNext() {
    if (head == null) {
      if (producer == null) {
        producer = new Thread(this::produce, "asana-prefetch");
        producer.setDaemon(true);
        producer.start();
      }
      try {
        head = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new io.tasksync.port.out.ProviderUnavailableException(
            "interrupted while reading from Asana", e);
      }
    }
    if (head instanceof RuntimeException) {
      throw (RuntimeException) head;
    }
    return head != END;
  }

  @Override
  public TaskPage next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    TaskPage page = (TaskPage) head;
    head = null;
    return page;
  }

  @Override
  public void close() {
    if (producer != null) {
      producer.interrupt();
    }
  }
}
