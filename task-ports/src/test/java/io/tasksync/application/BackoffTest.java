package io.tasksync.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void delays_growExponentially_withJitter_andStayUnderTheCap() {
    Backoff highest = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 0.999);
    Backoff lowest = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 0.0);

    assertThat(highest.delay(1)).isBetween(Duration.ofMillis(990), Duration.ofSeconds(1));
    assertThat(highest.delay(3)).isBetween(Duration.ofMillis(3900), Duration.ofSeconds(4));
    assertThat(highest.delay(30)).isLessThanOrEqualTo(Duration.ofSeconds(10));
    assertThat(lowest.delay(5)).isEqualTo(Duration.ofMillis(500));
  }
}
