package io.tasksync.adapter.clickup;

import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.TaskSyncException;
import io.tasksync.port.out.UnexpectedPayloadException;

/**
 * Turns ClickUp's error answers ({@code {"err": "...", "ECODE": "..."}}) into the ports'
 * exceptions. A 401 is not always a dead token: OAUTH_023/026/027/029-045 mean a workspace is not
 * covered by the grant, and ITEM_013 (sometimes sent with 401) means one task is gone.
 */
final class ClickUpErrors {

  private ClickUpErrors() {}

  /** Whether the ECODE says the token itself is unknown, revoked or missing. */
  static boolean isTokenRejected(int status, String ecode) {
    return status == 401
        && ecode != null
        && ecode.startsWith("OAUTH_")
        && !isTeamNotAuthorized(ecode);
  }

  static boolean isTeamNotAuthorized(String ecode) {
    if (ecode == null || !ecode.startsWith("OAUTH_")) {
      return false;
    }
    try {
      int n = Integer.parseInt(ecode.substring(6));
      return n == 23 || n == 26 || n == 27 || (n >= 29 && n <= 45);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static boolean isNotFound(int status, String ecode) {
    return status == 404 || (ecode != null && ecode.startsWith("ITEM_"));
  }

  static TaskSyncException of(int status, String ecode, String err, String what) {
    String detail =
        " (HTTP "
            + status
            + (ecode == null ? "" : ", " + ecode)
            + (err == null ? "" : ": " + err)
            + ")";
    if (isTokenRejected(status, ecode)) {
      return revoked(detail);
    }
    if (status == 401 && isTeamNotAuthorized(ecode)) {
      return new AuthorizationException(
          AuthorizationException.Reason.MISSING_SCOPE,
          "the ClickUp connection does not cover the workspace of "
              + what
              + detail
              + "; reconnect ClickUp and select that workspace on the consent page");
    }
    if (isNotFound(status, ecode)) {
      return new ClickUpNotFoundException("ClickUp has no " + what + detail);
    }
    if (status == 401 || status == 403) {
      return new AuthorizationException(
          AuthorizationException.Reason.MISSING_SCOPE,
          "ClickUp refused "
              + what
              + detail
              + "; the connected user lacks access (reading other members' time entries needs a"
              + " workspace owner or admin)");
    }
    if (status >= 500) {
      return new ProviderUnavailableException(
          "ClickUp failed to answer " + what + detail + "; the sync retries from its checkpoint");
    }
    return new UnexpectedPayloadException("ClickUp rejected " + what + detail);
  }

  static AuthorizationException revoked(String detail) {
    return new AuthorizationException(
        AuthorizationException.Reason.REVOKED,
        "ClickUp no longer accepts the access token"
            + detail
            + "; the app was removed from the workspace or the user deactivated: reconnect ClickUp");
  }
}
