package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated methods, paths, headers and bodies against every route: no answer is a 5xx, none
 * carries a stack trace or one of Jetty's HTML pages.
 */
class RouteFuzzTest {

  private static TestApp app;
  private static String integrationId;

  private static final List<String> ROUTES =
      List.of(
          "/",
          "/assets/{x}",
          "/health",
          "/ready",
          "/metrics",
          "/environment",
          "/session",
          "/oauth/{x}/authorize",
          "/oauth/{x}/callback",
          "/api/integrations",
          "/api/integrations/{id}/sync",
          "/api/integrations/{id}/disconnect",
          "/api/tasks",
          "/webhooks/{x}",
          "/webhooks/{x}/{id}");

  @BeforeContainer
  static void start() {
    app = TestApp.start(URI.create("http://127.0.0.1:9/consent"), 5);
    integrationId = Connecting.connect(app, TestApp.KEY_A).value();
  }

  @AfterContainer
  static void stop() {
    app.close();
  }

  @Property(tries = 400)
  void anyRequest_getsA4xxOr2xxOr3xxWithoutStackTraceOrHtmlError(
      @ForAll("methods") String method,
      @ForAll("paths") String path,
      @ForAll("headers") Map<String, String> headers,
      @ForAll("bodies") String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(app.uri(path))
            .timeout(java.time.Duration.ofSeconds(10))
            .method(
                method,
                body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);

    HttpResponse<String> response = app.send(request.build());

    assertThat(response.statusCode()).as("%s %s", method, path).isLessThan(500);
    assertThat(response.body())
        .as("%s %s", method, path)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("<h2>HTTP ERROR")
        .doesNotContain("Powered by Jetty");
    if (response.statusCode() >= 400 && !"HEAD".equals(method)) {
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .as("%s %s -> %d", method, path, response.statusCode())
          .startsWith("application/json");
    }
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
  }

  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            Arbitraries.of(
                "asana", "linear", "clickup", "sandbox", "app.js", "x", "..", "%00", "%2F", "%25"),
            Arbitraries.strings().ofMaxLength(40).map(RouteFuzzTest::encode));
    Arbitrary<String> id =
        Arbitraries.oneOf(
            Arbitraries.just(integrationId),
            Arbitraries.strings().ofMaxLength(300).map(RouteFuzzTest::encode));
    Arbitrary<String> query =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Combinators.combine(
                    Arbitraries.of(
                        "limit",
                        "cursor",
                        "status",
                        "updatedSince",
                        "includeDeleted",
                        "integration",
                        "state",
                        "code",
                        "error",
                        "kind"),
                    Arbitraries.strings().ofMaxLength(60).map(RouteFuzzTest::encode))
                .as((k, v) -> "?" + k + "=" + v));
    return Combinators.combine(Arbitraries.of(ROUTES), segment, id, query)
        .as((route, x, i, q) -> route.replace("{x}", x).replace("{id}", i) + q);
  }

  @Provide
  Arbitrary<Map<String, String>> headers() {
    Arbitrary<String> contentType =
        Arbitraries.of(
            "application/json",
            "text/plain",
            "application/json; charset=utf-8",
            "multipart/form-data",
            "application/x-www-form-urlencoded",
            "",
            "\u00e9/\u00e9");
    Arbitrary<String> auth =
        Arbitraries.oneOf(
            Arbitraries.of("Bearer " + TestApp.KEY_A, "Bearer ", "Basic abc", "Bearer x"),
            Arbitraries.strings().ascii().ofMaxLength(80).map(s -> s.replaceAll("[\\r\\n]", "")));
    Arbitrary<String> origin =
        Arbitraries.of("https://evil.example", "null", "http://127.0.0.1:1", "", "::");
    return Combinators.combine(
            contentType.optional(), auth.optional(), origin.optional(), auth.optional())
        .as(
            (ct, a, o, k) -> {
              Map<String, String> h = new java.util.HashMap<>();
              ct.filter(v -> !v.isEmpty()).ifPresent(v -> h.put("Content-Type", v));
              a.filter(RouteFuzzTest::headerSafe).ifPresent(v -> h.put("Authorization", v));
              o.filter(v -> !v.isEmpty()).ifPresent(v -> h.put("Origin", v));
              k.filter(RouteFuzzTest::headerSafe).ifPresent(v -> h.put("X-Api-Key", v));
              return h;
            });
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.of(
                "null", "true", "1e999", "-0", "\"INITIAL\"", "\"\"", "[]", "{}", "[null]"),
            Arbitraries.strings().ofMaxLength(30).map(s -> "\"" + s.replace("\"", "") + "\""),
            Arbitraries.integers().map(String::valueOf));
    Arbitrary<String> object =
        Combinators.combine(Arbitraries.of("apiKey", "kind", "deleteTasks", "x", ""), value, value)
            .as((k, v, w) -> "{\"" + k + "\":" + v + ",\"other\":" + w + "}");
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        value,
        object,
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.just("{\"apiKey\":\"" + TestApp.KEY_A + "\"}"),
        Arbitraries.just("{\"deleteTasks\":false}"));
  }

  private static boolean headerSafe(String value) {
    return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  private static String encode(String raw) {
    return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
