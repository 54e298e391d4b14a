package io.tasksync.app.web;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tasksync.domain.OrganizationId;
import io.tasksync.port.out.IntegrationStore;
import java.util.Map;

/**
 * Liveness, readiness, metrics and the environment description: no key needed, no tenant data.
 * Liveness ({@code /health}) touches nothing; readiness ({@code /ready}) reads the store within the
 * {@link StoreDeadline}.
 */
public final class OpsHandlers {

  private static final OrganizationId PROBE = OrganizationId.of("readiness-probe");

  private final PrometheusMeterRegistry metrics;
  private final EnvironmentView environment;
  private final IntegrationStore integrations;
  private final StoreDeadline deadline;

  public OpsHandlers(
      PrometheusMeterRegistry metrics,
      EnvironmentView environment,
      IntegrationStore integrations,
      StoreDeadline deadline) {
    this.metrics = metrics;
    this.environment = environment;
    this.integrations = integrations;
    this.deadline = deadline;
  }

  void health(Context ctx) {
    ctx.json(Map.of("status", "UP", "store", environment.store()));
  }

  void ready(Context ctx) {
    deadline.within("the readiness probe", () -> integrations.findByOrganization(PROBE));
    ctx.json(Map.of("status", "READY", "store", environment.store()));
  }

  void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  void environment(Context ctx) {
    ctx.json(environment);
  }
}
