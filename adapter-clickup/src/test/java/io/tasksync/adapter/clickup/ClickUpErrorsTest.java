package io.tasksync.adapter.clickup;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.UnexpectedPayloadException;
import org.junit.jupiter.api.Test;

class ClickUpErrorsTest {

  @Test
  void tokenNotFoundCodes_meanTheGrantIsRevoked() {
    for (String code : new String[] {"OAUTH_019", "OAUTH_021", "OAUTH_025", "OAUTH_077"}) {
      assertThat(ClickUpErrors.of(401, code, "Token not found", "GET /team"))
          .isInstanceOfSatisfying(
              AuthorizationException.class,
              e -> assertThat(e.reason()).isEqualTo(AuthorizationException.Reason.REVOKED));
    }
  }

  @Test
  void teamNotAuthorized_isAMissingWorkspaceNotARevokedToken() {
    assertThat(ClickUpErrors.isTokenRejected(401, "OAUTH_027")).isFalse();
    assertThat(
            ClickUpErrors.of(401, "OAUTH_027", "Team not authorized", "the tasks of workspace 9"))
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(AuthorizationException.Reason.MISSING_SCOPE);
              assertThat(e.getMessage()).contains("select that workspace");
            });
  }

  @Test
  void missingTaskWith401_isNotFoundAndLeavesTheTokenAlone() {
    assertThat(ClickUpErrors.isTokenRejected(401, "ITEM_013")).isFalse();
    assertThat(ClickUpErrors.of(401, "ITEM_013", "Task not found, deleted", "task 1vj38vv"))
        .isInstanceOf(ClickUpNotFoundException.class);
    assertThat(ClickUpErrors.of(404, "ITEM_013", "Task not found, deleted", "task 1vj38vv"))
        .isInstanceOf(ClickUpNotFoundException.class);
  }

  @Test
  void forbidden_isAMissingPermission() {
    assertThat(ClickUpErrors.of(403, "TEAM_011", "Only owners", "time entries"))
        .isInstanceOfSatisfying(
            AuthorizationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthorizationException.Reason.MISSING_SCOPE));
  }

  @Test
  void serverErrors_areTransientAndOtherRefusalsAreBugs() {
    assertThat(ClickUpErrors.of(502, null, null, "GET /team"))
        .isInstanceOf(ProviderUnavailableException.class);
    assertThat(ClickUpErrors.of(400, "INPUT_005", "bad", "GET /team"))
        .isInstanceOf(UnexpectedPayloadException.class)
        .hasMessageContaining("INPUT_005");
  }
}
