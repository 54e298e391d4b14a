package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.application.CredentialService;
import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.domain.EncryptedCredentials;
import io.tasksync.domain.Integration;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.port.out.TokenCipher;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application's CredentialService with Linear's rotating refresh tokens: refreshes of one
 * integration are serialized and the rotated tokens are saved before they are handed out.
 */
class LinearCredentialRotationTest {

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
  private final InMemoryIntegrationStore store = new InMemoryIntegrationStore();
  private final HandleCipher cipher = new HandleCipher();
  private CredentialService credentials;
  private LinearStandIn.Tokens issued;
  private Integration integration;

  @BeforeEach
  void connectAnExpiredGrant() {
    standIn = LinearStandIn.start(LinearStandInConfig.defaults().withWorkspace(9, 10));
    LinearAdapters adapters = LinearTestSupport.adapters(LinearTestSupport.configFor(standIn));
    credentials =
        new CredentialService(
            store,
            cipher,
            List.of(adapters.oauthClient()),
            Clock.systemUTC(),
            Duration.ofMinutes(5));
    issued = standIn.issueToken();
    OAuthTokens expired =
        new OAuthTokens(
            issued.accessToken(), issued.refreshToken(), Instant.now().minusSeconds(1), "read");
    integration = LinearTestSupport.integration();
    store.save(integration.withCredentials(cipher.seal(expired, integration.id()), Instant.now()));
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  private OAuthTokens stored() {
    return cipher.open(store.get(integration.id()).orElseThrow().credentials(), integration.id());
  }

  @Test
  void concurrentCallers_refreshOnce_andGetTheSavedRotatedToken() throws Exception {
    TokenSource tokens = credentials.forIntegration(integration.id());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<String>> calls;
    try {
      calls =
          pool.invokeAll(
              List.of(
                  tokens::accessToken,
                  tokens::accessToken,
                  tokens::accessToken,
                  tokens::accessToken));
    } finally {
      pool.shutdown();
    }

    Set<String> handedOut = new java.util.HashSet<>();
    for (Future<String> call : calls) {
      handedOut.add(call.get());
    }
    assertThat(handedOut).singleElement().isEqualTo(stored().accessToken());
    assertThat(stored().refreshToken()).isNotEqualTo(issued.refreshToken());
    assertThat(standIn.refreshTokenWasUsed(issued.refreshToken())).isTrue();
  }

  @Test
  void rejectedToken_isRefreshedWithTheSavedRefreshToken_andTheChainStaysValid() {
    TokenSource tokens = credentials.forIntegration(integration.id());
    String first = tokens.accessToken();

    String second = tokens.refreshAfterRejection(first);

    assertThat(second).isNotEqualTo(first).isEqualTo(stored().accessToken());
    assertThat(standIn.refreshTokenWasUsed(stored().refreshToken())).isFalse();
  }
}
