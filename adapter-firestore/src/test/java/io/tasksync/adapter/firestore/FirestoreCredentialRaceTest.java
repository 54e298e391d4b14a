package io.tasksync.adapter.firestore;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.CredentialService;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ForwardingIntegrationStore;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.TokenCipher;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances of the application, each with its own Firestore client on one database, find a
 * rotating refresh token's access token expired at once: one refresh reaches the provider, both end
 * up with working tokens, and the grant survives.
 */
@ExtendWith(FirestoreEmulatorExtension.class)
class FirestoreCredentialRaceTest {

  private static FirestoreStores first;
  private static FirestoreStores second;

  @BeforeAll
  static void open() {
    FirestoreConfig project = FirestoreEmulator.shared().newProjectConfig();
    first = FirestoreStores.create(project);
    second = FirestoreStores.create(project);
    ClientWarmUp.warmUp(first);
    ClientWarmUp.warmUp(second);
  }

  @AfterAll
  static void close() {
    first.close();
    second.close();
  }

  /** Tokens under a random handle in a map both instances share, as they share the real key. */
  private static final class HandleCipher implements TokenCipher {
    final Map<String, OAuthTokens> sealed = new ConcurrentHashMap<>();

    @Override
    public EncryptedCredentials seal(OAuthTokens tokens, IntegrationId integrationId) {
      String handle = UUID.randomUUID().toString();
      sealed.put(handle, tokens);
      return new EncryptedCredentials("test", handle);
    }

    @Override
    public OAuthTokens open(EncryptedCredentials credentials, IntegrationId integrationId) {
      return sealed.get(credentials.ciphertext());
    }
  }

  /**
   * A provider whose refresh token rotates on every use and whose reuse revokes the grant (refresh
   * token reuse detection), the strictest a rotating provider may be.
   */
  private static final class StrictRotation implements OAuthClient {
    final AtomicInteger refreshes = new AtomicInteger();
    private final Set<String> spent = new HashSet<>();
    private String liveRefresh = "r0";
    private String liveAccess = "a0";
    private boolean revoked;

    synchronized boolean accepts(String accessToken) {
      return !revoked && liveAccess.equals(accessToken);
    }

    @Override
    public synchronized OAuthTokens refresh(OAuthTokens current) {
      if (revoked || !liveRefresh.equals(current.refreshToken())) {
        revoked |= spent.contains(current.refreshToken());
        throw new AuthorizationException(AuthorizationException.Reason.REVOKED, "invalid_grant");
      }
      int n = refreshes.incrementAndGet();
      spent.add(liveRefresh);
      liveRefresh = "r" + n;
      liveAccess = "a" + n;
      return new OAuthTokens(liveAccess, liveRefresh, Instant.now().plusSeconds(3600), null);
    }

    @Override
    public Provider provider() {
      return Provider.LINEAR;
    }

    @Override
    public boolean supportsPkce() {
      return true;
    }

    @Override
    public URI authorizationUrl(String state, String codeChallenge) {
      return URI.create("http://127.0.0.1/authorize");
    }

    @Override
    public OAuthTokens exchange(String code, String codeVerifier) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean supportsRevoke() {
      return false;
    }

    @Override
    public void revoke(OAuthTokens tokens) {}
  }

  /** Makes the first read of each instance wait for the other's, so both read the old tokens. */
  private static final class BothReadFirst extends ForwardingIntegrationStore {
    private final CyclicBarrier barrier;
    private final AtomicInteger reads = new AtomicInteger();

    BothReadFirst(IntegrationStore delegate, CyclicBarrier barrier) {
      super(delegate);
      this.barrier = barrier;
    }

    @Override
    public Optional<Integration> get(IntegrationId id) {
      Optional<Integration> read = super.get(id);
      if (reads.incrementAndGet() == 1) {
        try {
          barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException("the other instance never read", e);
        }
      }
      return read;
    }
  }

  @Test
  void twoInstancesRefreshingAtOnce_bothGetWorkingTokens_andTheGrantSurvives() throws Exception {
    HandleCipher cipher = new HandleCipher();
    StrictRotation provider = new StrictRotation();
    IntegrationId id = IntegrationId.random();
    first
        .integrationStore()
        .save(
            Integration.connected(
                id,
                OrganizationId.of("org"),
                Provider.LINEAR,
                cipher.seal(new OAuthTokens("a0", "r0", Instant.now().minusSeconds(1), null), id),
                List.of(),
                Instant.now()));
    CyclicBarrier barrier = new CyclicBarrier(2);
    List<Callable<String>> instances = new ArrayList<>();
    for (FirestoreStores client : List.of(first, second)) {
      CredentialService credentials =
          new CredentialService(
              new BothReadFirst(client.integrationStore(), barrier),
              cipher,
              List.of(provider),
              Clock.systemUTC(),
              Duration.ofMinutes(5));
      instances.add(() -> credentials.forIntegration(id).accessToken());
    }

    List<String> handedOut = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (Future<String> instance : pool.invokeAll(instances)) {
        handedOut.add(instance.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(handedOut).allSatisfy(token -> assertThat(provider.accepts(token)).isTrue());
    assertThat(provider.refreshes).hasValue(1);
    OAuthTokens stored =
        cipher.open(first.integrationStore().get(id).orElseThrow().credentials(), id);
    assertThat(provider.refresh(stored).accessToken()).isEqualTo("a2");
  }
}
