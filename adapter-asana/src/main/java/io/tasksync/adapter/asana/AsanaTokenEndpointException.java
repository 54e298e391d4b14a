package io.tasksync.adapter.asana;

import com.github.scribejava.core.exceptions.OAuthException;

/** Asana's token endpoint answered with a server error. */
final class AsanaTokenEndpointException extends OAuthException {

  private static final long serialVersionUID = 1L;

  final int status;

  AsanaTokenEndpointException(int status) {
    super("Asana's token endpoint answered HTTP " + status);
    this.status = status;
  }
}
