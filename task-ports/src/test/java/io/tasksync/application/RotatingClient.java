package io.tasksync.application;

import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.OAuthClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Linear-like: every refresh rotates the refresh token ({@code rN} gives {@code aN+1}/{@code
 * rN+1}); an old one is {@code invalid_grant}. {@link #beforeRefresh} lets a test act as another
 * instance while a refresh is in flight.
 */
class RotatingClient implements OAuthClient {

  final AtomicInteger refreshes = new AtomicInteger();
  final AtomicInteger reusedRefreshTokens = new AtomicInteger();
  private final Clock clock;
  private int generation;
  volatile Runnable beforeRefresh = () -> {};

  RotatingClient(Clock clock) {
    this.clock = clock;
  }

  @Override
  public OAuthTokens refresh(OAuthTokens current) {
    beforeRefresh.run();
    return rotate(current);
  }

  /** What the provider does with a refresh request, without the test's hook. */
  synchronized OAuthTokens rotate(OAuthTokens current) {
    if (!current.refreshToken().equals("r" + generation)) {
      reusedRefreshTokens.incrementAndGet();
      throw new AuthorizationException(AuthorizationException.Reason.REVOKED, "invalid_grant");
    }
    refreshes.incrementAndGet();
    generation++;
    return new OAuthTokens(
        "a" + generation, "r" + generation, clock.instant().plus(Duration.ofHours(1)), null);
  }

  @Override
  public Provider provider() {
    return Provider.LINEAR;
  }

  @Override
  public boolean supportsPkce() {
    return true;
  }

  @Override
  public URI authorizationUrl(String state, String codeChallenge) {
    return URI.create("http://localhost/authorize");
  }

  @Override
  public OAuthTokens exchange(String code, String codeVerifier) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean supportsRevoke() {
    return false;
  }

  @Override
  public void revoke(OAuthTokens tokens) {}
}
