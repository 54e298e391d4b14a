package io.tasksync.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StateKeyTest {

  @Test
  void sameKeysetReformatted_givesTheSameKey() {
    String keyset = TinkTokenCipher.generateJsonKeyset();
    String reformatted = keyset.replace(",", ",\n  ").replace("{", "{ ");

    byte[] one = StateKey.fromKeyset(keyset).bytes();
    byte[] other = StateKey.fromKeyset(reformatted).bytes();

    assertThat(other).isEqualTo(one).hasSize(32);
  }

  @Test
  void anotherKeyset_givesAnotherKey() {
    byte[] one = StateKey.fromKeyset(TinkTokenCipher.generateJsonKeyset()).bytes();
    byte[] other = StateKey.fromKeyset(TinkTokenCipher.generateJsonKeyset()).bytes();

    assertThat(other).isNotEqualTo(one);
  }

  @Test
  void notAKeyset_isRefused() {
    assertThatThrownBy(() -> StateKey.fromKeyset("{\"primaryKeyId\":1}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_revealsNothing() {
    assertThat(StateKey.fromKeyset(TinkTokenCipher.generateJsonKeyset()).toString())
        .isEqualTo("StateKey[redacted]");
  }
}
