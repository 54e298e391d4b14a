package io.tasksync.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ProviderCallObserver;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.RateLimitedException;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * One provider's authorized HTTP calls under the failure policy every adapter shares.
 *
 * <ul>
 *   <li>Pacing: each request waits for the provider's {@link Pacer} first.
 *   <li>Rate limited ({@link Verdict#rateLimited}): the call waits the reported time and sends the
 *       request again, at most {@link HttpLimits#rateLimitedAttempts()} attempts in all; a wait
 *       longer than {@link HttpLimits#maxRateLimitWait()}, or one more refusal, ends the call with
 *       {@link RateLimitedException} carrying the wait, which the sync waits out before resuming.
 *   <li>Token rejected ({@link Verdict#tokenRejected}): one {@link
 *       TokenSource#refreshAfterRejection} and one more attempt; rejected again, the reader's
 *       authorization failure. A failing refresh throws what the token source threw.
 *   <li>Server errors (5xx), timeouts and broken connections are <em>not</em> retried here: they
 *       end the call with {@link io.tasksync.port.out.ProviderUnavailableException} at once. The
 *       sync service is the one layer that retries transient failures, from its checkpoint with
 *       bounded jittered backoff, so a failing provider sees a handful of requests rather than the
 *       product of two retry loops.
 *   <li>Interrupted anywhere (pacing, a rate-limit wait, the exchange): the interrupt flag is
 *       restored and the call ends with {@link io.tasksync.port.out.ProviderUnavailableException}
 *       whose message starts with "interrupted"; it is never retried.
 *   <li>A body that is not the JSON expected: {@link UnexpectedPayloadException}.
 * </ul>
 *
 * <p>Every exchange is reported to the {@link ProviderCallObserver}, every wait of the pacer or for
 * a rate limit too.
 */
public final class ProviderHttp {

  private final Provider provider;
  private final String name;
  private final HttpLimits limits;
  private final Pacer pacer;
  private final ProviderCallObserver observer;
  private final Pause pause;
  private final HttpClient client;

  /**
   * @param name the provider as users read it in messages ("Asana")
   */
  public ProviderHttp(
      Provider provider,
      String name,
      HttpLimits limits,
      Pacer pacer,
      ProviderCallObserver observer,
      Pause pause) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.name = Objects.requireNonNull(name, "name");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.pacer = Objects.requireNonNull(pacer, "pacer");
    this.observer = Objects.requireNonNull(observer, "observer");
    this.pause = Objects.requireNonNull(pause, "pause");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(limits.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Sends the request {@code request} builds for a token, with that token as bearer, and returns
   * what {@code reader} reads from the answer.
   *
   * @param operation a low-cardinality name for metrics and messages, such as {@code GET
   *     /tasks/{gid}}
   * @throws io.tasksync.port.out.TaskSyncException as the class comment says
   */
  public <T> T call(
      TokenSource tokens, String operation, RequestFactory request, ResponseReader<T> reader) {
    return call(null, tokens, operation, request, reader);
  }

  /**
   * As {@link #call(TokenSource, String, RequestFactory, ResponseReader)}, drawing on the budget
   * {@code budgetKey} (such as the grant) rather than on the access token's.
   */
  public <T> T call(
      String budgetKey,
      TokenSource tokens,
      String operation,
      RequestFactory request,
      ResponseReader<T> reader) {
    String token = tokens.accessToken();
    boolean refreshed = false;
    int attempts = 0;
    while (true) {
      attempts++;
      Verdict<T> verdict =
          attempt(budgetKey == null ? token : budgetKey, token, operation, request, reader);
      switch (verdict.kind) {
        case DONE:
          return verdict.value;
        case RATE_LIMITED:
          if (attempts >= limits.rateLimitedAttempts()
              || verdict.wait.compareTo(limits.maxRateLimitWait()) > 0) {
            throw new RateLimitedException(
                verdict.reason
                    + " ("
                    + operation
                    + ", "
                    + attempts
                    + (attempts == 1 ? " attempt" : " attempts")
                    + "); it allows requests again in "
                    + verdict.wait.toSeconds()
                    + " s",
                verdict.wait);
          }
          waitFor(verdict.wait, "waiting for " + name + "'s rate limit");
          break;
        default:
          if (refreshed) {
            throw verdict.stillRejected.get();
          }
          refreshed = true;
          attempts--;
          token = refresh(tokens, token, verdict);
      }
    }
  }

  private static String refresh(TokenSource tokens, String rejected, Verdict<?> verdict) {
    try {
      return tokens.refreshAfterRejection(rejected);
    } catch (AuthorizationException e) {
      AuthorizationException still = verdict.stillRejected.get();
      still.addSuppressed(e);
      throw still;
    }
  }

  /**
   * Waits {@code wait} for the provider's budget, as the pacer or a provider-specific rule asks.
   */
  public void waitFor(Duration wait, String what) {
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    try {
      pause.sleep(wait);
    } catch (InterruptedException e) {
      throw interrupted(what, e);
    }
    observer.rateLimitWait(provider, wait);
  }

  private <T> Verdict<T> attempt(
      String key,
      String token,
      String operation,
      RequestFactory request,
      ResponseReader<T> reader) {
    try {
      Duration waited = pacer.acquire(key);
      if (!waited.isZero()) {
        observer.rateLimitWait(provider, waited);
      }
    } catch (InterruptedException e) {
      throw interrupted("waiting for " + name + "'s request budget", e);
    }
    try {
      HttpResponse<InputStream> response = exchange(token, operation, request);
      try (InputStream body = response.body()) {
        return reader.read(token, response);
      } catch (JsonProcessingException e) {
        throw new UnexpectedPayloadException(
            name
                + " answered "
                + operation
                + " with malformed or truncated JSON: "
                + e.getOriginalMessage(),
            e);
      } catch (IOException e) {
        throw new ProviderUnavailableException(
            "the connection to "
                + name
                + " broke while reading the answer to "
                + operation
                + "; the sync retries from its checkpoint",
            e);
      }
    } finally {
      pacer.release(key);
    }
  }

  private HttpResponse<InputStream> exchange(
      String token, String operation, RequestFactory request) {
    HttpRequest built =
        request
            .build(token)
            .timeout(limits.requestTimeout())
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .build();
    long started = System.nanoTime();
    int status = 0;
    try {
      HttpResponse<InputStream> response =
          client.send(built, HttpResponse.BodyHandlers.ofInputStream());
      status = response.statusCode();
      return response;
    } catch (HttpTimeoutException e) {
      throw new ProviderUnavailableException(
          name
              + " did not answer "
              + operation
              + " within "
              + limits.requestTimeout().toSeconds()
              + " s; the sync retries from its checkpoint",
          e);
    } catch (IOException e) {
      throw new ProviderUnavailableException(
          name
              + " could not be reached for "
              + operation
              + " ("
              + e.getClass().getSimpleName()
              + "); the sync retries from its checkpoint",
          e);
    } catch (InterruptedException e) {
      throw interrupted("waiting for " + name + " to answer " + operation, e);
    } finally {
      observer.requestCompleted(
          provider, operation, status, Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private static ProviderUnavailableException interrupted(String what, InterruptedException e) {
    Thread.currentThread().interrupt();
    return new ProviderUnavailableException("interrupted while " + what, e);
  }
}
