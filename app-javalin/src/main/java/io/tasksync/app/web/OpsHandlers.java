package io.tasksync.app.web;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;

/** Health, metrics and the environment description: no key needed, no tenant data. */
public final class OpsHandlers {

  private final PrometheusMeterRegistry metrics;
  private final EnvironmentView environment;

  public OpsHandlers(PrometheusMeterRegistry metrics, EnvironmentView environment) {
    this.metrics = metrics;
    this.environment = environment;
  }

  void health(Context ctx) {
    ctx.json(Map.of("status", "UP", "store", environment.store()));
  }

  void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  void environment(Context ctx) {
    ctx.json(environment);
  }
}
