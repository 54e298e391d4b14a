package io.tasksync.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SeenIdsTest {

  @Test
  void remembersEveryAddedId_acrossGrowth_andNothingElse() {
    SeenIds seen = new SeenIds();

    IntStream.range(0, 50_000).forEach(i -> seen.add("task-" + i));
    seen.add("task-7");

    assertThat(seen.size()).isEqualTo(50_000);
    assertThat(IntStream.range(0, 50_000).allMatch(i -> seen.contains("task-" + i))).isTrue();
    assertThat(IntStream.range(50_000, 60_000).noneMatch(i -> seen.contains("task-" + i))).isTrue();
  }
}
