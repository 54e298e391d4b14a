package io.tasksync.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Google's Firestore emulator in a process of its own with a heap of the harness's choosing, on a
 * free loopback port; its peak resident memory is read from /proc.
 */
final class EmulatorProcess implements AutoCloseable {

  static final String DEFAULT_JAR =
      "/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar";

  private final Process process;
  private final String host;

  private EmulatorProcess(Process process, String host) {
    this.process = process;
    this.host = host;
  }

  static EmulatorProcess start(String heap) throws IOException, InterruptedException {
    String jar = System.getProperty("firestore.emulator.jar", DEFAULT_JAR);
    if (!Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("the Firestore emulator jar is not at " + jar);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path log = Files.createTempFile("firestore-emulator-", ".log");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Duser.language=en",
                "-cp",
                jar,
                "com.google.cloud.datastore.emulator.firestore.CloudFirestore",
                "--host=127.0.0.1",
                "--port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    EmulatorProcess emulator = new EmulatorProcess(p, "127.0.0.1:" + port);
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ping = HttpRequest.newBuilder(URI.create("http://" + emulator.host + "/")).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("the emulator exited; see " + log);
      }
      try {
        if (http.send(ping, HttpResponse.BodyHandlers.ofString()).body().trim().equals("Ok")) {
          return emulator;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    emulator.close();
    throw new IllegalStateException("the emulator did not answer within 90 s; see " + log);
  }

  String host() {
    return host;
  }

  String pid() {
    return Long.toString(process.pid());
  }

  /** Peak resident memory of the emulator process so far, in MiB, or "n/a". */
  String peakRssMiB() {
    return MemoryBenchmark.emulatorPeakRss(pid());
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }
}
