package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.ConnectionStatus;
import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.IntegrationStore;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A consent started in one browser can only be completed in that browser. */
class OAuthBindingTest {

  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start(URI.create("http://127.0.0.1:9/consent"), 5);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void authorize_setsAnHttpOnlyLaxBindingCookieForTheCallbackPath() {
    Connecting.authorize(app, TestApp.KEY_B);

    assertThat(app.oauthCookie).startsWith("tasksync_oauth=");
    assertThat(app.oauthSetCookie)
        .contains("HttpOnly")
        .contains("SameSite=Lax")
        .contains("Path=/oauth/");
  }

  @Test
  void stateOfOrgBCompletedInOrgASignedInBrowser_isRefusedAndStoresNothing() {
    String stateOfB = Connecting.authorize(app, TestApp.KEY_B);
    String sessionOfA = signIn(TestApp.KEY_A);

    HttpResponse<String> response =
        Connecting.callbackWithCookie(app, "code=good&state=" + stateOfB, sessionOfA);

    assertThat(response.headers().firstValue("Location").orElseThrow())
        .contains("/?error=browser_mismatch&provider=asana");
    assertThat(app.get(IntegrationStore.class).findByOrganization(TestApp.ORG_B)).isEmpty();
    assertThat(app.get(IntegrationStore.class).findByOrganization(TestApp.ORG_A)).isEmpty();
    assertThat(app.fake.exchanges()).isZero();
  }

  @Test
  void stateCompletedWithNoCookieAtAll_isRefused() {
    String stateOfB = Connecting.authorize(app, TestApp.KEY_B);

    HttpResponse<String> response =
        Connecting.callbackWithCookie(app, "code=good&state=" + stateOfB, null);

    assertThat(response.headers().firstValue("Location").orElseThrow())
        .contains("/?error=browser_mismatch&provider=asana");
    assertThat(app.get(IntegrationStore.class).findByOrganization(TestApp.ORG_B)).isEmpty();
  }

  @Test
  void stateCompletedWithAnotherBrowsersBindingCookie_isRefused() {
    String stateOfB = Connecting.authorize(app, TestApp.KEY_B);
    String bindingOfB = app.oauthCookie;
    Connecting.authorize(app, TestApp.KEY_A);
    String bindingOfA = app.oauthCookie;

    HttpResponse<String> response =
        Connecting.callbackWithCookie(app, "code=good&state=" + stateOfB, bindingOfA);

    assertThat(bindingOfA).isNotEqualTo(bindingOfB);
    assertThat(response.headers().firstValue("Location").orElseThrow())
        .contains("error=browser_mismatch");
    assertThat(app.get(IntegrationStore.class).findByOrganization(TestApp.ORG_B)).isEmpty();
  }

  @Test
  void disconnectedIntegrationOfB_doesNotComeBackThroughAVictimsBrowser() {
    IntegrationId ofB = Connecting.connect(app, TestApp.KEY_B);
    app.post("/api/integrations/" + ofB + "/disconnect", TestApp.KEY_B, "{}");
    String stateOfB = Connecting.authorize(app, TestApp.KEY_B);

    HttpResponse<String> response =
        Connecting.callbackWithCookie(app, "code=good&state=" + stateOfB, signIn(TestApp.KEY_A));

    assertThat(response.headers().firstValue("Location").orElseThrow())
        .contains("error=browser_mismatch");
    assertThat(app.get(IntegrationStore.class).get(ofB).orElseThrow().status())
        .isEqualTo(ConnectionStatus.DISCONNECTED);
  }

  @Test
  void stateCompletedInTheBrowserThatStartedIt_connects() {
    String state = Connecting.authorize(app, TestApp.KEY_B);

    HttpResponse<String> response =
        Connecting.callbackWithCookie(app, "code=good&state=" + state, app.oauthCookie);

    assertThat(response.headers().firstValue("Location").orElseThrow())
        .contains("/?connected=asana");
    assertThat(app.get(IntegrationStore.class).findByOrganization(TestApp.ORG_B)).hasSize(1);
  }

  private String signIn(String key) {
    String setCookie =
        app.post("/session", null, "{\"apiKey\":\"" + key + "\"}")
            .headers()
            .firstValue("Set-Cookie")
            .orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }
}
