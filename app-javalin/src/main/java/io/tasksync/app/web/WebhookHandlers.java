package io.tasksync.app.web;

import io.javalin.http.Context;
import io.tasksync.domain.Provider;
import io.tasksync.port.in.ReceiveWebhookUseCase;
import io.tasksync.port.in.WebhookAnswer;
import io.tasksync.port.out.WebhookKey;
import java.util.Map;

/** Webhook deliveries: the raw body goes to the provider's receiver untouched. */
public final class WebhookHandlers {

  static final int MAX_BODY = 256 * 1024;

  private final ReceiveWebhookUseCase inbox;

  public WebhookHandlers(ReceiveWebhookUseCase inbox) {
    this.inbox = inbox;
  }

  void forIntegration(Context ctx) {
    Provider provider = Params.provider(ctx);
    var id = Params.integrationId(ctx.pathParam("integrationId"));
    answer(
        ctx,
        inbox
            .forIntegration(provider, id, null, ctx.headerMap(), body(ctx))
            .orElseThrow(() -> ApiException.notFound("the integration")));
  }

  void forWebhook(Context ctx) {
    Provider provider = Params.provider(ctx);
    var id = Params.integrationId(ctx.pathParam("integrationId"));
    String webhook = ctx.pathParam("webhookId");
    if (!WebhookKey.isValidWebhookId(webhook)) {
      throw ApiException.notFound("the webhook");
    }
    answer(
        ctx,
        inbox
            .forIntegration(provider, id, webhook, ctx.headerMap(), body(ctx))
            .orElseThrow(() -> ApiException.notFound("the integration")));
  }

  void forApp(Context ctx) {
    Provider provider = Params.provider(ctx);
    answer(
        ctx,
        inbox
            .forApp(provider, ctx.headerMap(), body(ctx))
            .orElseThrow(() -> ApiException.notFound("an app-level webhook for " + provider.id())));
  }

  private static byte[] body(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > MAX_BODY) {
      throw new ApiException(413, "body_too_large", "webhook bodies are limited to 256 KiB");
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_BODY) {
      throw new ApiException(413, "body_too_large", "webhook bodies are limited to 256 KiB");
    }
    return body;
  }

  private static void answer(Context ctx, WebhookAnswer answer) {
    answer.headers().forEach(ctx::header);
    if (answer.status() >= 400) {
      ErrorMapping.write(ctx, answer.status(), "webhook_rejected", answer.message());
    } else {
      ctx.status(answer.status()).json(Map.of("result", answer.message()));
    }
  }
}
