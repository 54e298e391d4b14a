package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.inject.AbstractModule;
import io.tasksync.app.wiring.StoreDescription;
import io.tasksync.app.wiring.StoredSecrets;
import io.tasksync.application.memory.InMemoryIntegrationStore;
import io.tasksync.application.memory.InMemoryPendingAuthorizationStore;
import io.tasksync.application.memory.InMemoryProviderStateStore;
import io.tasksync.application.memory.InMemoryRunHistoryStore;
import io.tasksync.application.memory.InMemorySessionStore;
import io.tasksync.application.memory.InMemorySyncStateStore;
import io.tasksync.application.memory.InMemoryTaskStore;
import io.tasksync.application.memory.InMemoryWebhookDeliveryLog;
import io.tasksync.application.memory.InMemoryWebhookSecretStore;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.PendingAuthorizationStore;
import io.tasksync.port.out.ProviderStateStore;
import io.tasksync.port.out.RunHistoryStore;
import io.tasksync.port.out.SessionStore;
import io.tasksync.port.out.SyncStateStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.port.out.WebhookDeliveryLog;
import io.tasksync.port.out.WebhookSecretStore;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A store that stops answering: the API answers 503 within its bound, liveness stays up. */
class StoreOutageApiTest {

  private final FreezableIntegrationStore integrations =
      new FreezableIntegrationStore(new InMemoryIntegrationStore());
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private TestApp app;

  @BeforeEach
  void start() {
    app =
        TestApp.start(
            new FakeProvider(Provider.ASANA, URI.create("http://127.0.0.1:9/consent"), 5),
            TestApp.config(),
            new FrozenStoresModule(integrations));
    log.start();
    root().addAppender(log);
  }

  @AfterEach
  void stop() {
    root().detachAppender(log);
    integrations.thaw();
    app.close();
  }

  @Test
  void frozenStore_answers503JsonWithOneWarningWithoutStack_whileLivenessStaysUp() {
    integrations.freeze();

    HttpResponse<String> list = app.get("/api/integrations", TestApp.KEY_A);
    HttpResponse<String> health = app.get("/health", null);
    HttpResponse<String> ready = app.get("/ready", null);

    assertThat(list.statusCode()).isEqualTo(503);
    assertThat(app.tree(list).get("error").asText()).isEqualTo("store_unavailable");
    assertThat(list.body()).doesNotContain("Exception").doesNotContain("at io.");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(app.tree(ready).get("error").asText()).isEqualTo("store_unavailable");
    List<ILoggingEvent> about = eventsAbout("/api/integrations");
    assertThat(about).hasSize(1);
    assertThat(about.get(0).getLevel()).isEqualTo(Level.WARN);
    assertThat(about.get(0).getThrowableProxy()).isNull();
    assertThat(log.list).noneMatch(e -> e.getLevel() == Level.ERROR);
  }

  @Test
  void thawedStore_isReadyAgain() {
    integrations.freeze();
    app.get("/ready", null);
    integrations.thaw();

    HttpResponse<String> ready = app.get("/ready", null);
    HttpResponse<String> list = app.get("/api/integrations", TestApp.KEY_A);

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(app.tree(ready).get("status").asText()).isEqualTo("READY");
    assertThat(list.statusCode()).isEqualTo(200);
  }

  private List<ILoggingEvent> eventsAbout(String path) {
    return log.list.stream().filter(e -> e.getFormattedMessage().contains(path)).toList();
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  /** In-memory stores, with the integration store the test can freeze. */
  private static final class FrozenStoresModule extends AbstractModule {

    private final IntegrationStore integrations;

    FrozenStoresModule(IntegrationStore integrations) {
      this.integrations = integrations;
    }

    @Override
    protected void configure() {
      bind(TaskStore.class).toInstance(new InMemoryTaskStore());
      bind(IntegrationStore.class).toInstance(integrations);
      bind(SyncStateStore.class).toInstance(new InMemorySyncStateStore());
      bind(RunHistoryStore.class).toInstance(new InMemoryRunHistoryStore());
      bind(PendingAuthorizationStore.class).toInstance(new InMemoryPendingAuthorizationStore());
      bind(SessionStore.class).toInstance(new InMemorySessionStore());
      bind(WebhookDeliveryLog.class).toInstance(new InMemoryWebhookDeliveryLog());
      bind(ProviderStateStore.class).toInstance(new InMemoryProviderStateStore());
      bind(WebhookSecretStore.class)
          .annotatedWith(StoredSecrets.class)
          .toInstance(new InMemoryWebhookSecretStore());
      bind(StoreDescription.class).toInstance(new StoreDescription("freezable in-memory store"));
    }
  }
}
