package io.tasksync.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Google's Firestore emulator as a child process on a free loopback port. */
final class FirestoreEmulatorJar implements AutoCloseable {

  static final String PATH =
      "/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar";

  private final ChildJvm jvm;
  private final int port;

  private FirestoreEmulatorJar(ChildJvm jvm, int port) {
    this.jvm = jvm;
    this.port = port;
  }

  static FirestoreEmulatorJar start(Path jar, Path logs) {
    int port = ChildJvm.freePort();
    ChildJvm jvm =
        ChildJvm.start(
            List.of(
                "-Duser.language=en",
                "-cp",
                jar.toString(),
                "com.google.cloud.datastore.emulator.firestore.CloudFirestore",
                "start",
                "--host=127.0.0.1",
                "--port=" + port),
            Map.of(),
            logs.resolve("firestore-emulator.log"));
    FirestoreEmulatorJar emulator = new FirestoreEmulatorJar(jvm, port);
    await("the Firestore emulator").atMost(Duration.ofSeconds(60)).until(emulator::accepts);
    return emulator;
  }

  String hostAndPort() {
    return "127.0.0.1:" + port;
  }

  private boolean accepts() {
    if (!jvm.isAlive()) {
      throw new IllegalStateException("the Firestore emulator exited; see " + jvm.log);
    }
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    jvm.close();
  }
}
