package io.tasksync.app;

import com.google.inject.Module;
import io.tasksync.app.config.AppConfig;
import io.tasksync.app.config.ConfigurationException;
import io.tasksync.app.config.EnvConfig;
import io.tasksync.app.demo.DemoEnvironment;
import io.tasksync.app.wiring.InMemoryStoreModule;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts tasksync: configuration from the environment, modules chosen here, graceful stop. */
public final class Main {

  private static final Logger log = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    AppConfig config;
    try {
      config = EnvConfig.parse(System.getenv());
    } catch (ConfigurationException e) {
      log.error("{}", e.getMessage());
      System.exit(2);
      return;
    }
    DemoEnvironment demo = config.demo() ? DemoEnvironment.start(config) : null;
    AppConfig effective = demo == null ? config : demo.config();
    Application app = Application.start(effective, modulesFor(effective));
    log.info(
        "tasksync {} on {} (port {}); providers: {}",
        effective.demo() ? "demo" : "service",
        effective.publicBaseUrl(),
        app.port(),
        effective.providers().isEmpty() ? "none" : effective.providers());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  if (demo != null) {
                    demo.close();
                  }
                },
                "shutdown"));
  }

  /** The store module and one module per configured provider. */
  static List<Module> modulesFor(AppConfig config) {
    List<Module> modules = new ArrayList<>();
    modules.add(new InMemoryStoreModule());
    return modules;
  }
}
