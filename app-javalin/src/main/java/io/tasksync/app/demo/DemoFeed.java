package io.tasksync.app.demo;

import io.tasksync.domain.Integration;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.StatusCategory;
import io.tasksync.domain.Task;
import io.tasksync.domain.TaskKey;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.StoreUnavailableException;
import io.tasksync.port.out.TaskStore;
import io.tasksync.sandbox.DemoActivity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The demo activity's changes as the page shows them: when each was made in a stand-in and when it
 * was first seen in the store (checked every {@value #CHECK_MILLIS} ms, so a delay is exact to
 * that), for the integrations of one organization.
 */
public final class DemoFeed implements AutoCloseable {

  static final long CHECK_MILLIS = 200;
  private static final Duration GIVE_UP = Duration.ofMinutes(5);

  /** One change and its arrival. */
  public record Arrival(
      DemoActivity.Change change, String integrationId, Instant storedAt, Long delayMs) {}

  private final DemoActivity activity;
  private final IntegrationStore integrations;
  private final TaskStore tasks;
  private final Clock clock;
  private final Map<Long, Arrival> arrived = new ConcurrentHashMap<>();
  private final Map<Long, OrganizationId> watched = new ConcurrentHashMap<>();
  private final ScheduledExecutorService checker;

  public DemoFeed(
      DemoActivity activity, IntegrationStore integrations, TaskStore tasks, Clock clock) {
    this.activity = activity;
    this.integrations = integrations;
    this.tasks = tasks;
    this.clock = clock;
    this.checker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "demo-feed");
              t.setDaemon(true);
              return t;
            });
    checker.scheduleWithFixedDelay(this::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
  }

  public DemoActivity activity() {
    return activity;
  }

  /** The last changes, newest first, with their arrival in the organization's store. */
  public List<Arrival> recent(OrganizationId organization) {
    return activity.recent().stream()
        .map(
            c -> {
              Arrival a = arrived.get(c.seq());
              if (a == null) {
                watched.putIfAbsent(c.seq(), organization);
                return new Arrival(c, null, null, null);
              }
              return a;
            })
        .toList();
  }

  private void check() {
    try {
      for (DemoActivity.Change c : activity.recent()) {
        OrganizationId org = watched.get(c.seq());
        if (org == null || arrived.containsKey(c.seq())) {
          continue;
        }
        if (c.madeAt().plus(GIVE_UP).isBefore(clock.instant())) {
          watched.remove(c.seq());
          continue;
        }
        stored(c, org)
            .ifPresent(
                i -> {
                  Instant now = clock.instant();
                  arrived.put(
                      c.seq(),
                      new Arrival(
                          c,
                          i.id().value(),
                          now,
                          Math.max(0, Duration.between(c.madeAt(), now).toMillis())));
                  watched.remove(c.seq());
                });
      }
    } catch (StoreUnavailableException | IllegalArgumentException e) {
      // the next check tries again
    }
  }

  /** The integration whose store shows the change, if one does. */
  private Optional<Integration> stored(DemoActivity.Change c, OrganizationId org) {
    for (Integration i : integrations.findByOrganization(org)) {
      if (!i.provider().id().equals(c.provider())) {
        continue;
      }
      Optional<Task> task = tasks.get(new TaskKey(i.id(), c.taskId()));
      boolean seen =
          switch (c.kind()) {
            case "created" -> task.isPresent();
            case "edited" -> task.filter(t -> c.title().equals(t.title())).isPresent();
            case "completed" ->
                task.filter(t -> t.statusCategory() == StatusCategory.DONE).isPresent();
            default -> task.map(Task::isDeleted).orElse(false);
          };
      if (seen) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    checker.shutdownNow();
  }
}
