package io.tasksync.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tasksync.domain.Provider;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MicrometerProviderCallObserverTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerProviderCallObserver observer =
      new MicrometerProviderCallObserver(registry);

  private double requests(String provider, String statusClass) {
    var counter =
        registry
            .find("tasksync.provider.requests")
            .tag("provider", provider)
            .tag("status_class", statusClass)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void requests_areCountedByStatusClass_with429KeptApartAndNoAnswerAsError() {
    observer.requestCompleted(Provider.ASANA, "GET /tasks", 200, Duration.ofMillis(5));
    observer.requestCompleted(Provider.ASANA, "GET /tasks", 201, Duration.ofMillis(5));
    observer.requestCompleted(Provider.ASANA, "GET /tasks", 404, Duration.ofMillis(5));
    observer.requestCompleted(Provider.ASANA, "GET /tasks", 429, Duration.ofMillis(5));
    observer.requestCompleted(Provider.ASANA, "GET /tasks", 503, Duration.ofMillis(5));
    observer.requestCompleted(Provider.LINEAR, "POST /graphql", 0, Duration.ofSeconds(2));

    assertThat(requests("asana", "2xx")).isEqualTo(2);
    assertThat(requests("asana", "4xx")).isEqualTo(1);
    assertThat(requests("asana", "429")).isEqualTo(1);
    assertThat(requests("asana", "5xx")).isEqualTo(1);
    assertThat(requests("linear", "error")).isEqualTo(1);
    assertThat(
            registry
                .find("tasksync.provider.request.latency")
                .tag("provider", "asana")
                .timer()
                .count())
        .isEqualTo(5);
  }

  @Test
  void rateLimitWaits_feedTheSyncServicesWaitTimer() {
    new MicrometerSyncObserver(registry)
        .rateLimitWait(null, Provider.CLICKUP, Duration.ofSeconds(1));

    observer.rateLimitWait(Provider.CLICKUP, Duration.ofSeconds(2));

    var waits =
        registry.find("tasksync.provider.ratelimit.waits").tag("provider", "clickup").timer();
    assertThat(waits.count()).isEqualTo(2);
    assertThat(waits.totalTime(java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(3.0);
  }
}
