package io.tasksync.application;

import io.tasksync.domain.IntegrationId;
import io.tasksync.port.out.TokenSource;

/** Gives the token source of an integration. */
@FunctionalInterface
public interface TokenSourceFactory {

  TokenSource forIntegration(IntegrationId integrationId);
}
