package io.tasksync.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tasksync app (its shaded jar) in a child process on a free loopback port, configured through
 * its environment variables like a deployment, and connected to providers through its real OAuth
 * routes and the stand-ins' consent forms.
 */
final class AppProcess implements AutoCloseable {

  static final String API_KEY = "bench-key-0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
  private static final Pattern ACTION =
      Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");

  private final Process process;
  private final URI base;

  /** Keeps the app's cookies, like a browser: the OAuth callback must carry the binding cookie. */
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .build();

  private AppProcess(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Starts the app with {@code env} added to the base configuration and waits for /health. */
  static AppProcess start(Path jar, int port, Map<String, String> env, Path log)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> e = builder.environment();
    e.put("TASKSYNC_DEMO", "false");
    e.put("TASKSYNC_PORT", Integer.toString(port));
    e.put("TASKSYNC_PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
    e.put("TASKSYNC_API_KEYS", "bench:" + API_KEY);
    e.put("TASKSYNC_TINK_KEYSET", keyset());
    e.putAll(env);
    AppProcess app = new AppProcess(builder.start(), URI.create("http://127.0.0.1:" + port));
    Runtime.getRuntime().addShutdownHook(new Thread(app::close));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!app.process.isAlive()) {
        throw new IllegalStateException("the app exited; see " + log);
      }
      try {
        if (app.get("/health").statusCode() == 200) {
          return app;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    app.close();
    throw new IllegalStateException("the app did not answer /health within 120 s; see " + log);
  }

  URI base() {
    return base;
  }

  /**
   * Connects a provider as a user would: the app's authorize route, the stand-in's consent form
   * approved, the app's callback.
   */
  void connect(String provider) throws IOException, InterruptedException {
    HttpResponse<String> authorize = get("/oauth/" + provider + "/authorize");
    URI consent = URI.create(location(authorize));
    HttpResponse<String> page =
        http.send(HttpRequest.newBuilder(consent).build(), HttpResponse.BodyHandlers.ofString());
    String html = page.body();
    Matcher action = ACTION.matcher(html);
    if (!action.find()) {
      throw new IllegalStateException("no consent form at " + consent + ": " + html);
    }
    int formEnd = html.indexOf("</form>", action.end());
    Map<String, String> fields = new HashMap<>();
    Matcher hidden = HIDDEN.matcher(html.substring(action.end(), formEnd));
    while (hidden.find()) {
      fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
    }
    fields.putIfAbsent("decision", "approve");
    StringBuilder form = new StringBuilder();
    fields.forEach(
        (k, v) ->
            form.append(form.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpResponse<String> decided =
        http.send(
            HttpRequest.newBuilder(consent.resolve(action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    URI callback = URI.create(location(decided));
    String back =
        location(
            http.send(
                HttpRequest.newBuilder(callback).build(), HttpResponse.BodyHandlers.ofString()));
    if (!back.contains("connected=" + provider)) {
      throw new IllegalStateException("connecting " + provider + " failed: " + back);
    }
  }

  /** The integrations as the API lists them. */
  JsonNode integrations() throws IOException, InterruptedException {
    JsonNode body = JSON.readTree(get("/api/integrations").body());
    return body.isArray() ? body : body.path("integrations");
  }

  /** The sum of the app's {@code tasksync_syncs_total} counters. */
  double syncsTotal() throws IOException, InterruptedException {
    double total = 0;
    for (String line : get("/metrics").body().split("\n")) {
      if (line.startsWith("tasksync_syncs_total{")) {
        total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return total;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + API_KEY)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String location(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Location")
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "expected a redirect from "
                        + response.uri()
                        + ", got "
                        + response.statusCode()
                        + ": "
                        + response.body()));
  }

  private static String keyset() {
    try {
      AeadConfig.register();
      return TinkJsonProtoKeysetFormat.serializeKeyset(
          KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
          InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not generate a keyset", e);
    }
  }

  static Path jar(String given) {
    Path jar = Path.of(given);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "the app jar is not at "
              + jar
              + "; build it: mvn -q -pl benchmarks,app-javalin -am"
              + " -DskipTests package");
    }
    return jar;
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }
}
