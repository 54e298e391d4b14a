package io.tasksync.kit.oauth;

import com.github.scribejava.core.extractors.OAuth2AccessTokenJsonExtractor;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.Response;
import java.io.IOException;

/**
 * The standard JSON token extractor, except that a 5xx answer becomes {@link
 * TokenEndpointException} (and so "try again later") instead of an unreadable-payload error.
 */
public final class StatusAwareTokenExtractor extends OAuth2AccessTokenJsonExtractor {

  public static final StatusAwareTokenExtractor INSTANCE = new StatusAwareTokenExtractor();

  private StatusAwareTokenExtractor() {}

  @Override
  public OAuth2AccessToken extract(Response response) throws IOException {
    if (response.getCode() >= 500) {
      throw new TokenEndpointException(response.getCode());
    }
    return super.extract(response);
  }
}
