package io.tasksync.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The app's {@code Main} as a real child process, configured by environment variables only. */
final class ChildApp implements AutoCloseable {

  private final ChildJvm jvm;
  final URI base;
  final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private ChildApp(ChildJvm jvm, URI base) {
    this.jvm = jvm;
    this.base = base;
  }

  /**
   * Starts {@code Main} on a free port with {@code env} (port added, and the public base URL unless
   * {@code env} names one, as instances behind one load balancer do).
   */
  static ChildApp start(Map<String, String> env, Path log) {
    int port = ChildJvm.freePort();
    URI base = URI.create("http://127.0.0.1:" + port);
    Map<String, String> all = new HashMap<>(env);
    all.put("TASKSYNC_PORT", String.valueOf(port));
    all.putIfAbsent("TASKSYNC_PUBLIC_BASE_URL", base.toString());
    ChildJvm jvm =
        ChildJvm.start(
            List.of(
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                ChildJvm.testClasspath(),
                Main.class.getName()),
            all,
            log);
    return new ChildApp(jvm, base);
  }

  /** Whether it answers {@code /health}; false while starting (or when it died). */
  boolean isUp() {
    if (!jvm.isAlive()) {
      throw new IllegalStateException("the app exited; its output is in " + jvm.log);
    }
    try {
      return get("/health", null).statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  HttpResponse<String> get(String path, String key) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  HttpResponse<String> post(String path, String key, String body) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** The sum of a Prometheus counter over its tags, 0 when it was never incremented. */
  double counter(String name) throws IOException {
    return get("/metrics", null)
        .body()
        .lines()
        .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  void kill() {
    jvm.kill();
  }

  Path log() {
    return jvm.log;
  }

  @Override
  public void close() {
    jvm.close();
  }
}
