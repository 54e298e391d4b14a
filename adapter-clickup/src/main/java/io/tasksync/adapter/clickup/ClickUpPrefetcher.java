package io.tasksync.adapter.clickup;

import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.TaskPage;
import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Fetches up to {@code depth} pages ahead on one background thread, so the request budget keeps
 * working while the caller stores a page. Pages come out in the listing's order, each with its own
 * checkpoint; at most {@code depth} pages are fetched but not yet taken. A failure of a page ahead
 * is thrown when that page is asked for, after every page before it. Closing (or dropping the
 * iterator unclosed) stops the thread.
 */
final class ClickUpPrefetcher implements Iterator<TaskPage>, AutoCloseable {

  private static final Cleaner CLEANER = Cleaner.create();

  /** What the background thread hands over: a page, the end, or the failure that ended it. */
  private record Item(TaskPage page, RuntimeException failure) {
    static final Item END = new Item(null, null);
  }

  /** The state shared with the background thread, which must not reach the iterator itself. */
  private static final class Channel implements Runnable {
    private final Iterator<TaskPage> source;
    private final Semaphore slots;
    private final BlockingQueue<Item> items = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    private volatile Thread thread;

    Channel(Iterator<TaskPage> source, int depth) {
      this.source = source;
      this.slots = new Semaphore(depth);
    }

    /** Produces pages until the listing ends, fails, or the channel closes. */
    void produce() {
      try {
        while (!closed) {
          slots.acquire();
          if (closed) {
            return;
          }
          if (!source.hasNext()) {
            items.add(Item.END);
            return;
          }
          items.add(new Item(source.next(), null));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        items.add(new Item(null, e));
      } catch (Error e) {
        items.add(new Item(null, new ProviderUnavailableException("fetching a page failed", e)));
        throw e;
      }
    }

    /** Runs as the iterator's cleaning action when it is dropped without being closed. */
    @Override
    public void run() {
      closed = true;
      Thread t = thread;
      if (t != null) {
        t.interrupt();
      }
    }
  }

  private final Channel channel;
  private final Cleaner.Cleanable cleanable;
  private boolean started;
  private TaskPage ready;
  private boolean done;

  ClickUpPrefetcher(Iterator<TaskPage> source, int depth) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be at least 1");
    }
    this.channel = new Channel(source, depth);
    this.cleanable = CLEANER.register(this, channel);
  }

  @Override
  public boolean hasNext() {
    if (ready != null) {
      return true;
    }
    if (done) {
      return false;
    }
    start();
    Item item = take();
    if (item.failure() != null) {
      close();
      throw item.failure();
    }
    if (item.page() == null) {
      close();
      return false;
    }
    channel.slots.release();
    ready = item.page();
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

  private void start() {
    if (!started) {
      started = true;
      Channel c = channel;
      Thread t = new Thread(c::produce, "clickup-page-prefetch");
      t.setDaemon(true);
      c.thread = t;
      t.start();
    }
  }

  private Item take() {
    try {
      return channel.items.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new ProviderUnavailableException("interrupted while waiting for a ClickUp page", e);
    }
  }

  /** Stops the background thread and drops the pages fetched ahead. */
  @Override
  public void close() {
    done = true;
    ready = null;
    cleanable.clean();
    channel.items.clear();
  }
}
