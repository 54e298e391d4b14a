package io.tasksync.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.Workspace;
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

/** What every {@link IntegrationStore} must do. */
public abstract class IntegrationStoreContract {

  protected static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

  protected IntegrationStore store;
  protected OrganizationId org;

  protected abstract IntegrationStore createStore();

  /**
   * A second handle on the same data, as another instance of the application would have (another
   * client of the same database); the in-memory store has only itself.
   */
  protected IntegrationStore sameDataElsewhere() {
    return store;
  }

  @BeforeEach
  void setUpStore() {
    store = createStore();
    org = TestTasks.anOrganization();
  }

  protected Integration anIntegration(Provider provider, Instant createdAt) {
    return Integration.connected(
            TestTasks.anIntegration(),
            org,
            provider,
            new EncryptedCredentials("key-1", "c2VhbGVk-" + UUID.randomUUID()),
            List.of("default"),
            createdAt)
        .withWorkspaces(List.of(new Workspace("ws-" + UUID.randomUUID(), "Acme")), createdAt);
  }

  @Test
  void saved_roundTripsEveryField() {
    Integration integration = anIntegration(Provider.LINEAR, NOW);

    store.save(integration);

    assertThat(store.get(integration.id())).contains(integration);
  }

  @Test
  void unknownId_isEmpty() {
    assertThat(store.get(IntegrationId.random())).isEmpty();
  }

  @Test
  void save_replacesById() {
    Integration integration = anIntegration(Provider.ASANA, NOW);
    store.save(integration);
    Integration reauth = integration.withStatus(ConnectionStatus.NEEDS_REAUTH, NOW.plusSeconds(5));

    store.save(reauth);

    assertThat(store.get(integration.id())).contains(reauth);
  }

  @Test
  void findByOrganization_listsOnlyThatOrganization_oldestFirst() {
    Integration newer = anIntegration(Provider.ASANA, NOW.plusSeconds(10));
    Integration older = anIntegration(Provider.CLICKUP, NOW);
    store.save(newer);
    store.save(older);
    store.save(
        Integration.connected(
            TestTasks.anIntegration(),
            TestTasks.anOrganization(),
            Provider.ASANA,
            new EncryptedCredentials("k", "c"),
            List.of(),
            NOW));

    assertThat(store.findByOrganization(org)).containsExactly(older, newer);
  }

  @Test
  void findByStatus_andByWorkspace_findTheMatchingIntegrations() {
    Integration connected = anIntegration(Provider.ASANA, NOW);
    Integration reauth =
        anIntegration(Provider.ASANA, NOW).withStatus(ConnectionStatus.NEEDS_REAUTH, NOW);
    store.save(connected);
    store.save(reauth);

    assertThat(store.findByStatus(ConnectionStatus.NEEDS_REAUTH)).contains(reauth);
    assertThat(store.findByStatus(ConnectionStatus.CONNECTED))
        .contains(connected)
        .doesNotContain(reauth);
    String workspace = connected.workspaces().get(0).externalId();
    assertThat(store.findByWorkspace(Provider.ASANA, workspace)).containsExactly(connected);
    assertThat(store.findByWorkspace(Provider.LINEAR, workspace)).isEmpty();
  }

  @Test
  void delete_removesIt() {
    Integration integration = anIntegration(Provider.CLICKUP, NOW);
    store.save(integration);

    store.delete(integration.id());

    assertThat(store.get(integration.id())).isEmpty();
  }

  private static EncryptedCredentials sealed(String name) {
    return new EncryptedCredentials("key-1", name + "-" + UUID.randomUUID());
  }

  private static RefreshClaim claimBy(String owner, Instant until) {
    return new RefreshClaim(owner, until);
  }

  @Test
  void replaceCredentials_whenStillExpected_replacesThem_setsUpdatedAt_andKeepsTheRest() {
    Integration integration = anIntegration(Provider.LINEAR, NOW);
    store.save(integration);
    EncryptedCredentials fresh = sealed("fresh");
    Instant later = NOW.plusSeconds(30);

    boolean replaced =
        store.replaceCredentials(integration.id(), integration.credentials(), fresh, later);

    assertThat(replaced).isTrue();
    assertThat(store.get(integration.id())).contains(integration.withCredentials(fresh, later));
  }

  @Test
  void replaceCredentials_whenSomeoneReplacedThemFirst_writesNothing() {
    Integration integration = anIntegration(Provider.LINEAR, NOW);
    store.save(integration);
    EncryptedCredentials winner = sealed("winner");
    store.replaceCredentials(
        integration.id(), integration.credentials(), winner, NOW.plusSeconds(1));

    boolean replaced =
        store.replaceCredentials(
            integration.id(), integration.credentials(), sealed("loser"), NOW.plusSeconds(2));

    assertThat(replaced).isFalse();
    assertThat(store.get(integration.id()))
        .contains(integration.withCredentials(winner, NOW.plusSeconds(1)));
  }

