package io.tasksync.app.web;

import io.javalin.http.Context;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.in.ConnectCallback;
import io.tasksync.port.in.ConnectResult;
import io.tasksync.port.in.ConnectUseCase;
import java.net.URI;
import java.util.Optional;

/**
 * The browser side of the connect flow. Every outcome lands on the connect page with {@code
 * ?connected=<provider>} or {@code ?error=<code>}. The callback is honoured only in the browser
 * that asked for the consent (its binding cookie), so nobody can link an account into another's
 * organization by sending them a consent link.
 */
public final class OAuthHandlers {

  private final ConnectUseCase connect;
  private final Access access;

  public OAuthHandlers(ConnectUseCase connect, Access access) {
    this.connect = connect;
    this.access = access;
  }

  void authorize(Context ctx) {
    Optional<Provider> provider = provider(ctx);
    Optional<OrganizationId> org = access.resolve(ctx);
    if (provider.isEmpty()) {
      back(ctx, "error=unknown_provider");
    } else if (org.isEmpty()) {
      back(ctx, "error=sign_in_required");
    } else {
      Optional<URI> consent = connect.begin(org.get(), provider.get(), access.browserBinding(ctx));
      if (consent.isPresent()) {
        ctx.redirect(consent.get().toString());
      } else {
        back(ctx, "error=provider_not_configured");
      }
    }
  }

  void callback(Context ctx) {
    Optional<Provider> provider = provider(ctx);
    if (provider.isEmpty()) {
      back(ctx, "error=unknown_provider");
      return;
    }
    ConnectResult result =
        connect.complete(
            new ConnectCallback(
                provider.get(),
                ctx.queryParam("code"),
                ctx.queryParam("state"),
                ctx.queryParam("error"),
                Access.presentedBinding(ctx)));
    back(
        ctx,
        result.succeeded()
            ? "connected=" + provider.get().id()
            : "error=" + result.errorCode() + "&provider=" + provider.get().id());
  }

  private static Optional<Provider> provider(Context ctx) {
    try {
      return Optional.of(Provider.fromId(ctx.pathParam("provider")));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void back(Context ctx, String query) {
    ctx.header("Cache-Control", "no-store");
    ctx.redirect("/?" + query);
  }
}
