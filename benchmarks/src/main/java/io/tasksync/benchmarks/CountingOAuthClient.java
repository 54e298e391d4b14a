package io.tasksync.benchmarks;

import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.OAuthClient;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;

/** An OAuth client that counts its token refreshes (each one request to the token endpoint). */
final class CountingOAuthClient implements OAuthClient {

  private final OAuthClient delegate;
  private final AtomicLong refreshes = new AtomicLong();

  CountingOAuthClient(OAuthClient delegate) {
    this.delegate = delegate;
  }

  long refreshes() {
    return refreshes.get();
  }

  @Override
  public Provider provider() {
    return delegate.provider();
  }

  @Override
  public boolean supportsPkce() {
    return delegate.supportsPkce();
  }

  @Override
  public URI authorizationUrl(String state, String codeChallenge) {
    return delegate.authorizationUrl(state, codeChallenge);
  }

  @Override
  public OAuthTokens exchange(String code, String codeVerifier) {
    return delegate.exchange(code, codeVerifier);
  }

  @Override
  public OAuthTokens refresh(OAuthTokens current) {
    refreshes.incrementAndGet();
    return delegate.refresh(current);
  }

  @Override
  public boolean supportsRevoke() {
    return delegate.supportsRevoke();
  }

  @Override
  public void revoke(OAuthTokens tokens) {
    delegate.revoke(tokens);
  }
}
