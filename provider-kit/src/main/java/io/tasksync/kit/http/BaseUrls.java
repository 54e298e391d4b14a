package io.tasksync.kit.http;

import java.net.URI;
import java.util.Objects;

/**
 * Where a provider is reached: the host of its consent page and the base of its API (the real ones,
 * or a stand-in's). A trailing slash is dropped so paths can be appended.
 *
 * @param auth the consent (and, for some providers, token) host
 * @param api the API base
 */
public record BaseUrls(URI auth, URI api) {

  public BaseUrls {
    auth = trimSlash(Objects.requireNonNull(auth, "auth"));
    api = trimSlash(Objects.requireNonNull(api, "api"));
  }

  private static URI trimSlash(URI uri) {
    String s = uri.toString();
    return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
  }
}
