package io.tasksync.app.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tasksync.app.config.AppConfig;
import io.tasksync.application.sync.Schedule;
import java.time.Clock;

/** The configuration and the app-wide basics: clock, JSON, metrics registry. */
public final class AppModule extends AbstractModule {

  private final AppConfig config;

  public AppModule(AppConfig config) {
    this.config = config;
  }

  @Override
  protected void configure() {
    binder().requireExplicitBindings();
    bind(AppConfig.class).toInstance(config);
  }

  @Provides
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Provides
  @Singleton
  Schedule schedule(AppConfig config) {
    return config.schedule();
  }

  @Provides
  @Singleton
  ObjectMapper json() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  @Provides
  @Singleton
  PrometheusMeterRegistry metrics() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    return registry;
  }
}
