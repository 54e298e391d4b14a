package io.tasksync.kit.paging;

import io.tasksync.port.out.ProviderUnavailableException;
import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Reads up to {@code depth} pages of a listing ahead on one background thread, so a provider's
 * request budget keeps working while the caller stores a page. Pages come out in the listing's
 * order; at most {@code depth} pages are read but not yet taken. A failure of a page ahead is
 * thrown when that page is asked for, after every page before it. Reading starts at the first
 * {@link #hasNext()}; closing (or dropping the iterator unclosed) stops the thread. One caller
 * thread only.
 */
public final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

  private static final Cleaner CLEANER = Cleaner.create();

  /** What the background thread hands over: a page, the end, or the failure that ended it. */
  private static final class Item {
    static final Item END = new Item(null, null);
    final Object page;
    final RuntimeException failure;

    Item(Object page, RuntimeException failure) {
      this.page = page;
      this.failure = failure;
    }
  }

  /** The state shared with the background thread, which must not reach the iterator itself. */
  private static final class Channel implements Runnable {
    private final Iterator<?> source;
    private final Semaphore slots;
    private final BlockingQueue<Item> items = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    private volatile Thread thread;

    Channel(Iterator<?> source, int depth) {
      this.source = source;
      this.slots = new Semaphore(depth);
    }

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
        items.add(new Item(null, new ProviderUnavailableException("reading a page failed", e)));
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
  private final String threadName;
  private boolean started;
  private Object ready;
  private boolean done;

  /**
   * @param depth the most pages read but not yet taken (at least 1)
   * @param threadName the reading thread's name ("asana-read-ahead")
   */
  public ReadAhead(Iterator<T> source, int depth, String threadName) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be at least 1, was " + depth);
    }
    this.channel = new Channel(source, depth);
    this.cleanable = CLEANER.register(this, channel);
    this.threadName = threadName;
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
    if (item.failure != null) {
      close();
      throw item.failure;
    }
    if (item.page == null) {
      close();
      return false;
    }
    channel.slots.release();
    ready = item.page;
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the listing is complete");
    }
    T page = (T) ready;
    ready = null;
    return page;
  }

  private void start() {
    if (!started) {
      started = true;
      Channel c = channel;
      Thread t = new Thread(c::produce, threadName);
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
      throw new ProviderUnavailableException("interrupted while waiting for the next page", e);
    }
  }

  /** Stops the background thread and drops the pages read ahead. */
  @Override
  public void close() {
    done = true;
    ready = null;
    cleanable.clean();
    channel.items.clear();
  }
}
