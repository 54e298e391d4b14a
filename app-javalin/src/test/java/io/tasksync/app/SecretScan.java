package io.tasksync.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** One scan of a run's documents, log lines and responses for the secrets a scanner knows. */
final class SecretScan {

  private final List<SecretScanner.Finding> findings = new ArrayList<>();
  private final String summary;

  SecretScan(
      SecretScanner scanner,
      List<EmulatorDocuments.Document> documents,
      List<String> logLines,
      List<RecordingClient.Exchange> responses) {
    for (EmulatorDocuments.Document d : documents) {
      findings.addAll(scanner.scan("document " + d.name(), d.json()));
    }
    for (int i = 0; i < logLines.size(); i++) {
      String line = logLines.get(i);
      String[] head = line.split(" ", 3);
      findings.addAll(
          scanner.scan("log line " + (i + 1) + " (" + head[0] + " " + head[1] + ")", line));
    }
    for (RecordingClient.Exchange r : responses) {
      String where = "response to " + r.request();
      findings.addAll(scanner.scan(where, r.headers()));
      findings.addAll(scanner.scan(where, r.body()));
    }
    summary =
        scanner.secretCount()
            + " secrets of "
            + scanner.kinds().size()
            + " kinds "
            + scanner.kinds()
            + " searched in "
            + documents.size()
            + " documents, "
            + logLines.size()
            + " log events and "
            + responses.size()
            + " responses: "
            + findings.size()
            + " findings";
  }

  List<SecretScanner.Finding> findings() {
    return List.copyOf(findings);
  }

  String summary() {
    return summary;
  }

  /**
   * The raw AES key of each key in a Tink JSON keyset: the last 32 bytes of the serialized {@code
   * AesGcmKey} (its {@code key_value} field closes the message).
   */
  static List<byte[]> tinkKeyMaterial(String jsonKeyset) throws IOException {
    List<byte[]> keys = new ArrayList<>();
    for (JsonNode key : new ObjectMapper().readTree(jsonKeyset).path("key")) {
      byte[] proto = Base64.getDecoder().decode(key.path("keyData").path("value").asText());
      if (proto.length < 34 || proto[proto.length - 33] != 0x20) {
        throw new IllegalStateException("not an AES-256-GCM key of " + proto.length + " bytes");
      }
      keys.add(Arrays.copyOfRange(proto, proto.length - 32, proto.length));
    }
    return keys;
  }
}
