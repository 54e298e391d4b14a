package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Response headers and the JSON error shape, including for what Jetty refuses before routing. */
class HttpSurfaceTest {

  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start(URI.create("http://127.0.0.1:9/consent"), 5);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/integrations", "/api/tasks", "/health", "/session", "/nope"})
  void jsonRoutes_sendNosniffAndNoStore(String path) {
    HttpResponse<String> withKey = app.get(path, TestApp.KEY_A);
    HttpResponse<String> withoutKey = app.get(path, null);

    for (HttpResponse<String> response : new HttpResponse[] {withKey, withoutKey}) {
      assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }
  }

  @Test
  void urlOver8Kb_answersJsonError() throws IOException {
    String reply = raw("GET /api/tasks?x=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n");

    assertJsonError(reply, 414);
  }

  @Test
  void headersOver8Kb_answerJsonError() throws IOException {
    String reply =
        raw("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(9000) + "\r\n\r\n");

    assertJsonError(reply, 431);
  }

  @Test
  void nulInThePath_answersJsonError() throws IOException {
    String reply = raw("GET /api/tasks%00 HTTP/1.1\r\nHost: x\r\n\r\n");

    assertJsonError(reply, 400);
  }

  @Test
  void malformedRequestLine_answersJsonError() throws IOException {
    String reply = raw("GET /a b c HTTP/1.1\r\nHost: x\r\n\r\n");

    assertThat(reply).startsWith("HTTP/1.1 4");
    assertThat(reply).containsIgnoringCase("content-type: application/json");
    assertThat(reply).doesNotContain("<html").doesNotContain("<h2>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "42", "\"text\"", "true"})
  void signInWithBodyThatIsNotAnObject_isBadRequest(String body) {
    HttpResponse<String> response = app.post("/session", null, body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(app.tree(response).get("error").asText()).isEqualTo("invalid_json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sync", "disconnect"})
  void integrationPostWithNullBody_isBadRequest(String action) {
    String id = Connecting.connect(app, TestApp.KEY_A).value();

    HttpResponse<String> response =
        app.post("/api/integrations/" + id + "/" + action, TestApp.KEY_A, "null");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(app.tree(response).get("error").asText()).isEqualTo("invalid_json");
    assertThat(app.tree(app.get("/api/integrations", TestApp.KEY_A)).get(0).get("status").asText())
        .isEqualTo("CONNECTED");
  }

  @Test
  void methodNotAllowed_isJson() {
    HttpResponse<String> response =
        app.send(
            app.request("/health")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}"))
                .build());

    assertThat(response.statusCode()).isBetween(400, 499);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
  }

  @Test
  void nulInThePath_repliesThatTheConnectionCloses() throws IOException {
    String reply = raw("POST /assets/%00 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");

    assertThat(reply.toLowerCase()).contains("connection: close");
  }

  private void assertJsonError(String reply, int status) {
    assertThat(reply).startsWith("HTTP/1.1 " + status);
    assertThat(reply.toLowerCase()).contains("content-type: application/json");
    assertThat(reply.toLowerCase()).contains("x-content-type-options: nosniff");
    assertThat(reply).contains("\"error\":").doesNotContain("<html");
  }

  /** Sends bytes the JDK's HTTP client would refuse to send, and reads the whole reply. */
  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.app.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return readReply(in);
    }
  }

  static String readReply(InputStream in) throws IOException {
    StringBuilder reply = new StringBuilder();
    byte[] buffer = new byte[8192];
    int n;
    try {
      while ((n = in.read(buffer)) > 0) {
        reply.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        int headerEnd = reply.indexOf("\r\n\r\n");
        if (headerEnd > 0 && complete(reply, headerEnd)) {
          break;
        }
      }
    } catch (java.net.SocketException e) {
      // the server may close the connection after an error reply
    }
    return reply.toString();
  }

  private static boolean complete(StringBuilder reply, int headerEnd) {
    String head = reply.substring(0, headerEnd).toLowerCase();
    int at = head.indexOf("content-length:");
    if (at < 0) {
      return false;
    }
    int end = head.indexOf("\r\n", at);
    int length = Integer.parseInt(head.substring(at + 15, end < 0 ? head.length() : end).trim());
    return reply.length() - headerEnd - 4 >= length;
  }
}
