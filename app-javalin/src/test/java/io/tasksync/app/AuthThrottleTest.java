package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failed authentications are throttled per client; other clients and valid keys are not. */
class AuthThrottleTest {

  private static final int ENOUGH = 60;

  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start(URI.create("http://127.0.0.1:9/consent"), 5);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void manyWrongKeys_turnInto429WithRetryAfter_andAValidKeyFromAnotherClientStillWorks()
      throws IOException {
    HttpResponse<String> last = null;
    int sent = 0;
    while (sent < ENOUGH && (last == null || last.statusCode() != 429)) {
      last = app.get("/api/integrations", "wrong-key-" + sent);
      sent++;
    }

    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(sent).isGreaterThan(5);
    assertThat(app.tree(last).get("error").asText()).isEqualTo("too_many_attempts");
    assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isPositive();
    assertThat(app.get("/api/integrations", TestApp.KEY_A).statusCode()).isEqualTo(429);
    assertThat(fromAnotherClient("/api/integrations", TestApp.KEY_A)).startsWith("HTTP/1.1 200");
  }

  @Test
  void manyWrongSignIns_turnInto429() {
    HttpResponse<String> last = null;
    int sent = 0;
    while (sent < ENOUGH && (last == null || last.statusCode() != 429)) {
      last = app.post("/session", null, "{\"apiKey\":\"wrong-" + sent + "\"}");
      sent++;
    }

    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
    assertThat(last.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void validKeys_areNeverThrottled() {
    for (int i = 0; i < ENOUGH; i++) {
      assertThat(app.get("/api/integrations", TestApp.KEY_A).statusCode()).isEqualTo(200);
    }
  }

  /** A request from the loopback address 127.0.0.2, a client other than the test's default. */
  private String fromAnotherClient(String path, String key) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress("127.0.0.2", 0));
      socket.connect(new InetSocketAddress("127.0.0.1", app.app.port()), 5_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + key
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return HttpSurfaceTest.readReply(socket.getInputStream());
    }
  }
}
