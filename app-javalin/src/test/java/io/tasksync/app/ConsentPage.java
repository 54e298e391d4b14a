package io.tasksync.app;

import io.javalin.Javalin;
import java.net.URI;

/**
 * A provider consent page for browser tests: names the app, and its #approve and #deny buttons send
 * the browser back to the app's callback with a code or {@code error=access_denied}.
 */
final class ConsentPage implements AutoCloseable {

  private final Javalin server;
  private volatile String appBase = "";

  private ConsentPage() {
    this.server =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.startupWatcherEnabled = false;
              config.routes.get(
                  "/consent",
                  ctx -> {
                    String callback =
                        appBase + "/oauth/" + ctx.queryParam("provider") + "/callback";
                    String state = ctx.queryParam("state");
                    ctx.html(
                        "<!doctype html><title>Authorize tasksync</title>"
                            + "<h1>tasksync wants to read your tasks</h1>"
                            + form(callback, "approve", "code", "good", state)
                            + form(callback, "deny", "error", "access_denied", state));
                  });
            });
  }

  private static String form(String action, String id, String name, String value, String state) {
    return "<form method='get' action='"
        + action
        + "'><input type='hidden' name='"
        + name
        + "' value='"
        + value
        + "'><input type='hidden' name='state' value='"
        + state
        + "'><button id='"
        + id
        + "' type='submit'>"
        + id
        + "</button></form>";
  }

  static ConsentPage start() {
    ConsentPage page = new ConsentPage();
    page.server.start("127.0.0.1", 0);
    return page;
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.port() + "/consent");
  }

  void sendBackTo(URI app) {
    this.appBase = app.toString();
  }

  @Override
  public void close() {
    server.stop();
  }
}
