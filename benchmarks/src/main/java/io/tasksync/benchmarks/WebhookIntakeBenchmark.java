package io.tasksync.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasksync.sandbox.clickup.ClickUpStandIn;
import io.tasksync.sandbox.clickup.ClickUpStandInConfig;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook intake (BENCHMARKS.md, "Webhook intake"): the app's shaded jar runs in a child process on
 * loopback with its Firestore stores on an emulator and two providers (ClickUp and Linear
 * stand-ins, connected through the app's OAuth routes); a load generator sends validly signed
 * deliveries at a rising rate, each step bounded in time, and reports acknowledgement latency and
 * what became of every delivery.
 *
 * <p>Arguments: {@code [--app-jar app-javalin/target/tasksync-app.jar] [--rates 50,100,200,400,800]
 * [--step-seconds 30]}.
 */
public final class WebhookIntakeBenchmark {

  private static final Logger log = LoggerFactory.getLogger(WebhookIntakeBenchmark.class);
  private static final String LINEAR_SECRET = "bench-linear-webhook-secret";

  private WebhookIntakeBenchmark() {}

  public static void main(String[] args) throws Exception {
    String jar = "app-javalin/target/tasksync-app.jar";
    String rates = "50,100,200,400,800";
    int stepSeconds = 30;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--app-jar":
          jar = args[++i];
          break;
        case "--rates":
          rates = args[++i];
          break;
        case "--step-seconds":
          stepSeconds = Integer.parseInt(args[++i]);
          break;
        default:
          throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    int port = AppProcess.freePort();
    URI appUrl = URI.create("http://127.0.0.1:" + port);
    Path appLog = Files.createTempFile("tasksync-app-", ".log");
    List<WebhookLoadStep.Result> results = new ArrayList<>();
    double runsBefore;
    double runsAfter;
    String load = LoadAverage.now();
    try (EmulatorProcess emulator = EmulatorProcess.start("1g");
        ClickUpStandIn clickUp =
            ClickUpStandIn.start(ClickUpStandInConfig.defaults().withWorkspace(1, 200));
        LinearStandIn linear =
            LinearStandIn.start(
                LinearStandInConfig.defaults()
                    .withWorkspace(42, 200)
                    .withWebhook(appUrl.resolve("/webhooks/linear"), LINEAR_SECRET));
        AppProcess app =
            AppProcess.start(
                AppProcess.jar(jar),
                port,
                Map.ofEntries(
                    Map.entry("TASKSYNC_FIRESTORE_PROJECT", "webhook-bench"),
                    Map.entry("FIRESTORE_EMULATOR_HOST", emulator.host()),
                    Map.entry("TASKSYNC_CLICKUP_CLIENT_ID", "sandbox-client"),
                    Map.entry("TASKSYNC_CLICKUP_CLIENT_SECRET", "sandbox-secret"),
                    Map.entry("TASKSYNC_CLICKUP_AUTH_BASE_URL", clickUp.baseUrl().toString()),
                    Map.entry("TASKSYNC_CLICKUP_API_BASE_URL", clickUp.baseUrl().toString()),
                    Map.entry("TASKSYNC_LINEAR_CLIENT_ID", "sandbox-client"),
                    Map.entry("TASKSYNC_LINEAR_CLIENT_SECRET", "sandbox-secret"),
                    Map.entry("TASKSYNC_LINEAR_AUTH_BASE_URL", linear.baseUrl().toString()),
                    Map.entry("TASKSYNC_LINEAR_API_BASE_URL", linear.baseUrl().toString()),
                    Map.entry("TASKSYNC_LINEAR_WEBHOOK_SECRET", LINEAR_SECRET)),
                appLog)) {
      log.info("app at {} (log {}), emulator at {}", appUrl, appLog, emulator.host());
      app.connect("clickup");
      app.connect("linear");
      String clickUpId = awaitSynced(app, "clickup");
      awaitSynced(app, "linear");
      String clickUpSecret =
          clickUp
              .webhookSecret(0)
              .orElseThrow(
                  () -> new IllegalStateException("the app registered no ClickUp webhook"));
      SignedDeliveries deliveries =
          new SignedDeliveries(
              appUrl,
              clickUpId,
              clickUpSecret,
              IntStream.range(0, 200).mapToObj(i -> clickUp.generatedTaskId(0, i)).toList(),
              LINEAR_SECRET,
              linear.organizationId(),
              IntStream.range(0, 200).mapToObj(linear::issueId).toList());
      new WebhookLoadStep().run(deliveries, 20, Duration.ofSeconds(3));
      Thread.sleep(3_000);
      runsBefore = app.syncsTotal();
      for (String rate : rates.split(",")) {
        WebhookLoadStep.Result r =
            new WebhookLoadStep()
                .run(deliveries, Integer.parseInt(rate.trim()), Duration.ofSeconds(stepSeconds));
        log.info("{}", r);
        results.add(r);
        Thread.sleep(3_000);
      }
      Thread.sleep(5_000);
      runsAfter = app.syncsTotal();
    }
    print(results, runsAfter - runsBefore, stepSeconds, load + " to " + LoadAverage.now());
  }

  private static String awaitSynced(AppProcess app, String provider) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonNode i : app.integrations()) {
        if (provider.equals(i.path("provider").asText())
            && "SUCCEEDED".equals(i.path("sync").path("status").asText())) {
          return i.path("id").asText();
        }
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the " + provider + " import did not succeed within 3 min");
  }

  private static void print(
      List<WebhookLoadStep.Result> results, double runs, int stepSeconds, String load) {
    Table t =
        new Table(
            String.format(
                "Webhook intake: signed deliveries (ClickUp and Linear alternating, ~5%% resent),"
                    + " %d s per step; app in a child process, Firestore emulator; load average %s",
                stepSeconds, load),
            "target rate /s",
            "achieved /s",
            "sent",
            "resent",
            "accepted",
            "duplicates",
            "errors",
            "ack p50 ms",
            "ack p99 ms",
            "ack max ms",
            "p99 < 100 ms",
            "accounted for");
    int held = 0;
    for (WebhookLoadStep.Result r : results) {
      boolean ok = r.p99Ms() < 100 && r.errors() == 0;
      held = ok ? Math.max(held, r.rate()) : held;
      t.row(
          r.rate(),
          r.achievedRate(),
          r.sent(),
          r.resent(),
          r.accepted(),
          r.duplicates(),
          r.errors(),
          r.p50Ms(),
          r.p99Ms(),
          r.maxMs(),
          ok ? "yes" : "no",
          r.accountedFor() ? "yes" : "NO");
    }
    t.row(
        "**highest rate held: " + held + "/s**",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        String.format("%.0f sync runs started by the deliveries (debounced)", runs));
    t.print();
  }
}
