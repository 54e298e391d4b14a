package io.tasksync.app;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.IntegrationStore;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

/** Walks the connect flow over HTTP the way a browser does, without the consent page. */
final class Connecting {

  private Connecting() {}

  /** The state the app put into the consent URL after {@code /oauth/asana/authorize}. */
  static String authorize(TestApp app, String key) {
    HttpResponse<String> response =
        app.send(
            app.request("/oauth/asana/authorize").header("Authorization", "Bearer " + key).build());
    response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("tasksync_oauth="))
        .findFirst()
        .ifPresent(
            c -> {
              app.oauthSetCookie = c;
              app.oauthCookie = c.substring(0, c.indexOf(';'));
            });
    String location = response.headers().firstValue("Location").orElseThrow();
    return query(URI.create(location)).get("state");
  }

  /** The provider's redirect back, in the browser that started the consent. */
  static HttpResponse<String> callback(TestApp app, String query) {
    return callbackWithCookie(app, query, app.oauthCookie);
  }

  /** The provider's redirect back, in a browser sending {@code cookie} (or none when null). */
  static HttpResponse<String> callbackWithCookie(TestApp app, String query, String cookie) {
    var request = app.request("/oauth/asana/callback?" + query).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return app.send(request.build());
  }

  /** Connects the fake provider for the key's organization and returns the new integration. */
  static IntegrationId connect(TestApp app, String key) {
    String state = authorize(app, key);
    callback(app, "code=good&state=" + state);
    return app.get(IntegrationStore.class)
        .findByOrganization(key.equals(TestApp.KEY_A) ? TestApp.ORG_A : TestApp.ORG_B)
        .get(0)
        .id();
  }

  static Map<String, String> query(URI uri) {
    return java.util.Arrays.stream(uri.getRawQuery().split("&"))
        .map(p -> p.split("=", 2))
        .collect(
            Collectors.toMap(
                p -> p[0],
                p -> java.net.URLDecoder.decode(p[1], java.nio.charset.StandardCharsets.UTF_8)));
  }
}
