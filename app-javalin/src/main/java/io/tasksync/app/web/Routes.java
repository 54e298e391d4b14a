package io.tasksync.app.web;

import io.javalin.config.JavalinConfig;
import java.net.URI;

/** Every endpoint of the app, in one place. */
public final class Routes {

  private final Access access;
  private final PageHandler page;
  private final SessionHandlers session;
  private final OAuthHandlers oauth;
  private final IntegrationHandlers integrations;
  private final TaskHandlers tasks;
  private final WebhookHandlers webhooks;
  private final OpsHandlers ops;
  private final SameOriginGuard sameOrigin;

  public Routes(
      Access access,
      PageHandler page,
      SessionHandlers session,
      OAuthHandlers oauth,
      IntegrationHandlers integrations,
      TaskHandlers tasks,
      WebhookHandlers webhooks,
      OpsHandlers ops,
      URI publicBaseUrl) {
    this.access = access;
    this.page = page;
    this.session = session;
    this.oauth = oauth;
    this.integrations = integrations;
    this.tasks = tasks;
    this.webhooks = webhooks;
    this.ops = ops;
    this.sameOrigin = new SameOriginGuard(publicBaseUrl);
  }

  void register(JavalinConfig config) {
    var r = config.routes;
    r.get("/", page::page);
    r.get("/assets/{file}", page::asset);
    r.get("/health", ops::health);
    r.get("/ready", ops::ready);
    r.get("/metrics", ops::metrics);
    r.get("/environment", ops::environment);

    r.before("/session", sameOrigin::check);
    r.get("/session", session::current);
    r.post("/session", session::signIn);
    r.delete("/session", session::signOut);

    r.get("/oauth/{provider}/authorize", oauth::authorize);
    r.get("/oauth/{provider}/callback", oauth::callback);

    r.before("/api/*", sameOrigin::check);
    r.before("/api/*", access::authenticate);
    r.get("/api/integrations", integrations::list);
    r.get("/api/integrations/{id}/sync", integrations::syncState);
    r.post("/api/integrations/{id}/sync", integrations::triggerSync);
    r.post("/api/integrations/{id}/disconnect", integrations::disconnect);
    r.get("/api/tasks", tasks::list);

    r.post("/webhooks/{provider}", webhooks::forApp);
    r.post("/webhooks/{provider}/{integrationId}", webhooks::forIntegration);
    r.post("/webhooks/{provider}/{integrationId}/{webhookId}", webhooks::forWebhook);
  }
}
