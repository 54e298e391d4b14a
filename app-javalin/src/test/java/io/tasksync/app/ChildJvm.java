package io.tasksync.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A JVM child process on this test's classpath (or a given jar), its output in a log file. */
final class ChildJvm implements AutoCloseable {

  private final Process process;
  final Path log;

  private ChildJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code java <args>} with the {@code TASKSYNC_*} and {@code FIRESTORE_*} variables of
   * this process removed and {@code env} added.
   */
  static ChildJvm start(List<String> args, Map<String, String> env, Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("TASKSYNC_") || k.startsWith("FIRESTORE_"));
    builder.environment().putAll(env);
    try {
      Files.createDirectories(log.getParent());
      Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
      return new ChildJvm(process, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The classpath of this test JVM (surefire's, so the app's classes and dependencies). */
  static String testClasspath() {
    return System.getProperty("java.class.path");
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hook runs, nothing is released or flushed. */
  void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("process " + process.pid() + " survived SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      kill();
    }
  }
}
