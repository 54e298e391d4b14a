package io.tasksync.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throttles failed authentications (wrong API keys, wrong sign-ins) with token buckets: one per
 * client address and one for all clients. A client whose bucket is empty is refused before its key
 * is even checked, so guessing gains nothing; while the global bucket is empty, only clients that
 * failed recently are refused, so a valid key from anyone else keeps working. Failures are logged
 * as a warning at most once per {@link Limits#logEvery()}, with the count since the last line.
 */
public final class AuthThrottle {

  /**
   * Bucket sizes and refill periods.
   *
   * @param perClient failures a client may make in a burst
   * @param perClientRefill time for one more failure to be allowed to a client
   * @param global failures all clients together may make in a burst
   * @param globalRefill time for one more failure to be allowed to all clients
   * @param maxClients clients remembered at once (least recently seen forgotten first)
   * @param logEvery the shortest interval between two warning lines
   */
  public record Limits(
      int perClient,
      Duration perClientRefill,
      int global,
      Duration globalRefill,
      int maxClients,
      Duration logEvery) {

    public Limits {
      if (perClient < 1 || global < 1 || maxClients < 1) {
        throw new IllegalArgumentException("perClient, global and maxClients must be positive");
      }
      if (perClientRefill.isNegative()
          || perClientRefill.isZero()
          || globalRefill.isNegative()
          || globalRefill.isZero()) {
        throw new IllegalArgumentException("refill periods must be positive");
      }
    }

    /** 10 failures per client then one per 6 s; 100 for everyone then one per 600 ms. */
    public static Limits defaults() {
      return new Limits(
          10, Duration.ofSeconds(6), 100, Duration.ofMillis(600), 10_000, Duration.ofSeconds(10));
    }
  }

  private static final Logger log = LoggerFactory.getLogger(AuthThrottle.class);

  private final Limits limits;
  private final Clock clock;
  private final TokenBucket global;
  private final Map<String, TokenBucket> clients;
  private Instant lastLog = Instant.MIN;
  private long unlogged;

  public AuthThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.global = new TokenBucket(limits.global(), limits.globalRefill(), clock.instant());
    this.clients =
        new LinkedHashMap<>(64, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
            return size() > limits.maxClients();
          }
        };
  }

  /** How long {@code client} must wait before presenting credentials again, or empty. */
  public synchronized Optional<Duration> blocked(String client) {
    Instant now = clock.instant();
    TokenBucket bucket = clients.get(client);
    if (bucket == null) {
      return Optional.empty();
    }
    if (!bucket.hasToken(now)) {
      return Optional.of(bucket.untilNextToken(now));
    }
    if (bucket.isFull(now)) {
      clients.remove(client);
      return Optional.empty();
    }
    return global.hasToken(now) ? Optional.empty() : Optional.of(global.untilNextToken(now));
  }

  /** Records a failed authentication by {@code client} ({@code what} names it for the log). */
  public synchronized void failed(String client, String what) {
    Instant now = clock.instant();
    clients
        .computeIfAbsent(
            client, c -> new TokenBucket(limits.perClient(), limits.perClientRefill(), now))
        .take(now);
    global.take(now);
    unlogged++;
    if (!now.isBefore(lastLog.plus(limits.logEvery()))) {
      log.warn(
          "failed authentication: {} from {} ({} failed attempts since the last such line)",
          what,
          client,
          unlogged);
      lastLog = now;
      unlogged = 0;
    }
  }

  /** A bucket of {@code capacity} tokens, one added back every {@code refill} (kept in nanos). */
  private static final class TokenBucket {

    private final long refillNanos;
    private final long fullNanos;
    private long creditNanos;
    private Instant updated;

    TokenBucket(int capacity, Duration refill, Instant now) {
      this.refillNanos = refill.toNanos();
      this.fullNanos = capacity * refillNanos;
      this.creditNanos = fullNanos;
      this.updated = now;
    }

    boolean hasToken(Instant now) {
      refill(now);
      return creditNanos >= refillNanos;
    }

    boolean isFull(Instant now) {
      refill(now);
      return creditNanos >= fullNanos;
    }

    void take(Instant now) {
      refill(now);
      creditNanos = Math.max(0, creditNanos - refillNanos);
    }

    Duration untilNextToken(Instant now) {
      refill(now);
      return Duration.ofNanos(Math.max(0, refillNanos - creditNanos));
    }

    private void refill(Instant now) {
      if (now.isAfter(updated)) {
        long elapsed = Duration.between(updated, now).toNanos();
        creditNanos = Math.min(fullNanos, creditNanos + elapsed);
        updated = now;
      }
    }
  }
}
