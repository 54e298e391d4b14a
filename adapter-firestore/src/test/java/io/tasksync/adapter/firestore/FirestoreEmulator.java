package io.tasksync.adapter.firestore;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Google's Firestore emulator for tests and benchmarks: {@link #shared()} starts one per JVM on a
 * free loopback port (or uses {@code FIRESTORE_EMULATOR_HOST}), {@link #startDedicated()} one that
 * a test may stop. Processes are stopped at JVM exit. Tests isolate themselves by project id.
 */
public final class FirestoreEmulator implements AutoCloseable {

  /** System property naming the emulator jar (set by the build). */
  public static final String JAR_PROPERTY = "firestore.emulator.jar";

  public static final String HOST_VARIABLE = "FIRESTORE_EMULATOR_HOST";

  static final String DEFAULT_JAR =
      "/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar";

  private static final String MAIN = "com.google.cloud.datastore.emulator.firestore.CloudFirestore";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static FirestoreEmulator shared;

  private final String host;
  private final Process process;
  private final Path log;

  private FirestoreEmulator(String host, Process process, Path log) {
    this.host = host;
    this.process = process;
    this.log = log;
  }

  /** Why no emulator can run here, or empty when one can. */
  public static Optional<String> unavailableReason() {
    if (externalHost() != null) {
      return Optional.empty();
    }
    Path jar = jar();
    return Files.isRegularFile(jar)
        ? Optional.empty()
        : Optional.of(
            "the Firestore emulator jar is not at "
                + jar
                + " (install google-cloud-cli-firestore-emulator, set -D"
                + JAR_PROPERTY
                + "=<jar> or "
                + HOST_VARIABLE
                + "=host:port)");
  }

  /** Whether {@link #startDedicated()} can run here (the jar is present). */
  public static boolean canStartDedicated() {
    return Files.isRegularFile(jar());
  }

  /**
   * The JVM's emulator, started on first use.
   *
   * @throws IllegalStateException when it is unavailable or fails to start
   */
  public static synchronized FirestoreEmulator shared() {
    if (shared == null) {
      String external = externalHost();
      shared = external != null ? new FirestoreEmulator(external, null, null) : startDedicated();
    }
    return shared;
  }

  /**
   * A new emulator process of the caller's own, which it may {@link #stop()}.
   *
   * @throws IllegalStateException when the jar is absent or the emulator fails to start
   */
  public static FirestoreEmulator startDedicated() {
    Path jar = jar();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(unavailableReason().orElse("no emulator jar"));
    }
    try {
      int port = freePort();
      Path log = Files.createTempFile("firestore-emulator-", ".log");
      Process process =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Xmx512m",
                      "-Duser.language=en",
                      "-cp",
                      jar.toString(),
                      MAIN,
                      "--host=127.0.0.1",
                      "--port=" + port))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      FirestoreEmulator emulator = new FirestoreEmulator("127.0.0.1:" + port, process, log);
      Runtime.getRuntime().addShutdownHook(new Thread(emulator::stop, "firestore-emulator-stop"));
      emulator.awaitReady();
      return emulator;
    } catch (IOException e) {
      throw new IllegalStateException("could not start the Firestore emulator: " + e, e);
    }
  }

  /** {@code host:port} of the emulator. */
  public String host() {
    return host;
  }

  /**
   * The CPU time the emulator process has used so far, where the operating system reports it (empty
   * for an emulator this JVM did not start).
   */
  public Optional<Duration> cpuTime() {
    return process == null ? Optional.empty() : process.toHandle().info().totalCpuDuration();
  }

  /** A fresh project id: each gets its own empty database in the emulator. */
  public static String newProjectId() {
    return "test-" + UUID.randomUUID().toString().substring(0, 18);
  }

  /** A configuration for this emulator and a fresh project, with a short request timeout. */
  public FirestoreConfig newProjectConfig() {
    return FirestoreConfig.emulator(newProjectId(), host)
        .withRequestTimeout(Duration.ofSeconds(10));
  }

  /** Stops the process (a no-op for an emulator this JVM did not start). */
  public void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    HttpRequest ping =
        HttpRequest.newBuilder(URI.create("http://" + host + "/"))
            .timeout(Duration.ofSeconds(2))
            .build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the Firestore emulator exited with " + process.exitValue() + ": " + logTail());
      }
      try {
        HttpResponse<String> answer = HTTP.send(ping, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && answer.body().trim().equals("Ok")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop();
        throw new IllegalStateException("interrupted while starting the Firestore emulator", e);
      }
      sleep(200);
    }
    stop();
    throw new IllegalStateException(
        "the Firestore emulator did not answer within " + START_TIMEOUT + ": " + logTail());
  }

  private String logTail() {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String externalHost() {
    String host = System.getenv(HOST_VARIABLE);
    return host == null || host.isBlank() ? null : host.trim();
  }

  private static Path jar() {
    String configured = System.getProperty(JAR_PROPERTY);
    return Path.of(
        configured == null || configured.isBlank() || configured.startsWith("${")
            ? DEFAULT_JAR
            : configured);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
