package io.tasksync.port.out;

/** Gives a provider adapter a working access token for one integration. */
public interface TokenSource {

  /**
   * A current access token, refreshed first when it is about to expire.
   *
   * @throws AuthorizationException when the grant cannot be used or refreshed
   */
  String accessToken();

  /**
   * Called after the provider rejected {@code rejected} as unauthorized: returns a newer token
   * (refreshing when possible), never {@code rejected} itself.
   *
   * @throws AuthorizationException when no newer token can be had
   */
  String refreshAfterRejection(String rejected);

  /** A source for a token that never changes (tests, personal tokens). */
  static TokenSource fixed(String token) {
    return new TokenSource() {
      @Override
      public String accessToken() {
        return token;
      }

      @Override
      public String refreshAfterRejection(String rejected) {
        throw new AuthorizationException(
            AuthorizationException.Reason.REVOKED,
            "the provider rejected the access token and it cannot be refreshed");
      }
    };
  }
}
