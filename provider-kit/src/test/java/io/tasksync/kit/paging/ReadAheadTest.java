package io.tasksync.kit.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tasksync.port.out.ProviderUnavailableException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

  @Test
  void pages_comeOutInTheListingsOrder() {
    try (ReadAhead<Integer> pages = new ReadAhead<>(List.of(1, 2, 3, 4).iterator(), 2, "t")) {
      List<Integer> seen = new ArrayList<>();
      pages.forEachRemaining(seen::add);

      assertThat(seen).containsExactly(1, 2, 3, 4);
    }
  }

  @Test
  void aFailureAhead_isThrownAfterEveryPageBeforeIt() {
    Iterator<Integer> failing =
        new Iterator<>() {
          int next = 1;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Integer next() {
            if (next == 3) {
              throw new ProviderUnavailableException("page 3 failed");
            }
            return next++;
          }
        };
    try (ReadAhead<Integer> pages = new ReadAhead<>(failing, 4, "t")) {
      assertThat(pages.next()).isEqualTo(1);
      assertThat(pages.next()).isEqualTo(2);
      assertThatThrownBy(pages::next).hasMessage("page 3 failed");
    }
  }

  @Test
  void readingAhead_stopsAtTheDepth() {
    AtomicInteger read = new AtomicInteger();
    Iterator<Integer> counting =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Integer next() {
            return read.incrementAndGet();
          }
        };
    try (ReadAhead<Integer> pages = new ReadAhead<>(counting, 3, "t")) {
      assertThat(pages.next()).isEqualTo(1);

      await().until(() -> read.get() >= 4);
      assertThat(read.get()).isEqualTo(4);
    }
  }
}