  @Test
  void replaceCredentials_ofADisconnectedOrMissingIntegration_writesNothing() {
    Integration integration = anIntegration(Provider.LINEAR, NOW);
    Integration disconnected =
        integration.withStatus(ConnectionStatus.DISCONNECTED, NOW).withCredentials(null, NOW);
    store.save(disconnected);
    IntegrationId missing = IntegrationId.random();

    boolean replacedDisconnected =
        store.replaceCredentials(
            integration.id(), integration.credentials(), sealed("fresh"), NOW.plusSeconds(1));
    boolean replacedMissing =
        store.replaceCredentials(
            missing, integration.credentials(), sealed("fresh"), NOW.plusSeconds(1));

    assertThat(replacedDisconnected).isFalse();
    assertThat(replacedMissing).isFalse();
    assertThat(store.get(integration.id())).contains(disconnected);
    assertThat(store.get(missing)).isEmpty();
  }

  @Test
  void replaceCredentials_racedByTwoInstances_exactlyOneWins() throws Exception {
    Integration integration = anIntegration(Provider.LINEAR, NOW);
    store.save(integration);
    IntegrationStore elsewhere = sameDataElsewhere();
    List<EncryptedCredentials> candidates = new ArrayList<>();
    List<Callable<Boolean>> racers = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    for (int i = 0; i < 4; i++) {
      IntegrationStore instance = i % 2 == 0 ? store : elsewhere;
      EncryptedCredentials candidate = sealed("racer" + i);
      candidates.add(candidate);
      racers.add(
          () -> {
            start.await();
            return instance.replaceCredentials(
                integration.id(), integration.credentials(), candidate, NOW.plusSeconds(1));
          });
    }

    List<Boolean> won = race(racers, start);

    assertThat(won).containsOnlyOnce(true);
    EncryptedCredentials winner = candidates.get(won.indexOf(true));
    assertThat(store.get(integration.id()).orElseThrow().credentials()).isEqualTo(winner);
  }

  @Test
  void claimRefresh_isGrantedOnce_refusedToOthersWhileItHolds_andRenewableByItsOwner() {
    Integration integration = anIntegration(Provider.LINEAR, NOW);
    store.save(integration);
    EncryptedCredentials current = integration.credentials();
    Instant until = NOW.plusSeconds(30);

    boolean first = store.claimRefresh(integration.id(), current, claimBy("a", until), NOW);
    boolean other =
        store.claimRefresh(integration.id(), current, claimBy("b", until), NOW.plusSeconds(29));
    boolean renewed =
        store.claimRefresh(
            integration.id(), current, claimBy("a", until.plusSeconds(30)), NOW.plusSeconds(29));
    boolean otherAfterRenewal =
        store.claimRefresh(integration.id(), current, claimBy("b", until), NOW.plusSeconds(31));

    assertThat(first).isTrue();
    assertThat(other).isFalse();
    assertThat(renewed).isTrue();
    assertThat(otherAfterRenewal).isFalse();
    assertThat(store.get(integration.id())).contains(integration);
  }

  @Test
  void claimRefresh_aLapsedClaim_isTakenOver() {
    Integration integration = anIntegration(Provider.LINEAR, NOW);
    store.save(integration);
    EncryptedCredentials current = integration.credentials();
    store.claimRefresh(integration.id(), current, claimBy("a", NOW.plusSeconds(30)), NOW);

    boolean taken =
        store.claimRefresh(
            integration.id(), current, claimBy("b", NOW.plusSeconds(60)), NOW.plusSeconds(30));

    assertThat(taken).isTrue();
    assertThat(
            store.claimRefresh(
                integration.id(), current, claimBy("a", NOW.plusSeconds(90)), NOW.plusSeconds(31)))
        .isFalse();
  }

  @Test
  void claimRefresh_onCredentialsThatChangedOrAMissingIntegration_isRefused() {
    Integration integration = anIntegration(Provider.LINEAR, NOW);
    store.save(integration);
    store.replaceCredentials(integration.id(), integration.credentials(), sealed("fresh"), NOW);

    boolean stale =
        store.claimRefresh(
            integration.id(), integration.credentials(), claimBy("a", NOW.plusSeconds(30)), NOW);
    boolean missing =
        store.claimRefresh(
            IntegrationId.random(),
            integration.credentials(),
            claimBy("a", NOW.plusSeconds(30)),
            NOW);

    assertThat(stale).isFalse();
    assertThat(missing).isFalse();
  }

