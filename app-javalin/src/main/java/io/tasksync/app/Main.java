package io.tasksync.app;

import com.google.inject.Binding;
import com.google.inject.Key;
import com.google.inject.Module;
import io.tasksync.adapter.firestore.FirestoreStores;
import io.tasksync.app.config.AppConfig;
import io.tasksync.app.config.ConfigurationException;
import io.tasksync.app.config.DemoSettings;
import io.tasksync.app.config.EnvConfig;
import io.tasksync.app.demo.DemoEnvironment;
import io.tasksync.app.wiring.StoreDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Starts tasksync: configuration from the environment, modules chosen here, graceful stop. */
public final class Main {

  private static final Logger log = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    AppConfig config;
    try {
      config = EnvConfig.parse(System.getenv());
    } catch (ConfigurationException e) {
      log.error("{}", e.getMessage());
      System.exit(2);
      return;
    }
    DemoEnvironment demo =
        config.demo() ? DemoEnvironment.start(config, DemoSettings.from(System.getenv())) : null;
    AppConfig effective = demo == null ? config : demo.config();
    Application app;
    try {
      List<Module> modules = new ArrayList<>(modulesFor(effective));
      if (demo != null) {
        modules.add(demo.module());
      }
      app = Application.start(effective, modules);
    } catch (RuntimeException e) {
      if (demo != null) {
        demo.close();
      }
      throw e;
    }
    log.info(
        "tasksync {} is up: open {} (listening on port {})",
        effective.demo() ? "demo" : "service",
        effective.publicBaseUrl(),
        app.port());
    log.info("store: {}", app.injector().getInstance(StoreDescription.class).text());
    log.info("providers: {}", describe(effective));
    if (demo != null) {
      demo.logSignIn();
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  closeStores(app);
                  if (demo != null) {
                    demo.close();
                  }
                },
                "shutdown"));
  }

  private static String describe(AppConfig config) {
    return config.providers().isEmpty()
        ? "none configured"
        : config.providers().stream()
            .map(
                p ->
                    p.provider().displayName()
                        + (p.sandbox() ? " (sandbox stand-in at " + p.apiBaseUrl() + ")" : ""))
            .collect(Collectors.joining(", "));
  }

  private static void closeStores(Application app) {
    Binding<FirestoreStores> stores =
        app.injector().getExistingBinding(Key.get(FirestoreStores.class));
    if (stores != null) {
      stores.getProvider().get().close();
    }
  }

  /** The store module and one module per configured provider. */
  static List<Module> modulesFor(AppConfig config) {
    return ModuleChoice.storeAndProviders(config);
  }
}
