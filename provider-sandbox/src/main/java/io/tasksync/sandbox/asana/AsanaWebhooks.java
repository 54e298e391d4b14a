package io.tasksync.sandbox.asana;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Webhooks per project: the X-Hook-Secret handshake at creation, then signed deliveries. */
final class AsanaWebhooks implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AsanaWebhooks.class);
  private static final long WEBHOOK_BASE = 1800000000000000L;

  record Hook(String gid, int project, URI target, String secret) {}

  private final Map<String, Hook> hooks = new ConcurrentHashMap<>();
  private final AtomicLong next = new AtomicLong(1);
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ExecutorService deliveries =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "asana-stand-in-webhooks");
            t.setDaemon(true);
            return t;
          });
  private final ObjectMapper json;
  private final URI override;
  private final AtomicLong delivered = new AtomicLong();

  AsanaWebhooks(ObjectMapper json, URI override) {
    this.json = json;
    this.override = override;
  }

  /** Performs the handshake with the target; empty when the target did not echo the secret. */
  Optional<Hook> create(int project, URI target) throws InterruptedException {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String secret = HexFormat.of().formatHex(bytes);
    URI to = override != null ? override : target;
    HttpRequest handshake =
        HttpRequest.newBuilder(to)
            .timeout(Duration.ofSeconds(10))
            .header("X-Hook-Secret", secret)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      HttpResponse<Void> answer = http.send(handshake, HttpResponse.BodyHandlers.discarding());
      boolean ok = answer.statusCode() == 200 || answer.statusCode() == 204;
      if (!ok || !secret.equals(answer.headers().firstValue("X-Hook-Secret").orElse(null))) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    Hook hook = new Hook(Long.toString(WEBHOOK_BASE + next.getAndIncrement()), project, to, secret);
    hooks.put(hook.gid(), hook);
    return Optional.of(hook);
  }

  List<Hook> all() {
    return List.copyOf(hooks.values());
  }

  boolean delete(String gid) {
    return hooks.remove(gid) != null;
  }

  long deliveredCount() {
    return delivered.get();
  }

  /** Sends the event to every webhook on one of its projects, asynchronously. */
  void deliver(AsanaEvents.Event event) {
    for (Hook hook : hooks.values()) {
      if (event.projects().contains(hook.project())) {
        deliveries.submit(() -> send(hook, Map.of("events", List.of(event.json()))));
      }
    }
  }

  private void send(Hook hook, Object payload) {
    try {
      byte[] body = json.writeValueAsBytes(payload);
      HttpRequest request =
          HttpRequest.newBuilder(hook.target())
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .header("X-Hook-Signature", sign(body, hook.secret()))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      http.send(request, HttpResponse.BodyHandlers.discarding());
      delivered.incrementAndGet();
    } catch (JsonProcessingException e) {
      log.warn("could not render a webhook delivery: {}", e.getMessage());
    } catch (IOException e) {
      log.info("webhook delivery to {} failed: {}", hook.target(), e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String sign(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  @Override
  public void close() {
    deliveries.shutdownNow();
  }
}
