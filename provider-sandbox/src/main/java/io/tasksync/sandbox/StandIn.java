package io.tasksync.sandbox;

import java.net.URI;

/**
 * A running local stand-in for one provider's API (OAuth consent, token, REST or GraphQL, webhooks,
 * faults). Each stand-in listens on its own loopback port, as the real providers live on their own
 * hosts.
 */
public interface StandIn extends AutoCloseable {

  /** The provider id: {@code asana}, {@code clickup} or {@code linear}. */
  String providerId();

  /** Where the stand-in listens, e.g. {@code http://127.0.0.1:54321}. */
  URI baseUrl();

  /** Stops the server. */
  @Override
  void close();
}
