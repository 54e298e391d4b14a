package io.tasksync.adapter.linear;

import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.ForwardingIntegrationStore;
import io.tasksync.port.out.IntegrationStore;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An integration store whose first {@code parties} reads wait for each other, so that several
 * readers are sure to have read the same credentials before any of them goes on.
 */
final class RendezvousStore extends ForwardingIntegrationStore {

  private final int parties;
  private final CyclicBarrier barrier;
  private final AtomicInteger reads = new AtomicInteger();
  private final AtomicBoolean released = new AtomicBoolean();

  RendezvousStore(IntegrationStore delegate, int parties) {
    super(delegate);
    this.parties = parties;
    this.barrier = new CyclicBarrier(parties, () -> released.set(true));
  }

  /** Whether the first reads did meet (false when one of them gave up waiting). */
  boolean released() {
    return released.get();
  }

  @Override
  public Optional<Integration> get(IntegrationId id) {
    Optional<Integration> read = super.get(id);
    if (reads.incrementAndGet() <= parties) {
      try {
        barrier.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (BrokenBarrierException | TimeoutException e) {
        barrier.reset();
      }
    }
    return read;
  }
}
