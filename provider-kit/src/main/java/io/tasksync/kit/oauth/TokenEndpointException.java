package io.tasksync.kit.oauth;

import com.github.scribejava.core.exceptions.OAuthException;

/** A token endpoint answered with a server error (5xx), which scribejava would not tell apart. */
public final class TokenEndpointException extends OAuthException {

  private static final long serialVersionUID = 1L;

  private final int status;

  public TokenEndpointException(int status) {
    super("the token endpoint answered HTTP " + status);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
