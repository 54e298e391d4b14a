package io.tasksync.app.demo;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.OptionalBinder;
import io.tasksync.app.config.AppConfig;
import io.tasksync.app.config.DemoSettings;
import io.tasksync.app.config.FirestoreSettings;
import io.tasksync.app.security.TinkTokenCipher;
import io.tasksync.domain.OrganizationId;
import io.tasksync.sandbox.DemoActivity;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final String generatedKey;

  private DemoEnvironment(AppConfig config, List<AutoCloseable> started, String generatedKey) {
    this.config = config;
    this.started = started;
    this.generatedKey = generatedKey;
  }

  /** Completes a demo configuration: generated secrets, sandbox providers, emulator if present. */
  public static DemoEnvironment start(AppConfig base, DemoSettings settings) {
    List<AutoCloseable> started = new ArrayList<>();
    AppConfig config = base;
    String key = null;
    if (config.apiKeys().isEmpty()) {
      key = "demo-" + randomKey();
      config = config.withApiKeys(Map.of(key, ORGANIZATION));
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
    try {
      config = config.withProviders(SandboxProviders.start(config, started));
      config = withStore(config, settings, started);
    } catch (RuntimeException e) {
      new DemoEnvironment(config, started, null).close();
      throw e;
    }
    log.info("demo mode: providers are local stand-ins with sample workspaces");
    return new DemoEnvironment(config, started, key);
  }

  private static AppConfig withStore(
      AppConfig config, DemoSettings settings, List<AutoCloseable> started) {
    if (config.firestore() != null || !settings.useEmulator()) {
      return config;
    }
    Optional<Path> jar = FirestoreEmulator.installedJar(settings.emulatorJar());
    if (jar.isEmpty()) {
      log.info("demo mode: the Firestore emulator is not installed; tasks are kept in memory");
      return config;
    }
    try {
      FirestoreEmulator emulator = FirestoreEmulator.start(jar.get(), Duration.ofSeconds(60));
      started.add(emulator);
      return config.withFirestore(
          new FirestoreSettings("tasksync-demo", null, emulator.hostAndPort()));
    } catch (IOException | IllegalStateException e) {
      log.warn(
          "demo mode: the Firestore emulator did not start ({}); using memory", e.getMessage());
      return config;
    }
  }

  /** Logs how to sign in with the generated API key (shown this once; configured keys never). */
  public void logSignIn() {
    if (generatedKey != null) {
      log.info(
          "demo mode: open {} and sign in with the API key {}",
          config.publicBaseUrl(),
          generatedKey);
    }
  }

  public AppConfig config() {
    return config;
  }

  /** The stand-ins' demo activity, when stand-ins were started. */
  public Optional<DemoActivity> activity() {
    return started(DemoActivity.class);
  }

  /** Something this demo started (a stand-in, the activity), for tests and tools. */
  public <T> Optional<T> started(Class<T> type) {
    return started.stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /** Binds the demo activity for the page's demo routes. */
  public Module module() {
    return new AbstractModule() {
      @Override
      protected void configure() {
        activity()
            .ifPresent(
                a ->
                    OptionalBinder.newOptionalBinder(binder(), DemoActivity.class)
                        .setBinding()
                        .toInstance(a));
      }
    };
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
