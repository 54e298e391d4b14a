package io.tasksync.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PendingAuthorizationStore} must do. */
public abstract class PendingAuthorizationStoreContract {

  protected static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  protected static final Instant EXPIRES = NOW.plus(Duration.ofMinutes(10));

  protected PendingAuthorizationStore store;

  protected abstract PendingAuthorizationStore createStore();

  /** Hook for stores whose race must go through separate clients; defaults to this store. */
  protected Optional<PendingAuthorization> takeForRace(int racer, String nonce) {
    return store.take(nonce, NOW);
  }

  @BeforeEach
  void setUpStore() {
    store = createStore();
  }

  private static PendingAuthorization aPending(String verifier, String browser) {
    return new PendingAuthorization(
        "nonce-" + UUID.randomUUID(),
        TestTasks.anOrganization(),
        Provider.LINEAR,
        verifier,
        browser,
        EXPIRES);
  }

  @Test
  void take_returnsWhatWasPutWithEveryField() {
    PendingAuthorization pending = aPending("verifier-1", "digest-1");
    store.put(pending);

    Optional<PendingAuthorization> taken = store.take(pending.nonce(), NOW.plusSeconds(5));

    assertThat(taken).contains(pending);
  }

  @Test
  void nullVerifierAndBinding_roundTrip() {
    PendingAuthorization pending = aPending(null, null);
    store.put(pending);

    assertThat(store.take(pending.nonce(), NOW)).contains(pending);
  }

  @Test
  void secondTake_isEmpty() {
    PendingAuthorization pending = aPending("v", "b");
    store.put(pending);
    store.take(pending.nonce(), NOW);

    assertThat(store.take(pending.nonce(), NOW)).isEmpty();
  }

  @Test
  void unknownNonce_isEmpty() {
    assertThat(store.take("nonce-never-issued", NOW)).isEmpty();
  }

  @Test
  void putOfAKnownNonce_isRefusedAndKeepsTheFirst() {
    PendingAuthorization first = aPending("first", "b");
    PendingAuthorization second =
        new PendingAuthorization(
            first.nonce(), TestTasks.anOrganization(), Provider.ASANA, "second", "c", EXPIRES);
    store.put(first);

    boolean again = store.put(second);

    assertThat(again).isFalse();
    assertThat(store.take(first.nonce(), NOW)).contains(first);
  }

  @Test
  void takeAtOrAfterExpiry_isEmptyAndConsumesIt() {
    PendingAuthorization onTheDot = aPending("v", "b");
    PendingAuthorization later = aPending("v", "b");
    store.put(onTheDot);
    store.put(later);

    Optional<PendingAuthorization> atExpiry = store.take(onTheDot.nonce(), EXPIRES);
    Optional<PendingAuthorization> afterwards = store.take(later.nonce(), EXPIRES.plusSeconds(1));

    assertThat(atExpiry).isEmpty();
    assertThat(afterwards).isEmpty();
    assertThat(store.take(onTheDot.nonce(), NOW)).isEmpty();
  }

  @Test
  void racingTakes_giveItToExactlyOne() throws Exception {
    PendingAuthorization pending = aPending("v", "b");
    store.put(pending);

    List<Optional<PendingAuthorization>> results =
        Races.run(8, racer -> takeForRace(racer, pending.nonce()));

    assertThat(results.stream().filter(Optional::isPresent).count()).isEqualTo(1);
    assertThat(results.stream().flatMap(Optional::stream)).containsExactly(pending);
  }
}
