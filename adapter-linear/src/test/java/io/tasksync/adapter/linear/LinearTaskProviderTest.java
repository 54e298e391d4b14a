package io.tasksync.adapter.linear;

import io.tasksync.domain.Integration;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TaskProviderContract;
import io.tasksync.port.out.TokenSource;
import io.tasksync.sandbox.linear.LinearStandIn;
import io.tasksync.sandbox.linear.LinearStandInConfig;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The Linear adapter against the Linear stand-in over HTTP: 120 issues, pages of 25. */
class LinearTaskProviderTest extends TaskProviderContract {

  private LinearStandIn standIn;
  private TaskProvider provider;
  private String token;

  @BeforeEach
  void start() {
    standIn = LinearStandIn.start(LinearStandInConfig.defaults().withWorkspace(42, 120));
    provider =
        LinearTestSupport.adapters(LinearTestSupport.configFor(standIn).withPageSize(25))
            .taskProvider();
    token = standIn.issueToken().accessToken();
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  @Override
  protected TaskProvider provider() {
    return provider;
  }

  @Override
  protected Integration integration() {
    return LinearTestSupport.integration();
  }

  @Override
  protected TokenSource tokens() {
    return TokenSource.fixed(token);
  }

  @Override
  protected TokenSource revokedTokens() {
    String revoked = standIn.issueToken().accessToken();
    standIn.revoke(revoked);
    return TokenSource.fixed(revoked);
  }

  @Override
  protected int expectedTaskCount() {
    return 120;
  }

  @Override
  protected Set<String> changeTasks(int count) {
    Set<String> changed = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      String id = standIn.issueId(10 + i * 17);
      standIn.renameIssue(id, "Renamed " + i);
      changed.add(id);
    }
    return changed;
  }
}
