package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.CredentialService;
import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.TokenCipher;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two instances of the application (two CredentialServices, no shared memory) over one integration
 * store, both finding Linear's access token expired at the same moment: Linear's refresh token
 * rotates on every use, so only one of them may spend it.
 */
class LinearRefreshRaceTest {

  /** Keeps tokens in memory under a random handle; stands in for the AEAD cipher. */
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

  private LinearStandIn standIn;
  private final InMemoryIntegrationStore shared = new InMemoryIntegrationStore();
  private final HandleCipher cipher = new HandleCipher();
  private LinearAdapters adapters;
  private Integration integration;

  @BeforeEach
  void connectAnExpiredGrant() {
    standIn = LinearStandIn.start(LinearStandInConfig.defaults().withWorkspace(9, 10));
    adapters = LinearTestSupport.adapters(LinearTestSupport.configFor(standIn));
    LinearStandIn.Tokens issued = standIn.issueToken();
    OAuthTokens expired =
        new OAuthTokens(
            issued.accessToken(), issued.refreshToken(), Instant.now().minusSeconds(1), "read");
    integration = LinearTestSupport.integration();
    shared.save(integration.withCredentials(cipher.seal(expired, integration.id()), Instant.now()));
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  private CredentialService anInstance(IntegrationStore store) {
    return new CredentialService(
        store, cipher, List.of(adapters.oauthClient()), Clock.systemUTC(), Duration.ofMinutes(5));
  }

  private OAuthTokens stored() {
    return cipher.open(shared.get(integration.id()).orElseThrow().credentials(), integration.id());
  }

  @ParameterizedTest(name = "a reused refresh token revokes the grant: {0}")
  @ValueSource(booleans = {false, true})
  void twoInstancesRefreshingAtOnce_bothKeepWorking_andTheGrantSurvives(boolean revokeOnReuse)
      throws Exception {
    standIn.revokeGrantOnRefreshTokenReuse(revokeOnReuse);
    RendezvousStore bothReadFirst = new RendezvousStore(shared, 2);
    CredentialService first = anInstance(bothReadFirst);
    CredentialService second = anInstance(bothReadFirst);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> handedOut = new ArrayList<>();
    try {
      List<Callable<String>> calls =
          List.of(
              () -> first.forIntegration(integration.id()).accessToken(),
              () -> second.forIntegration(integration.id()).accessToken());
      for (Future<String> call : pool.invokeAll(calls)) {
        handedOut.add(call.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(bothReadFirst.released()).isTrue();
    assertThat(handedOut).allSatisfy(token -> assertThat(standIn.accepts(token)).isTrue());
    OAuthTokens saved = stored();
    assertThat(standIn.refreshTokenWasUsed(saved.refreshToken())).isFalse();
    String afterRejection =
        anInstance(shared)
            .forIntegration(integration.id())
            .refreshAfterRejection(saved.accessToken());
    assertThat(standIn.accepts(afterRejection)).isTrue();
  }
}
