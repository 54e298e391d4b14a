package io.tasksync.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.memory.InMemorySessionStore;
import io.tasksync.domain.OrganizationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Two instances' sessions over one session store, as on one Firestore. */
class SharedSessionsTest {

  private static final OrganizationId ORG = OrganizationId.of("org-a");
  private final InMemorySessionStore shared = new InMemorySessionStore();
  private final Sessions a = new Sessions(shared, Clock.systemUTC(), Duration.ofHours(1));
  private final Sessions b = new Sessions(shared, Clock.systemUTC(), Duration.ofHours(1));

  @Test
  void sessionOpenedOnOne_worksOnBoth_andClosingOnOneEndsItOnBoth() {
    String cookie = a.open(ORG);

    assertThat(b.organizationOf(cookie)).contains(ORG);

    b.close(cookie);

    assertThat(a.organizationOf(cookie)).isEmpty();
    assertThat(b.organizationOf(cookie)).isEmpty();
  }

  @Test
  void theStoreHoldsADigest_notTheCookie() {
    String cookie = a.open(ORG);

    assertThat(shared.find(cookie, Instant.now())).isEmpty();
  }

  @Test
  void oversizedOrEmptyCookie_isNoSession() {
    assertThat(a.organizationOf("")).isEmpty();
    assertThat(a.organizationOf("x".repeat(101))).isEmpty();
  }
}
