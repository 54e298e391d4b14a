package io.tasksync.app.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Google's Firestore emulator as a child process on a free loopback port, stopped on close. */
final class FirestoreEmulator implements AutoCloseable {

  static final Path DEFAULT_JAR =
      Path.of(
          "/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar");

  private static final Logger log = LoggerFactory.getLogger(FirestoreEmulator.class);

  private final Process process;
  private final int port;

  private FirestoreEmulator(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** The emulator jar, when installed ({@code TASKSYNC_FIRESTORE_EMULATOR_JAR} or gcloud's). */
  static Optional<Path> installedJar(String override) {
    Path jar = override == null || override.isBlank() ? DEFAULT_JAR : Path.of(override);
    return Files.isReadable(jar) ? Optional.of(jar) : Optional.empty();
  }

  /**
   * Starts the emulator and waits until it accepts connections.
   *
   * @throws IllegalStateException when it does not come up within {@code timeout}
   */
  static FirestoreEmulator start(Path jar, Duration timeout) throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path logFile = Files.createTempFile("firestore-emulator", ".log");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Duser.language=en",
                    "-cp",
                    jar.toString(),
                    "com.google.cloud.datastore.emulator.firestore.CloudFirestore",
                    "start",
                    "--host=127.0.0.1",
                    "--port=" + port))
            .redirectErrorStream(true)
            .redirectOutput(logFile.toFile())
            .start();
    FirestoreEmulator emulator = new FirestoreEmulator(process, port);
    Instant deadline = Instant.now().plus(timeout);
    while (!emulator.accepts()) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        emulator.close();
        throw new IllegalStateException(
            "the Firestore emulator did not start; its output is in " + logFile);
      }
      pause();
    }
    log.info("Firestore emulator listening on 127.0.0.1:{} (log: {})", port, logFile);
    return emulator;
  }

  String hostAndPort() {
    return "127.0.0.1:" + port;
  }

  private boolean accepts() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the Firestore emulator", e);
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "Firestore emulator on " + hostAndPort();
  }
}
