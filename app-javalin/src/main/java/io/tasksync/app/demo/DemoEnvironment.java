package io.tasksync.app.demo;

import io.tasksync.app.config.AppConfig;
import io.tasksync.app.security.TinkTokenCipher;
import io.tasksync.domain.OrganizationId;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode: a generated API key and token keyset, the provider stand-ins running in this process,
 * and the Firestore emulator when it is installed. Closing it stops what it started.
 */
public final class DemoEnvironment implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DemoEnvironment.class);
  public static final OrganizationId ORGANIZATION = OrganizationId.of("demo");

  private final AppConfig config;
  private final List<AutoCloseable> started;

  private DemoEnvironment(AppConfig config, List<AutoCloseable> started) {
    this.config = config;
    this.started = started;
  }

  /** Completes a demo configuration: generated secrets, sandbox providers, emulator if present. */
  public static DemoEnvironment start(AppConfig base) {
    List<AutoCloseable> started = new ArrayList<>();
    AppConfig config = base;
    if (config.apiKeys().isEmpty()) {
      String key = "demo-" + randomKey();
      config = config.withApiKeys(Map.of(key, ORGANIZATION));
      log.info("demo mode: sign in on the page with the API key {}", key);
    }
    if (config.tinkKeyset() == null) {
      config =
          new AppConfig(
              config.port(),
              config.publicBaseUrl(),
              config.apiKeys(),
              TinkTokenCipher.generateJsonKeyset(),
              config.providers(),
              config.firestore(),
              config.schedule(),
              true);
    }
    config = config.withProviders(SandboxProviders.start(config, started));
    return new DemoEnvironment(config, started);
  }

  public AppConfig config() {
    return config;
  }

  @Override
  public void close() {
    for (AutoCloseable c : started) {
      try {
        c.close();
      } catch (Exception e) {
        log.warn("could not stop {}: {}", c, e.getMessage());
      }
    }
  }

  private static String randomKey() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
