package io.tasksync.kit.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;

/**
 * An adapter's reading of one answer: its provider's success shapes and error codes. It throws the
 * ports' exceptions for failures that are not a {@link Verdict} (404, 403, 5xx, malformed bodies).
 * {@link ProviderHttp} closes the body afterwards.
 */
@FunctionalInterface
public interface ResponseReader<T> {

  /**
   * Reads {@code response}, sent with {@code token}.
   *
   * @throws IOException when the body cannot be read ({@link
   *     com.fasterxml.jackson.core.JsonProcessingException} for malformed JSON)
   */
  Verdict<T> read(String token, HttpResponse<InputStream> response) throws IOException;
}
