package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.Integration;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.TokenCipher;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuthFlowTest {

  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start(URI.create("http://127.0.0.1:9/consent"), 25);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void authorize_redirectsToConsentWithSignedStateAndPkceChallenge() {
    HttpResponse<String> response =
        app.send(
            app.request("/oauth/asana/authorize")
                .header("Authorization", "Bearer " + TestApp.KEY_A)
                .build());

    assertThat(response.statusCode()).isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("http://127.0.0.1:9/consent?provider=asana&state=");
    assertThat(app.fake.lastChallenge).matches("[A-Za-z0-9_-]{43}");
  }

  @Test
  void callbackWithValidState_storesIntegrationWithSealedTokensAndRedirectsConnected() {
    String state = Connecting.authorize(app, TestApp.KEY_A);

    HttpResponse<String> response = Connecting.callback(app, "code=good&state=" + state);

    assertThat(response.headers().firstValue("Location")).contains("/?connected=asana");
    Integration stored = app.get(IntegrationStore.class).findByOrganization(TestApp.ORG_A).get(0);
    assertThat(stored.status()).isEqualTo(ConnectionStatus.CONNECTED);
    assertThat(stored.workspaces()).extracting(w -> w.externalId()).containsExactly("ws-1");
    assertThat(stored.credentials().ciphertext()).doesNotContain(FakeProvider.ACCESS_TOKEN);
    assertThat(app.get(TokenCipher.class).open(stored.credentials(), stored.id()).accessToken())
        .isEqualTo(FakeProvider.ACCESS_TOKEN);
  }

  @Test
  void tamperedState_isRefusedAndStoresNothing() {
    String state = Connecting.authorize(app, TestApp.KEY_A);
    String tampered =
        state.substring(0, 10) + (state.charAt(10) == 'A' ? 'B' : 'A') + state.substring(11);

    HttpResponse<String> response = Connecting.callback(app, "code=good&state=" + tampered);

    assertThat(response.headers().firstValue("Location"))
        .contains("/?error=invalid_state&provider=asana");
    assertThat(app.get(IntegrationStore.class).findByOrganization(TestApp.ORG_A)).isEmpty();
  }

  @Test
  void replayedState_isRefusedTheSecondTime() {
    String state = Connecting.authorize(app, TestApp.KEY_A);
    Connecting.callback(app, "code=good&state=" + state);

    HttpResponse<String> replay = Connecting.callback(app, "code=good&state=" + state);

    assertThat(replay.headers().firstValue("Location"))
        .contains("/?error=invalid_state&provider=asana");
    assertThat(app.get(IntegrationStore.class).findByOrganization(TestApp.ORG_A)).hasSize(1);
  }

  @Test
  void deniedConsent_landsOnPageWithAccessDeniedAndStoresNothing() {
    String state = Connecting.authorize(app, TestApp.KEY_A);

    HttpResponse<String> response = Connecting.callback(app, "error=access_denied&state=" + state);

    assertThat(response.headers().firstValue("Location"))
        .contains("/?error=access_denied&provider=asana");
    assertThat(app.get(IntegrationStore.class).findByOrganization(TestApp.ORG_A)).isEmpty();
  }

  @Test
  void failedExchange_landsOnPageWithExchangeFailedAndStoresNothing() {
    String state = Connecting.authorize(app, TestApp.KEY_A);

    HttpResponse<String> response = Connecting.callback(app, "code=stolen&state=" + state);

    assertThat(response.headers().firstValue("Location"))
        .contains("/?error=exchange_failed&provider=asana");
    assertThat(app.get(IntegrationStore.class).findByOrganization(TestApp.ORG_A)).isEmpty();
  }

  @Test
  void providerDownDuringExchange_reportsProviderUnavailable() {
    String state = Connecting.authorize(app, TestApp.KEY_A);

    HttpResponse<String> response = Connecting.callback(app, "code=unavailable&state=" + state);

    assertThat(response.headers().firstValue("Location"))
        .contains("/?error=provider_unavailable&provider=asana");
  }

  @Test
  void stateIssuedForAnotherProvider_isRefused() {
    String state = Connecting.authorize(app, TestApp.KEY_A);

    HttpResponse<String> response =
        app.send(app.request("/oauth/linear/callback?code=good&state=" + state).GET().build());

    assertThat(response.headers().firstValue("Location"))
        .contains("/?error=invalid_state&provider=linear");
    assertThat(app.get(IntegrationStore.class).findByOrganization(TestApp.ORG_A)).isEmpty();
  }

  @Test
  void unknownProvider_landsOnPageWithError() {
    HttpResponse<String> authorize =
        app.send(
            app.request("/oauth/trello/authorize")
                .header("Authorization", "Bearer " + TestApp.KEY_A)
                .build());
    HttpResponse<String> callback =
        app.send(app.request("/oauth/trello/callback?code=x&state=y").build());

    assertThat(authorize.headers().firstValue("Location")).contains("/?error=unknown_provider");
    assertThat(callback.headers().firstValue("Location")).contains("/?error=unknown_provider");
  }

  @Test
  void authorizeWithoutSignIn_asksToSignIn() {
    HttpResponse<String> response = app.send(app.request("/oauth/asana/authorize").build());

    assertThat(response.headers().firstValue("Location")).contains("/?error=sign_in_required");
  }

  @Test
  void providerWithoutAdapter_isNotConfigured() {
    HttpResponse<String> response =
        app.send(
            app.request("/oauth/clickup/authorize")
                .header("Authorization", "Bearer " + TestApp.KEY_A)
                .build());

    assertThat(response.headers().firstValue("Location"))
        .contains("/?error=provider_not_configured");
  }

  @Test
  void reconnectAfterDisconnect_reusesTheIntegrationAndSyncsAgain() {
    io.tasksync.domain.IntegrationId first = Connecting.connect(app, TestApp.KEY_A);
    org.awaitility.Awaitility.await()
        .until(() -> !app.get(io.tasksync.application.sync.SyncWorkers.class).isQueued(first));
    app.post("/api/integrations/" + first + "/disconnect", TestApp.KEY_A, "{}");

    io.tasksync.domain.IntegrationId again = Connecting.connect(app, TestApp.KEY_A);

    assertThat(again).isEqualTo(first);
    assertThat(app.get(IntegrationStore.class).get(again).orElseThrow().status())
        .isEqualTo(ConnectionStatus.CONNECTED);
    org.awaitility.Awaitility.await()
        .until(
            () ->
                app.get(io.tasksync.port.out.SyncStateStore.class).get(again).orElseThrow().status()
                    == io.tasksync.domain.SyncStatus.SUCCEEDED);
  }
}
