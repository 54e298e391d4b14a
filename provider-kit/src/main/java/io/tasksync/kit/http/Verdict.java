package io.tasksync.kit.http;

import io.tasksync.port.out.AuthorizationException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What an adapter's {@link ResponseReader} makes of one answer: a value, a rate-limit refusal to
 * wait out, or a rejected token to refresh. Every other failure the reader throws as one of the
 * ports' exceptions.
 */
public final class Verdict<T> {

  enum Kind {
    DONE,
    RATE_LIMITED,
    TOKEN_REJECTED
  }

  final Kind kind;
  final T value;
  final Duration wait;
  final String reason;
  final Supplier<? extends AuthorizationException> stillRejected;

  private Verdict(
      Kind kind,
      T value,
      Duration wait,
      String reason,
      Supplier<? extends AuthorizationException> stillRejected) {
    this.kind = kind;
    this.value = value;
    this.wait = wait;
    this.reason = reason;
    this.stillRejected = stillRejected;
  }

  /** The answer was read into {@code value}. */
  public static <T> Verdict<T> done(T value) {
    return new Verdict<>(Kind.DONE, Objects.requireNonNull(value, "value"), null, null, null);
  }

  /**
   * The provider refused the request for its rate limit; it may be sent again after {@code wait}.
   *
   * @param reason what to tell the user when the call gives up, such as "Asana's rate limit was
   *     hit"
   */
  public static <T> Verdict<T> rateLimited(Duration wait, String reason) {
    return new Verdict<>(
        Kind.RATE_LIMITED,
        null,
        Objects.requireNonNull(wait, "wait"),
        Objects.requireNonNull(reason, "reason"),
        null);
  }

  /**
   * The provider rejected the access token: worth one refresh; {@code stillRejected} is thrown when
   * the refreshed token is rejected too.
   */
  public static <T> Verdict<T> tokenRejected(
      Supplier<? extends AuthorizationException> stillRejected) {
    return new Verdict<>(
        Kind.TOKEN_REJECTED, null, null, null, Objects.requireNonNull(stillRejected));
  }
}
