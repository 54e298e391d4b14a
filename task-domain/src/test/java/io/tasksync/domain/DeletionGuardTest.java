package io.tasksync.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeletionGuardTest {

  private final DeletionGuard guard = new DeletionGuard(0.25, 3);

  private static List<String> ids(int n) {
    return IntStream.range(0, n).mapToObj(i -> "t" + i).toList();
  }

  @Test
  void incompleteListing_deletesNothing() {
    DeletionDecision decision = guard.decide(false, 100, ids(1));

    assertThat(decision.isRefused()).isTrue();
    assertThat(decision.toDelete()).isEmpty();
    assertThat(decision.refusal()).contains("incomplete");
  }

  @Test
  void completeListing_deletesWhatItDidNotSee_withinTheShare() {
    DeletionDecision decision = guard.decide(true, 100, ids(25));

    assertThat(decision.isRefused()).isFalse();
    assertThat(decision.toDelete()).hasSize(25);
  }

  @Test
  void suspiciousShare_isRefusedWithTheNumbers() {
    DeletionDecision decision = guard.decide(true, 100, ids(26));

    assertThat(decision.isRefused()).isTrue();
    assertThat(decision.refusal()).contains("26 of 100").contains("25%");
  }

  @Test
  void aProviderReturningNothing_cannotWipeTheCopy() {
    assertThat(guard.decide(true, 5000, ids(5000)).isRefused()).isTrue();
  }

  @Test
  void smallWorkspaces_mayLoseAFewTasksWhateverTheShare() {
    assertThat(guard.decide(true, 4, ids(3)).toDelete()).hasSize(3);
  }

  @Test
  void nothingMissing_deletesNothing() {
    assertThat(guard.decide(true, 10, List.of()).toDelete()).isEmpty();
  }

  @Test
  void invalidShare_isRejected() {
    assertThatThrownBy(() -> new DeletionGuard(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxShare");
  }
}
