package io.tasksync.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawPayloadTest {

  @Test
  void smallPayload_isKeptWhole() {
    RawPayload raw = RawPayload.bounded("{\"a\":1}", 100);

    assertThat(raw.json()).isEqualTo("{\"a\":1}");
    assertThat(raw.truncated()).isFalse();
  }

  @Test
  void largePayload_isCutToTheBoundWithAMarker() {
    String big = "x".repeat(10_000);

    RawPayload raw = RawPayload.bounded(big, 1000);

    assertThat(raw.truncated()).isTrue();
    assertThat(raw.sizeInBytes()).isLessThanOrEqualTo(1000);
    assertThat(raw.json()).endsWith(RawPayload.TRUNCATION_MARKER).startsWith("xxxx");
  }

  @Test
  void cut_neverSplitsAMultiByteCharacter() {
    String emoji = "😀".repeat(1000);

    String cut = Truncation.toUtf8Bytes(emoji, 101, "…");

    byte[] bytes = cut.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isLessThanOrEqualTo(101);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(cut);
    assertThat(cut.replace("…", "")).matches("(😀)+");
  }
}