  @Test
  void claimRefresh_doesNotStopReplaceCredentials_andEndsWhenTheyAreReplaced() {
    Integration integration = anIntegration(Provider.LINEAR, NOW);
    store.save(integration);
    store.claimRefresh(
        integration.id(), integration.credentials(), claimBy("a", NOW.plusSeconds(30)), NOW);
    EncryptedCredentials fresh = sealed("fresh");

    boolean replacedByOther =
        store.replaceCredentials(integration.id(), integration.credentials(), fresh, NOW);
    boolean claimedAfter =
        store.claimRefresh(integration.id(), fresh, claimBy("b", NOW.plusSeconds(30)), NOW);

    assertThat(replacedByOther).isTrue();
    assertThat(claimedAfter).isTrue();
  }

  @Test
  void save_endsAClaim() {
    Integration integration = anIntegration(Provider.LINEAR, NOW);
    store.save(integration);
    store.claimRefresh(
        integration.id(), integration.credentials(), claimBy("a", NOW.plusSeconds(30)), NOW);

    store.save(integration.withStatus(ConnectionStatus.CONNECTED, NOW.plusSeconds(1)));

    assertThat(
            store.claimRefresh(
                integration.id(),
                integration.credentials(),
                claimBy("b", NOW.plusSeconds(30)),
                NOW.plusSeconds(1)))
        .isTrue();
  }

  @Test
  void claimRefresh_racedByTwoInstances_exactlyOneWins() throws Exception {
    Integration integration = anIntegration(Provider.LINEAR, NOW);
    store.save(integration);
    IntegrationStore elsewhere = sameDataElsewhere();
    List<Callable<Boolean>> racers = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    for (int i = 0; i < 4; i++) {
      IntegrationStore instance = i % 2 == 0 ? store : elsewhere;
      RefreshClaim claim = claimBy("owner-" + i, NOW.plusSeconds(30));
      racers.add(
          () -> {
            start.await();
            return instance.claimRefresh(integration.id(), integration.credentials(), claim, NOW);
          });
    }

    List<Boolean> won = race(racers, start);

    assertThat(won).containsOnlyOnce(true);
  }

  @Test
  void markStatus_whenStillExpected_changesOnlyTheStatusAndUpdatedAt() {
    Integration integration = anIntegration(Provider.LINEAR, NOW);
    store.save(integration);
    EncryptedCredentials fresh = sealed("fresh");
    store.replaceCredentials(integration.id(), integration.credentials(), fresh, NOW);
    store.claimRefresh(integration.id(), fresh, claimBy("a", NOW.plusSeconds(30)), NOW);

    boolean changed =
        store.markStatus(
            integration.id(),
            ConnectionStatus.CONNECTED,
            ConnectionStatus.NEEDS_REAUTH,
            NOW.plusSeconds(5));

    assertThat(changed).isTrue();
    assertThat(store.get(integration.id()))
        .contains(
            integration
                .withCredentials(fresh, NOW)
                .withStatus(ConnectionStatus.NEEDS_REAUTH, NOW.plusSeconds(5)));
    assertThat(
            store.claimRefresh(
                integration.id(), fresh, claimBy("b", NOW.plusSeconds(30)), NOW.plusSeconds(6)))
        .as("the refresh claim is kept")
        .isFalse();
  }

  @Test
  void markStatus_whenTheStatusDiffersOrTheIntegrationIsMissing_writesNothing() {
    Integration integration =
        anIntegration(Provider.LINEAR, NOW).withStatus(ConnectionStatus.DISCONNECTED, NOW);
    store.save(integration);
    IntegrationId missing = IntegrationId.random();

    boolean changed =
        store.markStatus(
            integration.id(),
            ConnectionStatus.CONNECTED,
            ConnectionStatus.NEEDS_REAUTH,
            NOW.plusSeconds(5));
    boolean changedMissing =
        store.markStatus(
            missing, ConnectionStatus.CONNECTED, ConnectionStatus.NEEDS_REAUTH, NOW.plusSeconds(5));

    assertThat(changed).isFalse();
    assertThat(changedMissing).isFalse();
    assertThat(store.get(integration.id())).contains(integration);
    assertThat(store.get(missing)).isEmpty();
  }

  private static List<Boolean> race(List<Callable<Boolean>> racers, CountDownLatch start)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(racers.size());
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (Callable<Boolean> racer : racers) {
        futures.add(pool.submit(racer));
      }
      start.countDown();
      List<Boolean> results = new ArrayList<>();
      for (Future<Boolean> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
