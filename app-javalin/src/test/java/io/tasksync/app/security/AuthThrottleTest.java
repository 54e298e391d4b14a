package io.tasksync.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AuthThrottleTest {

  private final MutableClock clock = new MutableClock();
  private final AuthThrottle throttle =
      new AuthThrottle(
          new AuthThrottle.Limits(
              3, Duration.ofSeconds(10), 5, Duration.ofSeconds(60), 2, Duration.ofSeconds(30)),
          clock);

  @Test
  void clientWithinItsBurst_isNotBlocked() {
    fail("1.1.1.1", 2);

    assertThat(throttle.blocked("1.1.1.1")).isEmpty();
  }

  @Test
  void clientPastItsBurst_isBlockedUntilOneFailureRefills() {
    fail("1.1.1.1", 3);

    assertThat(throttle.blocked("1.1.1.1")).contains(Duration.ofSeconds(10));
    clock.advance(Duration.ofSeconds(4));
    assertThat(throttle.blocked("1.1.1.1")).contains(Duration.ofSeconds(6));
    clock.advance(Duration.ofSeconds(6));
    assertThat(throttle.blocked("1.1.1.1")).isEmpty();
  }

  @Test
  void otherClients_areNotBlockedByOneClientsFailures() {
    fail("1.1.1.1", 3);

    assertThat(throttle.blocked("2.2.2.2")).isEmpty();
  }

  @Test
  void globalBucketEmpty_blocksOnlyClientsThatFailedRecently() {
    fail("1.1.1.1", 2);
    fail("2.2.2.2", 2);
    fail("3.3.3.3", 1);

    assertThat(throttle.blocked("3.3.3.3")).isPresent();
    assertThat(throttle.blocked("4.4.4.4")).isEmpty();
  }

  @Test
  void clientsRemembered_areBounded() {
    fail("1.1.1.1", 3);
    fail("2.2.2.2", 1);
    fail("3.3.3.3", 1);

    assertThat(throttle.blocked("1.1.1.1")).isEmpty();
  }

  private void fail(String client, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(client, "a wrong API key");
    }
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
