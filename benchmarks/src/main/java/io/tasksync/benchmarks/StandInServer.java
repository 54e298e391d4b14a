package io.tasksync.benchmarks;

import io.tasksync.sandbox.StandIn;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.asana.AsanaStandInConfig;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs one provider stand-in in a process of its own, so that a harness's heap holds only the
 * import pipeline: {@code asana|linear tasks readyFile}. Its rate limits are lifted (a memory run
 * measures heap, not pacing). When listening, it writes {@code baseUrl apiBaseUrl accessToken} to
 * {@code readyFile}; it stops when its standard input closes.
 */
public final class StandInServer {

  private StandInServer() {}

  public static void main(String[] args) throws IOException {
    String provider = args[0];
    int tasks = Integer.parseInt(args[1]);
    Path ready = Path.of(args[2]);
    String line;
    StandIn standIn;
    if ("asana".equals(provider)) {
      AsanaStandIn asana =
          AsanaStandIn.start(
              AsanaStandInConfig.defaults()
                  .withTaskCount(tasks)
                  .withRequestsPerMinute(10_000_000)
                  .withConcurrentRequests(1_000));
      line = asana.baseUrl() + " " + asana.apiBaseUrl() + " " + asana.issueGrant().accessToken();
      standIn = asana;
    } else {
      LinearStandIn linear =
          LinearStandIn.start(
              LinearStandInConfig.defaults()
                  .withWorkspace(42, tasks)
                  .withLimits(1_000_000_000L, 1_000_000_000_000L, Duration.ofHours(1)));
      line = linear.baseUrl() + " " + linear.baseUrl() + " " + linear.issueToken().accessToken();
      standIn = linear;
    }
    Path partial = Path.of(ready + ".part");
    Files.writeString(partial, line, StandardCharsets.UTF_8);
    Files.move(partial, ready);
    while (System.in.read() >= 0) {
      // runs until the harness closes our standard input (or exits)
    }
    standIn.close();
  }
}
