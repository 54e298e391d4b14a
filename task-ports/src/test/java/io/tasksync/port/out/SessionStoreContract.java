package io.tasksync.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SessionStore} must do. */
public abstract class SessionStoreContract {

  protected static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  protected static final Instant EXPIRES = NOW.plus(Duration.ofHours(8));

  protected SessionStore store;
  protected OrganizationId org;

  protected abstract SessionStore createStore();

  /** Another client of the same shared store (another instance); defaults to this store. */
  protected SessionStore otherInstance() {
    return store;
  }

  @BeforeEach
  void setUpStore() {
    store = createStore();
    org = TestTasks.anOrganization();
  }

  private static String aKey() {
    return "session-" + UUID.randomUUID();
  }

  @Test
  void openedSession_isFoundOnEveryInstance() {
    String key = aKey();

    boolean opened = store.open(key, org, EXPIRES);

    assertThat(opened).isTrue();
    assertThat(store.find(key, NOW)).contains(org);
    assertThat(otherInstance().find(key, NOW.plusSeconds(60))).contains(org);
  }

  @Test
  void unknownKey_isEmpty() {
    assertThat(store.find(aKey(), NOW)).isEmpty();
  }

  @Test
  void openingAKeyInUse_isRefusedAndKeepsTheFirst() {
    String key = aKey();
    store.open(key, org, EXPIRES);

    boolean again = store.open(key, TestTasks.anOrganization(), EXPIRES.plusSeconds(60));

    assertThat(again).isFalse();
    assertThat(store.find(key, NOW)).contains(org);
  }

  @Test
  void sessionAtOrAfterExpiry_isEmpty() {
    String key = aKey();
    store.open(key, org, EXPIRES);

    assertThat(store.find(key, EXPIRES.minusMillis(1))).contains(org);
    assertThat(store.find(key, EXPIRES)).isEmpty();
    assertThat(store.find(key, EXPIRES.plusSeconds(1))).isEmpty();
  }

  @Test
  void revokeOnOneInstance_endsItOnAll() {
    String key = aKey();
    String kept = aKey();
    store.open(key, org, EXPIRES);
    store.open(kept, org, EXPIRES);

    otherInstance().revoke(key);
    otherInstance().revoke(key);

    assertThat(store.find(key, NOW)).isEmpty();
    assertThat(store.find(kept, NOW)).contains(org);
  }

  @Test
  void revokeOfAnUnknownKey_isIgnored() {
    store.revoke(aKey());

    assertThat(store.find(aKey(), NOW)).isEmpty();
  }
}
