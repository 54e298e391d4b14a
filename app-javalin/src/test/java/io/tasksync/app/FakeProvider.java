package io.tasksync.app;

import io.tasksync.domain.OAuthTokens;
import io.tasksync.domain.Provider;
import io.tasksync.domain.RunKind;
import io.tasksync.domain.StatusCategory;
import io.tasksync.domain.Task;
import io.tasksync.domain.Workspace;
import io.tasksync.port.out.AuthorizationException;
import io.tasksync.port.out.FetchRequest;
import io.tasksync.port.out.OAuthClient;
import io.tasksync.port.out.ProviderUnavailableException;
import io.tasksync.port.out.TaskPage;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TokenSource;
import io.tasksync.port.out.WebhookOutcome;
import io.tasksync.port.out.WebhookReceiver;
import io.tasksync.port.out.WebhookRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A provider for app tests: OAuth with PKCE (code {@code good} is accepted, {@code unavailable}
 * fails as a 5xx, anything else is refused), a workspace of {@code size} tasks in pages of ten, and
 * webhooks signed with a shared secret header.
 */
final class FakeProvider implements TaskProvider, OAuthClient, WebhookReceiver {

  static final String ACCESS_TOKEN = "fake-access-token-0123456789";

  private final Provider provider;
  private final URI consentPage;
  private final int size;
  volatile String lastChallenge;
  final AtomicInteger revocations = new AtomicInteger();
  final AtomicInteger fetches = new AtomicInteger();
  private final AtomicInteger exchanges = new AtomicInteger();
  final List<String> cursors = new java.util.concurrent.CopyOnWriteArrayList<>();
  volatile long pageDelayMillis;
  final List<RunKind> kinds = new java.util.concurrent.CopyOnWriteArrayList<>();
  volatile boolean incrementalMissesDeletions;

  FakeProvider(Provider provider, URI consentPage, int size) {
    this.provider = provider;
    this.consentPage = consentPage;
    this.size = size;
  }

  @Override
  public Provider provider() {
    return provider;
  }

  @Override
  public boolean supportsPkce() {
    return true;
  }

  @Override
  public URI authorizationUrl(String state, String codeChallenge) {
    lastChallenge = codeChallenge;
    return URI.create(consentPage + "?provider=" + provider.id() + "&state=" + state);
  }

  @Override
  public OAuthTokens exchange(String code, String codeVerifier) {
    exchanges.incrementAndGet();
    if ("unavailable".equals(code)) {
      throw new ProviderUnavailableException("the fake provider is down");
    }
    if (!"good".equals(code) || !challengeOf(codeVerifier).equals(lastChallenge)) {
      throw new AuthorizationException(
          AuthorizationException.Reason.REVOKED, "invalid_grant: the code was refused");
    }
    return new OAuthTokens(ACCESS_TOKEN, "fake-refresh-token", null, "default");
  }

  int exchanges() {
    return exchanges.get();
  }

  @Override
  public OAuthTokens refresh(OAuthTokens current) {
    return current;
  }

  @Override
  public boolean supportsRevoke() {
    return true;
  }

  @Override
  public void revoke(OAuthTokens tokens) {
    revocations.incrementAndGet();
  }

  @Override
  public Stream<TaskPage> fetch(FetchRequest request) {
    fetches.incrementAndGet();
    kinds.add(request.kind());
    cursors.add(String.valueOf(request.cursor()));
    boolean missed = incrementalMissesDeletions && request.kind() == RunKind.INCREMENTAL;
    request.tokens().accessToken();
    int start = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
    int pages = (size + 9) / 10;
    return IntStream.range(start / 10, pages)
        .mapToObj(
            p -> {
              pause();
              List<Task> tasks = new ArrayList<>();
              for (int i = p * 10; i < Math.min(size, p * 10 + 10); i++) {
                tasks.add(task(request, i));
              }
              return new TaskPage(
                  tasks, List.of(), String.valueOf(p * 10 + 10), missed && p == pages - 1);
            });
  }

  private void pause() {
    try {
      Thread.sleep(pageDelayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Task task(FetchRequest request, int i) {
    return Task.builder(
            request.integration().organizationId(),
            request.integration().id(),
            provider,
            "task-" + i)
        .title("Task number " + i)
        .statusCategory(i % 3 == 0 ? StatusCategory.DONE : StatusCategory.TODO)
        .updatedAt(Instant.parse("2026-05-01T00:00:00Z").plusSeconds(i))
        .build();
  }

  @Override
  public List<Workspace> workspaces(TokenSource tokens) {
    tokens.accessToken();
    return List.of(new Workspace("ws-1", "Fake workspace"));
  }

  @Override
  public WebhookOutcome receive(WebhookRequest request) {
    if (request.header("X-Hook-Secret").isPresent()) {
      String secret = request.header("X-Hook-Secret").get();
      return WebhookOutcome.handshake(java.util.Map.of("X-Hook-Secret", secret), secret);
    }
    String signature = request.header("X-Signature").orElse("");
    if (request.secret() == null || !request.secret().equals(signature)) {
      return WebhookOutcome.rejected("bad signature");
    }
    String body = new String(request.body(), StandardCharsets.UTF_8);
    List<String> deleted = body.startsWith("delete:") ? List.of(body.substring(7)) : List.of();
    return WebhookOutcome.accepted(
        request.header("X-Delivery").orElse(null), "ws-1", List.of(), deleted);
  }

  static String challengeOf(String verifier) {
    if (verifier == null) {
      return "";
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
