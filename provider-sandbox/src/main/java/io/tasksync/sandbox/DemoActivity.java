package io.tasksync.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the stand-ins' workspaces alive for a demo: while running, every interval one stand-in in
 * turn creates, edits, completes or deletes one of the tasks this activity created, each change
 * sent by the stand-in as its signed webhook. Remembers when each change was made. Off until
 * started.
 */
public final class DemoActivity implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DemoActivity.class);
  private static final int KEPT = 50;

  /** The changes a stand-in can make to its workspace. */
  public interface Workspace {
    String providerId();

    /** Creates a task and returns its id. */
    String create(String title);

    void rename(String id, String title);

    void complete(String id);

    void delete(String id);
  }

  /** One change made in a stand-in. */
  public record Change(
      long seq, String provider, String kind, String taskId, String title, Instant madeAt) {}

  private final List<Workspace> workspaces;
  private final List<List<String>> live = new ArrayList<>();
  private final Clock clock;
  private final Random random;
  private final AtomicLong seq = new AtomicLong();
  private final Deque<Change> recent = new ArrayDeque<>();
  private final ScheduledExecutorService timer;
  private Duration interval;
  private ScheduledFuture<?> loop;
  private int turn;

  public DemoActivity(List<Workspace> workspaces, Duration interval, Clock clock, long seed) {
    this.workspaces = List.copyOf(workspaces);
    this.workspaces.forEach(w -> live.add(new ArrayList<>()));
    this.interval = interval;
    this.clock = clock;
    this.random = new Random(seed);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "demo-activity");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts making a change every {@code every} (restarts the loop when already running). */
  public synchronized void start(Duration every) {
    stop();
    interval = every;
    loop = timer.scheduleWithFixedDelay(this::safeStep, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  public synchronized void stop() {
    if (loop != null) {
      loop.cancel(false);
      loop = null;
    }
  }

  public synchronized boolean running() {
    return loop != null;
  }

  public synchronized Duration interval() {
    return interval;
  }

  /** Makes one change in the next stand-in in turn, now. */
  public Change step() {
    int index;
    synchronized (this) {
      index = turn++ % workspaces.size();
    }
    Workspace w = workspaces.get(index);
    List<String> mine = live.get(index);
    long n = seq.incrementAndGet();
    synchronized (mine) {
      int pick = random.nextInt(10);
      Instant at = clock.instant();
      if (mine.isEmpty() || pick < 3) {
        String title = "Demo task " + n;
        String id = w.create(title);
        mine.add(id);
        return remember(new Change(n, w.providerId(), "created", id, title, at));
      }
      String id = mine.get(random.nextInt(mine.size()));
      if (pick < 7) {
        String title = "Demo task edited (change " + n + ")";
        w.rename(id, title);
        return remember(new Change(n, w.providerId(), "edited", id, title, at));
      }
      if (pick < 9) {
        w.complete(id);
        return remember(new Change(n, w.providerId(), "completed", id, null, at));
      }
      mine.remove(id);
      w.delete(id);
      return remember(new Change(n, w.providerId(), "deleted", id, null, at));
    }
  }

  /** The last changes made, newest first. */
  public synchronized List<Change> recent() {
    return List.copyOf(recent);
  }

  @Override
  public void close() {
    stop();
    timer.shutdownNow();
  }

  private synchronized Change remember(Change change) {
    recent.addFirst(change);
    while (recent.size() > KEPT) {
      recent.removeLast();
    }
    return change;
  }

  private void safeStep() {
    try {
      step();
    } catch (RuntimeException e) {
      log.warn("a demo change failed: {}", e.toString());
    }
  }
}
