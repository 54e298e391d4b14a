package io.tasksync.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tasksync.app.config.AppConfig;
import io.tasksync.app.security.ApiKeys;
import io.tasksync.app.security.AuthThrottle;
import io.tasksync.app.security.SealedWebhookSecretStore;
import io.tasksync.app.security.Sessions;
import io.tasksync.app.security.StateKey;
import io.tasksync.app.security.TinkTokenCipher;
import io.tasksync.application.connect.OAuthStates;
import io.tasksync.port.out.PendingAuthorizationStore;
import io.tasksync.port.out.SessionStore;
import io.tasksync.port.out.TokenCipher;
import io.tasksync.port.out.WebhookSecretStore;
import java.time.Clock;
import java.time.Duration;

/**
 * API keys, the throttle of failed authentications, page sessions, OAuth states, the token cipher
 * and the sealing of webhook secrets.
 */
public final class SecurityModule extends AbstractModule {

  @Provides
  @Singleton
  ApiKeys apiKeys(AppConfig config) {
    return new ApiKeys(config.apiKeys());
  }

  @Provides
  @Singleton
  Sessions sessions(SessionStore store, Clock clock) {
    return new Sessions(store, clock, Duration.ofHours(12));
  }

  @Provides
  @Singleton
  AuthThrottle authThrottle(Clock clock) {
    return new AuthThrottle(AuthThrottle.Limits.defaults(), clock);
  }

  @Provides
  @Singleton
  OAuthStates oauthStates(PendingAuthorizationStore pending, StateKey key, Clock clock) {
    return new OAuthStates(pending, key.signingKey(), clock, Duration.ofMinutes(10));
  }

  /** Derived from the shared keyset (generated per process only in demo mode). */
  @Provides
  @Singleton
  StateKey stateKey(AppConfig config) {
    return StateKey.fromKeyset(config.tinkKeyset());
  }

  @Provides
  @Singleton
  TinkTokenCipher tinkCipher(AppConfig config) {
    return TinkTokenCipher.fromJsonKeyset(config.tinkKeyset());
  }

  @Provides
  @Singleton
  TokenCipher cipher(TinkTokenCipher cipher) {
    return cipher;
  }

  /** Whatever store module is installed, webhook secrets reach its store only sealed. */
  @Provides
  @Singleton
  WebhookSecretStore webhookSecrets(
      @StoredSecrets WebhookSecretStore stored, TinkTokenCipher cipher) {
    return new SealedWebhookSecretStore(stored, cipher);
  }
}
