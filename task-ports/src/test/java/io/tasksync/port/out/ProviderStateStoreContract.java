package io.tasksync.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.domain.IntegrationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ProviderStateStore} must do. */
public abstract class ProviderStateStoreContract {

  protected ProviderStateStore store;
  protected IntegrationId id;
  protected IntegrationId other;

  protected abstract ProviderStateStore createStore();

  @BeforeEach
  void setUpStore() {
    store = createStore();
    id = TestTasks.anIntegration();
    other = TestTasks.anIntegration();
  }

  @Test
  void unknownKey_isEmpty() {
    assertThat(store.get(id, "asana.sync.1")).isEmpty();
  }

  @Test
  void put_replacesTheValueOfItsKeyOnly() {
    store.put(id, "asana.sync.1", "first");
    store.put(id, "asana.sync.1", "second");
    store.put(id, "asana.sync.2", "another project");
    store.put(other, "asana.sync.1", "another integration");

    assertThat(store.get(id, "asana.sync.1")).contains("second");
    assertThat(store.get(id, "asana.sync.2")).contains("another project");
    assertThat(store.get(other, "asana.sync.1")).contains("another integration");
  }

  @Test
  void keysAndValues_roundTripExactly() {
    String key = "a/b c:d%e.f#" + "k".repeat(ProviderStateStore.MAX_KEY_LENGTH - 12);
    String value = "v/ü\n\"{}" + "x".repeat(ProviderStateStore.MAX_VALUE_LENGTH - 7);

    store.put(id, key, value);

    assertThat(store.get(id, key)).contains(value);
    assertThat(store.get(id, key.substring(1))).isEmpty();
  }

  @Test
  void deleteAll_forgetsTheIntegrationsValuesOnly() {
    store.put(id, "asana.sync.1", "one");
    store.put(id, "asana.sync.2", "two");
    store.put(other, "asana.sync.1", "theirs");

    store.deleteAll(id);
    store.deleteAll(id);

    assertThat(store.get(id, "asana.sync.1")).isEmpty();
    assertThat(store.get(id, "asana.sync.2")).isEmpty();
    assertThat(store.get(other, "asana.sync.1")).contains("theirs");
  }

  @Test
  void blankOrOversizedKeyOrValue_isRefused() {
    String longKey = "k".repeat(ProviderStateStore.MAX_KEY_LENGTH + 1);
    String longValue = "v".repeat(ProviderStateStore.MAX_VALUE_LENGTH + 1);

    assertThatThrownBy(() -> store.put(id, " ", "v")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.put(id, longKey, "v"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.put(id, "k", longValue))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.put(id, "k", null)).isInstanceOf(IllegalArgumentException.class);
  }
}
