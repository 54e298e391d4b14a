package io.tasksync.adapter.clickup;

import io.tasksync.domain.Integration;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TaskProviderContract;
import io.tasksync.port.out.TokenSource;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The provider contract against the ClickUp stand-in over real HTTP (archived lists included). */
class ClickUpTaskProviderTest extends TaskProviderContract {

  private ClickUpSandbox sandbox;
  private TokenSource tokens;

  @BeforeEach
  void start() {
    sandbox = ClickUpSandbox.fast();
    tokens = TokenSource.fixed(sandbox.standIn.issueToken());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Override
  protected TaskProvider provider() {
    return sandbox.adapters.taskProvider();
  }

  @Override
  protected Integration integration() {
    return sandbox.integration;
  }

  @Override
  protected TokenSource tokens() {
    return tokens;
  }

  @Override
  protected TokenSource revokedTokens() {
    String token = sandbox.standIn.issueToken();
    sandbox.standIn.revokeToken(token);
    return TokenSource.fixed(token);
  }

  @Override
  protected int expectedTaskCount() {
    return 2 * 250;
  }

  @Override
  protected Set<String> changeTasks(int count) {
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      String id = sandbox.standIn.generatedTaskId(i % 2, 3 + i * 71);
      sandbox.standIn.updateTask(id, "changed " + i);
      ids.add(id);
    }
    return ids;
  }
}
