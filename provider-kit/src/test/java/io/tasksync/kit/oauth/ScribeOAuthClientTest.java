package io.tasksync.kit.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import io.tasksync.kit.http.HttpLimits;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one mapping of token-endpoint answers, over real HTTP to a local token endpoint. */
class ScribeOAuthClientTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private final WireMockServer server =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private ScribeOAuthClient client;

  @BeforeEach
  void start() {
    server.start();
    client = new AcmeClient(server.baseUrl());
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void refresh_keepsTheRefreshTokenWhenTheAnswerHasNone() {
    answer(200, "{\"access_token\":\"a2\",\"token_type\":\"bearer\",\"expires_in\":3600}");

    OAuthTokens tokens = client.refresh(new OAuthTokens("a1", "r1", null, null));

    assertThat(tokens.accessToken()).isEqualTo("a2");
    assertThat(tokens.refreshToken()).isEqualTo("r1");
    assertThat(tokens.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
  }

  @Test
  void refresh_takesARotatedRefreshToken() {
    answer(200, "{\"access_token\":\"a2\",\"token_type\":\"bearer\",\"refresh_token\":\"r2\"}");

    OAuthTokens tokens = client.refresh(new OAuthTokens("a1", "r1", null, null));

    assertThat(tokens.refreshToken()).isEqualTo("r2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"invalid_grant", "access_denied", "invalid_client", "unauthorized_client"})
  void grantOrClientRefused_isRevoked(String error) {
    answer(400, "{\"error\":\"" + error + "\"}");

    assertThatThrownBy(() -> client.refresh(new OAuthTokens("a1", "r1", null, null)))
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthorizationException.Reason.REVOKED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"server_error", "temporarily_unavailable"})
  void providerTroubleAsAnOAuthError_isProviderUnavailable(String error) {
    answer(400, "{\"error\":\"" + error + "\"}");

    assertThatThrownBy(() -> client.refresh(new OAuthTokens("a1", "r1", null, null)))
        .isInstanceOf(ProviderUnavailableException.class);
  }

  @Test
  void serverErrorStatus_isProviderUnavailableNamingTheStatus() {
    answer(502, "<html>bad gateway</html>");

    assertThatThrownBy(() -> client.refresh(new OAuthTokens("a1", "r1", null, null)))
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("HTTP 502");
  }

  @ParameterizedTest
  @ValueSource(strings = {"invalid_request", "invalid_scope", "made_up_error"})
  void anyOtherOAuthError_isAnUnexpectedPayloadThatKeepsTheGrant(String error) {
    answer(400, "{\"error\":\"" + error + "\"}");

    assertThatThrownBy(() -> client.refresh(new OAuthTokens("a1", "r1", null, null)))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("Acme refused to refresh the access token");
  }

  @Test
  void unreadableAnswer_isAnUnexpectedPayload() {
    answer(200, "not json");

    assertThatThrownBy(() -> client.exchange("code", "verifier"))
        .isInstanceOf(UnexpectedPayloadException.class);
  }

  @Test
  void unreachableEndpoint_isProviderUnavailable() {
    server.stop();

    assertThatThrownBy(() -> client.exchange("code", "verifier"))
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("could not be reached");
  }

  @Test
  void interruptedCall_keepsTheFlagAndIsProviderUnavailable() {
    OAuthFailures failures = new OAuthFailures("Acme");

    try {
      assertThatThrownBy(
              () ->
                  failures.call(
                      () -> {
                        throw new InterruptedException();
                      },
                      "refresh the access token"))
          .isInstanceOf(ProviderUnavailableException.class)
          .hasMessageStartingWith("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void authorizationUrl_carriesStateAndPkce() {
    URI url = client.authorizationUrl("s1", "challenge");

    assertThat(url.getQuery())
        .contains("state=s1")
        .contains("code_challenge=challenge")
        .contains("code_challenge_method=S256");
  }

  private void answer(int status, String body) {
    server.stubFor(
        post("/token")
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  private static final class AcmeClient extends ScribeOAuthClient {
    AcmeClient(String base) {
      super(
          Provider.ASANA,
          "Acme",
          new OAuthApp("client", "secret", URI.create("http://127.0.0.1/cb")),
          HttpLimits.defaults().withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30)),
          "read",
          new AcmeApi(base),
          Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Override
    public boolean supportsRevoke() {
      return false;
    }

    @Override
    public void revoke(OAuthTokens tokens) {}
  }

  private static final class AcmeApi extends DefaultApi20 {
    private final String base;

    AcmeApi(String base) {
      this.base = base;
    }

    @Override
    public String getAccessTokenEndpoint() {
      return base + "/token";
    }

    @Override
    protected String getAuthorizationBaseUrl() {
      return base + "/authorize";
    }

    @Override
    public com.github.scribejava.core.extractors.TokenExtractor<
            com.github.scribejava.core.model.OAuth2AccessToken>
        getAccessTokenExtractor() {
      return StatusAwareTokenExtractor.INSTANCE;
    }
  }
}
