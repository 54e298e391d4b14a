package io.tasksync.domain;

import static io.tasksync.domain.Tasks.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskTest {

  @Test
  void blankExternalId_isRejectedNamingTheField() {
    assertThatThrownBy(
            () -> Task.builder(Tasks.ORG, Tasks.INTEGRATION, Provider.ASANA, "  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("externalId");
  }

  @Test
  void negativeEstimate_isRejectedNamingTheField() {
    assertThatThrownBy(() -> Estimate.minutes(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("estimate.value");
  }

  @Test
  void negativeTimeTracked_isRejectedNamingTheField() {
    assertThatThrownBy(() -> aTask().timeTrackedMinutes(-5L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeTrackedMinutes");
  }

  @Test
  void unknownStatusCategory_isRejectedNamingTheField() {
    assertThatThrownBy(() -> StatusCategory.fromName("SOMEDAY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("statusCategory");
    assertThat(StatusCategory.fromName(" in_progress ")).isEqualTo(StatusCategory.IN_PROGRESS);
  }

  @Test
  void missingUpdatedAt_isRejectedNamingTheField() {
    assertThatThrownBy(() -> aTask().updatedAt(null).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("updatedAt");
  }

  @Test
  void unknownProvider_isRejectedListingTheKnownOnes() {
    assertThatThrownBy(() -> Provider.fromId("jira"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asana, clickup, linear");
    assertThat(Provider.fromId("ClickUp")).isEqualTo(Provider.CLICKUP);
  }

  @Test
  void lists_areCopied_soLaterChangesDoNotLeakIn() {
    List<String> labels = new ArrayList<>(List.of("a"));
    Task task = aTask().labels(labels).build();

    labels.add("b");

    assertThat(task.labels()).containsExactly("a");
  }

  @Test
  void blankOptionalTexts_becomeNull() {
    Task task = aTask().description(" ").rawStatus("").url(" ").build();

    assertThat(task.description()).isNull();
    assertThat(task.rawStatus()).isNull();
    assertThat(task.url()).isNull();
  }

  @Test
  void unsafeIntegrationId_isRejected() {
    assertThatThrownBy(() -> IntegrationId.of("../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("integrationId");
  }

  @Test
  void tokens_neverShowInToString() {
    OAuthTokens tokens = new OAuthTokens("secret-access", "secret-refresh", null, "default");

    assertThat(tokens.toString()).doesNotContain("secret-access").doesNotContain("secret-refresh");
  }
}
