package io.tasksync.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.tasksync.app.demo.DemoFeed;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET|POST /api/demo/activity}: in demo mode, the stand-ins' activity (on or off) and each
 * change with its delay from the stand-in to the store; 404 outside demo mode.
 */
public final class DemoHandlers {

  private final Optional<DemoFeed> feed;
  private final ObjectMapper json;

  public DemoHandlers(Optional<DemoFeed> feed, ObjectMapper json) {
    this.feed = feed;
    this.json = json;
  }

  record ActivityRequest(Boolean running, Integer intervalSeconds) {}

  record ChangeView(
      long seq,
      String provider,
      String kind,
      String taskId,
      String title,
      Instant madeAt,
      String integrationId,
      Instant storedAt,
      Long delayMs) {}

  record ActivityView(boolean running, long intervalSeconds, List<ChangeView> changes) {}

  void get(Context ctx) {
    ctx.json(view(ctx, feed()));
  }

  void set(Context ctx) throws IOException {
    DemoFeed f = feed();
    ActivityRequest request =
        ctx.bodyAsBytes().length == 0
            ? new ActivityRequest(null, null)
            : json.readValue(ctx.bodyAsBytes(), ActivityRequest.class);
    if (request.running() == null) {
      throw ApiException.badRequest("invalid_body", "send {\"running\": true} or false");
    }
    int seconds = request.intervalSeconds() == null ? 0 : request.intervalSeconds();
    if (request.intervalSeconds() != null && (seconds < 1 || seconds > 600)) {
      throw ApiException.badRequest("invalid_interval", "intervalSeconds must be 1..600");
    }
    Duration every = seconds == 0 ? f.activity().interval() : Duration.ofSeconds(seconds);
    if (request.running()) {
      f.activity().start(every);
    } else {
      f.activity().stop();
    }
    ctx.json(view(ctx, f));
  }

  private DemoFeed feed() {
    return feed.orElseThrow(
        () -> new ApiException(404, "demo_only", "demo activity exists only in demo mode"));
  }

  private static ActivityView view(Context ctx, DemoFeed f) {
    return new ActivityView(
        f.activity().running(),
        f.activity().interval().toSeconds(),
        f.recent(Access.organization(ctx)).stream()
            .map(
                a ->
                    new ChangeView(
                        a.change().seq(),
                        a.change().provider(),
                        a.change().kind(),
                        a.change().taskId(),
                        a.change().title(),
                        a.change().madeAt(),
                        a.integrationId(),
                        a.storedAt(),
                        a.delayMs()))
            .toList());
  }
}
