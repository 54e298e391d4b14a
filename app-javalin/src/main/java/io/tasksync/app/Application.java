package io.tasksync.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import io.javalin.Javalin;
import io.tasksync.app.config.AppConfig;
import io.tasksync.app.web.Routes;
import io.tasksync.app.web.WebApp;
import io.tasksync.app.wiring.AppModule;
import io.tasksync.app.wiring.ConnectModule;
import io.tasksync.app.wiring.SecurityModule;
import io.tasksync.app.wiring.SyncModule;
import io.tasksync.app.wiring.WebModule;
import io.tasksync.application.connect.WebhookSetup;
import io.tasksync.application.sync.SyncScheduler;
import io.tasksync.application.sync.SyncWorkers;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running app: injector built once, HTTP server and scheduler started, stopped gracefully. */
public final class Application implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Application.class);

  private final Injector injector;
  private final Javalin http;

  private Application(Injector injector, Javalin http) {
    this.injector = injector;
    this.http = http;
  }

  /** The app's own modules; a store module and the provider modules complete them. */
  public static List<Module> coreModules(AppConfig config) {
    return List.of(
        new AppModule(config),
        new SecurityModule(),
        new SyncModule(),
        new ConnectModule(),
        new WebModule());
  }

  /** Builds the injector from the core modules plus {@code storeAndProviders}, then starts. */
  public static Application start(AppConfig config, List<Module> storeAndProviders) {
    List<Module> modules = new ArrayList<>(coreModules(config));
    modules.addAll(storeAndProviders);
    Injector injector = Guice.createInjector(Stage.PRODUCTION, modules);
    Javalin http =
        WebApp.create(injector.getInstance(Routes.class), injector.getInstance(ObjectMapper.class));
    http.start(config.port());
    injector.getInstance(SyncScheduler.class).start();
    return new Application(injector, http);
  }

  public int port() {
    return http.port();
  }

  public Injector injector() {
    return injector;
  }

  /** Every registered route as {@code "GET /api/tasks"}, for checking the API document. */
  public List<String> routes() {
    return http.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> e.endpoint)
        .filter(e -> e.method.isHttpMethod())
        .map(e -> e.method.name() + " " + e.path)
        .toList();
  }

  /**
   * Stops gracefully: no new syncs are taken, running syncs stop after their current page (their
   * checkpoint kept, their lease released), then the HTTP server stops.
   */
  @Override
  public void close() {
    log.info("stopping: no new syncs; running syncs stop at their next checkpoint");
    injector.getInstance(SyncScheduler.class).stop();
    injector.getInstance(WebhookSetup.class).shutdown();
    injector.getInstance(SyncWorkers.class).shutdown(30_000);
    http.stop();
    log.info("stopped");
  }
}
