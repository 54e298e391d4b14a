package io.tasksync.port.in;

import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import java.net.URI;
import java.util.Optional;

/** Connects an organization's account at a provider over OAuth 2.0, in two steps. */
public interface ConnectUseCase {

  /**
   * Starts a consent: the provider's consent URL carrying a fresh {@code state} that is signed,
   * bound to the organization, the provider and {@code browserBinding}, short-lived and single-use,
   * with a PKCE (S256) challenge where the provider supports it (the verifier stays on the server).
   * Nothing is stored but the pending authorization.
   *
   * @param browserBinding a secret the caller keeps in the user's browser (e.g. a cookie) and hands
   *     back to {@link #complete}; the consent completes only where it is presented again
   * @return empty when the provider is not wired (no OAuth client or no task provider)
   */
  Optional<URI> begin(OrganizationId organization, Provider provider, String browserBinding);

  /**
   * Completes a consent from the provider's callback. On success the integration is stored with its
   * tokens sealed by the {@code TokenCipher} and its workspaces, its webhooks are registered in the
   * background where the provider lets an app do so, and its initial import is requested; a
   * reconnect of an account the organization connected before keeps that integration. On refusal
   * nothing is stored and the result names why: {@code invalid_state} (missing, tampered, expired,
   * reused, or for another provider), {@code browser_mismatch}, {@code access_denied}, {@code
   * provider_error}, {@code missing_code}, {@code exchange_failed}, {@code provider_unavailable} or
   * {@code workspaces_failed}. The state is spent by the first attempt, whatever its outcome. Never
   * throws for provider failures.
   */
  ConnectResult complete(ConnectCallback callback);
}
