package io.tasksync.adapter.asana;

import io.tasksync.domain.Integration;
import io.tasksync.port.out.TaskProvider;
import io.tasksync.port.out.TaskProviderContract;
import io.tasksync.port.out.TokenSource;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The provider contract, against the Asana stand-in over real HTTP. */
class AsanaTaskProviderTest extends TaskProviderContract {

  private AsanaTestBed bed;
  private TokenSource tokens;

  @BeforeEach
  void startStandIn() {
    bed = AsanaTestBed.withTasks(640);
    tokens = bed.tokens();
  }

  @AfterEach
  void stopStandIn() {
    bed.close();
  }

  @Override
  protected TaskProvider provider() {
    return bed.adapters.taskProvider();
  }

  @Override
  protected Integration integration() {
    return bed.integration;
  }

  @Override
  protected TokenSource tokens() {
    return tokens;
  }

  @Override
  protected TokenSource revokedTokens() {
    return TokenSource.fixed("2/not-a-token");
  }

  @Override
  protected int expectedTaskCount() {
    return (int) bed.standIn.liveTaskCount();
  }

  @Override
  protected Set<String> changeTasks(int count) {
    Set<String> changed = new LinkedHashSet<>();
    for (int i = 0; changed.size() < count; i++) {
      String gid = bed.standIn.taskGid(1 + i * 7L);
      bed.standIn.updateTask(gid, "Changed " + i);
      changed.add(gid);
    }
    return changed;
  }
}
