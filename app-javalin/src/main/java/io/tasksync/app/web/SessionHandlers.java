package io.tasksync.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.tasksync.domain.OrganizationId;
import java.io.IOException;

/** Page sign-in with an API key once, then an HttpOnly session cookie. */
public final class SessionHandlers {

  private final Access access;
  private final ObjectMapper json;

  public SessionHandlers(Access access, ObjectMapper json) {
    this.access = access;
    this.json = json;
  }

  void signIn(Context ctx) throws IOException {
    Views.SignInRequest request = JsonBodies.read(ctx, json, Views.SignInRequest.class);
    OrganizationId org =
        access
            .signIn(ctx, request.apiKey())
            .orElseThrow(() -> new ApiException(401, "unauthorized", "that API key is not valid"));
    ctx.json(new Views.SessionView(true, org.value()));
  }

  void current(Context ctx) {
    ctx.json(
        access
            .resolve(ctx)
            .map(o -> new Views.SessionView(true, o.value()))
            .orElse(new Views.SessionView(false, null)));
  }

  void signOut(Context ctx) {
    access.signOut(ctx);
    ctx.status(204);
  }
}
