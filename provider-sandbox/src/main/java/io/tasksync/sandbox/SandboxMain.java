package io.tasksync.sandbox;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the provider stand-ins on their own: {@code SandboxMain [basePort]} starts each stand-in on
 * consecutive ports from {@code basePort} (default 7400) and runs until stopped.
 */
public final class SandboxMain {

  private static final Logger log = LoggerFactory.getLogger(SandboxMain.class);

  private SandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    int basePort = args.length > 0 ? Integer.parseInt(args[0]) : 7400;
    List<StandIn> running = new ArrayList<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> running.forEach(StandIn::close)));
    running.add(
        io.tasksync.sandbox.asana.AsanaStandIn.start(
            io.tasksync.sandbox.asana.AsanaStandInConfig.defaults().withPort(basePort)));
    running.add(
        io.tasksync.sandbox.clickup.ClickUpStandIn.start(
            io.tasksync.sandbox.clickup.ClickUpStandInConfig.defaults().withPort(basePort + 1)));
    running.add(
        io.tasksync.sandbox.linear.LinearStandIn.start(
            io.tasksync.sandbox.linear.LinearStandInConfig.defaults().withPort(basePort + 2)));
    running.forEach(s -> log.info("{} stand-in listening on {}", s.providerId(), s.baseUrl()));
    if (running.isEmpty()) {
      log.warn("no stand-in is available yet (base port {})", basePort);
      return;
    }
    Thread.currentThread().join();
  }
}
