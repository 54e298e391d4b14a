package io.tasksync.adapter.asana;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.ProviderStateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The Events API sync token of each (integration, project), taken when a full listing of the
 * project starts and moved on by incremental runs. Kept in the {@link ProviderStateStore}, so a
 * restarted process continues from the last token instead of meeting a 412. Each value is the
 * instant it was written and the token ({@code "<epoch millis> <token>"}); a bare token, as earlier
 * versions kept it, reads as written long ago.
 *
 * <p>An incremental run writes a token only when events moved it on, or when the kept one is older
 * than {@link #RENEW_AFTER}: Asana answers the same (empty) events to a token asked again, and lets
 * tokens expire after about 24 hours, so a project with no events costs one write an hour instead
 * of one per run.
 */
final class AsanaSyncTokens {

  /** How old a kept token may grow before a run without events writes the fresh one. */
  static final Duration RENEW_AFTER = Duration.ofHours(1);

  private static final String PREFIX = "asana.events.sync.";

  /** A kept token and when it was written. */
  record Kept(String token, Instant written) {}

  private final ProviderStateStore store;
  private final Clock clock;

  AsanaSyncTokens(ProviderStateStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  Optional<Kept> get(IntegrationId integration, String project) {
    return store.get(integration, PREFIX + project).map(AsanaSyncTokens::parse);
  }

  void put(IntegrationId integration, String project, String token) {
    if (token != null) {
      store.put(integration, PREFIX + project, clock.millis() + " " + token);
    }
  }

  /**
   * Writes {@code token} when {@code moved} (events came since {@code kept}), when nothing was
   * kept, or when the kept token is due for renewal; otherwise keeps the stored one.
   */
  void advance(IntegrationId integration, String project, Kept kept, String token, boolean moved) {
    if (moved || kept == null || !kept.written().plus(RENEW_AFTER).isAfter(clock.instant())) {
      put(integration, project, token);
    }
  }

  private static Kept parse(String value) {
    int space = value.indexOf(' ');
    if (space > 0 && value.chars().limit(space).allMatch(Character::isDigit)) {
      return new Kept(
          value.substring(space + 1), Instant.ofEpochMilli(Long.parseLong(value, 0, space, 10)));
    }
    return new Kept(value, Instant.EPOCH);
  }
}
