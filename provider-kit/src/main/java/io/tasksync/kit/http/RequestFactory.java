package io.tasksync.kit.http;

import java.net.http.HttpRequest;

/**
 * Builds one request of a call for the token it is sent with; {@link ProviderHttp} adds the bearer
 * token, {@code Accept: application/json} and the request timeout.
 */
@FunctionalInterface
public interface RequestFactory {

  HttpRequest.Builder build(String token);
}
