package io.tasksync.port.out;

import io.tasksync.domain.Provider;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what an adapter reports to its {@link ProviderCallObserver}, for assertions. */
public final class RecordingProviderCallObserver implements ProviderCallObserver {

  /** One reported request. */
  public record Call(Provider provider, String operation, int status, Duration latency) {}

  /** One reported rate-limit wait. */
  public record Wait(Provider provider, Duration duration) {}

  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<Wait> waits = new CopyOnWriteArrayList<>();

  @Override
  public void requestCompleted(
      Provider provider, String operation, int httpStatus, Duration latency) {
    calls.add(new Call(provider, operation, httpStatus, latency));
  }

  @Override
  public void rateLimitWait(Provider provider, Duration wait) {
    waits.add(new Wait(provider, wait));
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public List<Wait> waits() {
    return List.copyOf(waits);
  }

  /** How many reported requests got {@code status}. */
  public long withStatus(int status) {
    return calls.stream().filter(c -> c.status() == status).count();
  }
}
