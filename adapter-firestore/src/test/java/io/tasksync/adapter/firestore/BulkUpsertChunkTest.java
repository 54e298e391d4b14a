package io.tasksync.adapter.firestore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BulkUpsertChunkTest {

  @Test
  void aSyncPage_isSpreadOverTheParallelWriters() {
    assertThat(BulkUpsert.chunkSize(100, 250, 4)).isEqualTo(25);
  }

  @Test
  void largeCalls_useTheConfiguredBatchSize() {
    assertThat(BulkUpsert.chunkSize(20_000, 250, 4)).isEqualTo(250);
  }

  @Test
  void smallCalls_areNotSplitBelowTheMinimum() {
    assertThat(BulkUpsert.chunkSize(30, 250, 4)).isEqualTo(BulkUpsert.MIN_SPLIT_BATCH);
    assertThat(BulkUpsert.chunkSize(3, 250, 4)).isEqualTo(BulkUpsert.MIN_SPLIT_BATCH);
  }

  @Test
  void aBatchSizeBelowTheMinimum_isKept() {
    assertThat(BulkUpsert.chunkSize(100, 10, 4)).isEqualTo(10);
  }
}
