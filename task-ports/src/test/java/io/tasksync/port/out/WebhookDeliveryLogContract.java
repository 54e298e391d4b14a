package io.tasksync.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.domain.IntegrationId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WebhookDeliveryLog} must do. */
public abstract class WebhookDeliveryLogContract {

  protected static final Duration KEPT = Duration.ofDays(3);

  protected WebhookDeliveryLog log;
  protected IntegrationId id;
  protected IntegrationId other;

  /** A moment of this test alone, so deliveries of other tests (in a shared store) sort apart. */
  protected Instant t0;

  protected abstract WebhookDeliveryLog createLog();

  /** Hook for stores whose race must go through separate clients; defaults to this log. */
  protected boolean recordForRace(int racer, WebhookDelivery delivery) {
    return log.record(delivery);
  }

  @BeforeEach
  void setUpLog() {
    log = createLog();
    id = TestTasks.anIntegration();
    other = TestTasks.anIntegration();
    t0 = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(Math.abs(UUID.randomUUID().hashCode()));
  }

  private WebhookDelivery aDelivery(IntegrationId integration, Instant at) {
    return WebhookDelivery.received(
        "delivery-" + UUID.randomUUID(), integration, at, at.plus(KEPT));
  }

  @Test
  void firstRecord_isFirstAndKeptUnprocessed() {
    WebhookDelivery d = aDelivery(id, t0);

    boolean first = log.record(d);

    assertThat(first).isTrue();
    assertThat(log.get(d.deliveryKey(), id)).contains(d);
  }

  @Test
  void sameDeliveryAgain_isADuplicateAndKeepsTheFirst() {
    WebhookDelivery d = aDelivery(id, t0);
    log.record(d);

    boolean again =
        log.record(WebhookDelivery.received(d.deliveryKey(), id, t0.plusSeconds(9), t0.plus(KEPT)));

    assertThat(again).isFalse();
    assertThat(log.get(d.deliveryKey(), id)).contains(d);
  }

  @Test
  void sameDeliveryKeyForAnotherIntegration_isRecordedApart() {
    WebhookDelivery d = aDelivery(id, t0);
    log.record(d);

    boolean forOther =
        log.record(WebhookDelivery.received(d.deliveryKey(), other, t0, t0.plus(KEPT)));

    assertThat(forOther).isTrue();
  }

  @Test
  void racingRecordsOfOneDelivery_giveExactlyOneFirst() throws Exception {
    WebhookDelivery d = aDelivery(id, t0);

    List<Boolean> results = Races.run(8, racer -> recordForRace(racer, d));

    assertThat(results.stream().filter(Boolean::booleanValue).count()).isEqualTo(1);
  }

  @Test
  void markProcessed_coversTheIntegrationsDeliveriesReceivedStrictlyBefore() {
    WebhookDelivery early = aDelivery(id, t0);
    WebhookDelivery onTheDot = aDelivery(id, t0.plusSeconds(10));
    WebhookDelivery theirs = aDelivery(other, t0);
    log.record(early);
    log.record(onTheDot);
    log.record(theirs);

    log.markProcessed(id, t0.plusSeconds(10));
    log.markProcessed(id, t0.plusSeconds(10));

    assertThat(log.get(early.deliveryKey(), id).orElseThrow().processed()).isTrue();
    assertThat(log.get(onTheDot.deliveryKey(), id).orElseThrow().processed()).isFalse();
    assertThat(log.get(theirs.deliveryKey(), other).orElseThrow().processed()).isFalse();
  }

  @Test
  void unprocessed_listsOldestFirstBeforeTheCutoffWithinTheLimit() {
    WebhookDelivery first = aDelivery(id, t0.plusSeconds(1));
    WebhookDelivery second = aDelivery(other, t0.plusSeconds(2));
    WebhookDelivery third = aDelivery(id, t0.plusSeconds(3));
    WebhookDelivery tooRecent = aDelivery(other, t0.plusSeconds(60));
    WebhookDelivery processed = aDelivery(other, t0.minusSeconds(5));
    log.record(third);
    log.record(tooRecent);
    log.record(first);
    log.record(second);
    log.record(processed);
    log.markProcessed(other, t0);

    List<WebhookDelivery> all = log.unprocessed(t0.plusSeconds(60), 100);
    List<WebhookDelivery> two = log.unprocessed(t0.plusSeconds(60), 2);

    assertThat(all).containsSubsequence(first, second, third).doesNotContain(tooRecent, processed);
    assertThat(two).hasSize(2);
    assertThat(all).startsWith(two.toArray(new WebhookDelivery[0]));
  }
}
