package io.tasksync.kit.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.scribejava.core.exceptions.OAuthException;
import com.github.scribejava.core.model.OAuth2AccessTokenErrorResponse;
import com.github.scribejava.core.oauth2.OAuth2Error;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.TaskSyncException;
import io.tasksync.port.out.UnexpectedPayloadException;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * The one mapping of a token endpoint's failures to the ports' exceptions, for every provider:
 *
 * <ul>
 *   <li>{@code invalid_grant}, {@code access_denied}: {@link AuthorizationException.Reason#REVOKED}
 *       (the grant is gone or the code was used; the user reconnects);
 *   <li>{@code invalid_client}, {@code unauthorized_client}: {@code REVOKED}, naming the app's
 *       client id, secret and redirect URI as the thing to check;
 *   <li>{@code server_error}, {@code temporarily_unavailable}, HTTP 5xx, I/O failures: {@link
 *       ProviderUnavailableException} (try again later);
 *   <li>any other OAuth error ({@code invalid_request}, {@code invalid_scope}, one the provider
 *       made up) and answers scribejava cannot read: {@link UnexpectedPayloadException}, which does
 *       not drop a grant that may still be good;
 *   <li>an interrupt: the flag restored, {@link ProviderUnavailableException}.
 * </ul>
 */
public final class OAuthFailures {

  private final String name;

  /**
   * @param name the provider as users read it ("Asana")
   */
  public OAuthFailures(String name) {
    this.name = name;
  }

  /** Runs one token-endpoint request, {@code what} naming it ("refresh the access token"). */
  public <T> T call(Callable<T> request, String what) {
    try {
      return request.call();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderUnavailableException("interrupted while asking " + name + " to " + what, e);
    } catch (ExecutionException e) {
      throw translate(e.getCause() == null ? e : e.getCause(), what);
    } catch (Exception e) {
      throw translate(e, what);
    }
  }

  /** The ports' exception for {@code failure} of the request {@code what}. */
  public TaskSyncException translate(Throwable failure, String what) {
    if (failure instanceof TaskSyncException) {
      return (TaskSyncException) failure;
    }
    if (failure instanceof OAuth2AccessTokenErrorResponse) {
      return ofError(((OAuth2AccessTokenErrorResponse) failure), what);
    }
    if (failure instanceof TokenEndpointException) {
      return new ProviderUnavailableException(
          name
              + " could not "
              + what
              + " (HTTP "
              + ((TokenEndpointException) failure).status()
              + "); try again later",
          failure);
    }
    if (failure instanceof JsonProcessingException) {
      return new UnexpectedPayloadException(
          name + " answered the request to " + what + " with malformed JSON", failure);
    }
    if (failure instanceof IOException) {
      return new ProviderUnavailableException(
          name
              + " could not be reached to "
              + what
              + " ("
              + failure.getClass().getSimpleName()
              + ")",
          failure);
    }
    if (failure instanceof OAuthException) {
      return new UnexpectedPayloadException(
          name + " answered the request to " + what + " in an unexpected shape", failure);
    }
    return new UnexpectedPayloadException(
        "could not " + what + " with " + name + ": " + failure, failure);
  }

  private TaskSyncException ofError(OAuth2AccessTokenErrorResponse e, String what) {
    OAuth2Error error = e.getError();
    String code = error == null ? e.getErrorDescription() : error.getErrorString();
    if (error == OAuth2Error.INVALID_GRANT || error == OAuth2Error.ACCESS_DENIED) {
      return new AuthorizationException(
          AuthorizationException.Reason.REVOKED,
          name
              + " refused to "
              + what
              + " ("
              + code
              + "): the grant was revoked or expired, or the code or refresh token was already"
              + " used; reconnect "
              + name,
          e);
    }
    if (error == OAuth2Error.INVALID_CLIENT || error == OAuth2Error.UNAUTHORIZED_CLIENT) {
      return new AuthorizationException(
          AuthorizationException.Reason.REVOKED,
          name
              + " refused the app's client credentials ("
              + code
              + "); check the "
              + name
              + " client id, secret and redirect URI",
          e);
    }
    if (error == OAuth2Error.SERVER_ERROR || error == OAuth2Error.TEMPORARILY_UNAVAILABLE) {
      return new ProviderUnavailableException(
          name + " could not " + what + " right now (" + code + "); try again later", e);
    }
    return new UnexpectedPayloadException(
        name + " refused to " + what + " (" + (code == null ? "unknown error" : code) + ")", e);
  }
}
