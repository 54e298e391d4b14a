package io.tasksync.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.IntegrationId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WebhookSecretStore} must do. */
public abstract class WebhookSecretStoreContract {

  protected static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  protected static final Instant EXPIRES = NOW.plus(Duration.ofSeconds(60));

  protected WebhookSecretStore store;
  protected IntegrationId id;
  protected IntegrationId other;

  protected abstract WebhookSecretStore createStore();

  @BeforeEach
  void setUpStore() {
    store = createStore();
    id = TestTasks.anIntegration();
    other = TestTasks.anIntegration();
  }

  private WebhookKey aKey(IntegrationId integration) {
    return WebhookKey.of(integration, "reg-" + UUID.randomUUID());
  }

  @Test
  void unknownKey_isEmpty() {
    assertThat(store.get(aKey(id))).isEmpty();
  }

  @Test
  void expectedRegistration_hasNoSecretYet() {
    WebhookKey key = aKey(id);

    boolean recorded = store.expect(key, EXPIRES);

    assertThat(recorded).isTrue();
    assertThat(store.get(key)).isEmpty();
  }

  @Test
  void expectingAKnownKeyAgain_isRefused() {
    WebhookKey key = aKey(id);
    store.expect(key, EXPIRES);
    store.establish(key, "genuine", NOW);

    boolean again = store.expect(key, EXPIRES.plusSeconds(600));

    assertThat(again).isFalse();
    assertThat(store.get(key)).contains("genuine");
  }

  @Test
  void establish_consumesTheExpectedRegistrationAndKeepsTheSecret() {
    WebhookKey key = aKey(id);
    store.expect(key, EXPIRES);

    boolean established = store.establish(key, "genuine", NOW.plusSeconds(5));

    assertThat(established).isTrue();
    assertThat(store.get(key)).contains("genuine");
  }

  @Test
  void secondHandshake_isRefusedAndKeepsTheFirstSecret() {
    WebhookKey key = aKey(id);
    store.expect(key, EXPIRES);
    store.establish(key, "genuine", NOW);

    boolean replaced = store.establish(key, "attacker", NOW.plusSeconds(1));

    assertThat(replaced).isFalse();
    assertThat(store.get(key)).contains("genuine");
  }

  @Test
  void handshakeForAnUnexpectedKey_storesNothing() {
    WebhookKey key = aKey(id);

    boolean established = store.establish(key, "attacker", NOW);

    assertThat(established).isFalse();
    assertThat(store.get(key)).isEmpty();
  }

  @Test
  void handshakeAtOrAfterExpiry_isRefused() {
    WebhookKey atExpiry = aKey(id);
    WebhookKey later = aKey(id);
    store.expect(atExpiry, EXPIRES);
    store.expect(later, EXPIRES);

    boolean onTheDot = store.establish(atExpiry, "late", EXPIRES);
    boolean afterwards = store.establish(later, "late", EXPIRES.plusSeconds(1));

    assertThat(onTheDot).isFalse();
    assertThat(afterwards).isFalse();
    assertThat(store.get(atExpiry)).isEmpty();
    assertThat(store.get(later)).isEmpty();
  }

  @Test
  void racingHandshakes_establishExactlyOnce() throws Exception {
    WebhookKey key = aKey(id);
    store.expect(key, EXPIRES);
    int racers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    List<Future<Boolean>> results = new ArrayList<>();
    try {
      for (int i = 0; i < racers; i++) {
        String secret = "secret-" + i;
        Callable<Boolean> race =
            () -> {
              start.await();
              return establishForRace(racerIndex(secret), key, secret);
            };
        results.add(pool.submit(race));
      }
      start.countDown();
      int winners = 0;
      String winner = null;
      for (int i = 0; i < racers; i++) {
        if (results.get(i).get(60, TimeUnit.SECONDS)) {
          winners++;
          winner = "secret-" + i;
        }
      }

      assertThat(winners).isEqualTo(1);
      assertThat(store.get(key)).contains(winner);
    } finally {
      pool.shutdownNow();
    }
  }

  private static int racerIndex(String secret) {
    return Integer.parseInt(secret.substring(secret.indexOf('-') + 1));
  }

  /** Hook for stores whose race must go through separate clients; defaults to this store. */
  protected boolean establishForRace(int racer, WebhookKey key, String secret) {
    return store.establish(key, secret, NOW);
  }

  @Test
  void put_keepsOneSecretPerWebhook() {
    WebhookKey first = WebhookKey.of(id, "hook-1");
    WebhookKey second = WebhookKey.of(id, "hook-2");

    store.put(first, "one");
    store.put(second, "two");
    store.put(first, "one-again");

    assertThat(store.get(first)).contains("one-again");
    assertThat(store.get(second)).contains("two");
    assertThat(store.get(WebhookKey.of(other, "hook-1"))).isEmpty();
  }

  @Test
  void formerSingleSecret_isKeptApartFromPerWebhookSecrets() {
    store.put(WebhookKey.former(id), "former");
    store.put(WebhookKey.of(id, "hook-1"), "per-webhook");

    assertThat(store.get(WebhookKey.former(id))).contains("former");
    assertThat(store.get(WebhookKey.of(id, "hook-1"))).contains("per-webhook");
    assertThat(store.get(WebhookKey.former(other))).isEmpty();
  }

  @Test
  void deleteAll_forgetsEverySecretAndRegistrationOfTheIntegrationOnly() {
    WebhookKey pending = aKey(id);
    WebhookKey established = aKey(id);
    WebhookKey theirs = aKey(other);
    store.expect(pending, EXPIRES);
    store.expect(established, EXPIRES);
    store.establish(established, "mine", NOW);
    store.put(WebhookKey.of(id, "hook-1"), "issued");
    store.put(WebhookKey.former(id), "former");
    store.put(theirs, "theirs");

    store.deleteAll(id);
    store.deleteAll(id);

    assertThat(store.get(established)).isEmpty();
    assertThat(store.get(WebhookKey.of(id, "hook-1"))).isEmpty();
    assertThat(store.get(WebhookKey.former(id))).isEmpty();
    assertThat(store.establish(pending, "late", NOW)).isFalse();
    assertThat(store.get(theirs)).contains("theirs");
  }
}
