package io.tasksync.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasksync.application.sync.Schedule;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstanceIdConfigTest {

  @Test
  void instanceIdFromTheEnvironment_namesThisInstance() {
    AppConfig config = EnvConfig.parse(Map.of("TASKSYNC_INSTANCE_ID", "worker-7.eu_west"));

    assertThat(config.schedule().instanceId()).isEqualTo("worker-7.eu_west");
  }

  @Test
  void withoutOne_theHostNameIsTheInstanceId_soARestartKeepsIt() {
    String first = EnvConfig.parse(Map.of()).schedule().instanceId();
    String second = EnvConfig.parse(Map.of()).schedule().instanceId();

    assertThat(first).isEqualTo(second).isEqualTo(HostIdentity.instanceId());
    assertThat(Schedule.isValidInstanceId(first)).isTrue();
  }

  @Test
  void instanceIdWithASlashOrSpaces_isAConfigurationProblem() {
    assertThatThrownBy(() -> EnvConfig.parse(Map.of("TASKSYNC_INSTANCE_ID", "a/b c")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("TASKSYNC_INSTANCE_ID");
  }

  @Test
  void hostNames_becomeValidInstanceIds() {
    assertThat(HostIdentity.of("Build-Box.example.COM")).isEqualTo("build-box.example.com");
    assertThat(HostIdentity.of("odd host/name")).isEqualTo("odd-host-name");
    assertThat(HostIdentity.of("")).isEqualTo("tasksync");
    assertThat(HostIdentity.of("h".repeat(300))).hasSize(100);
  }
}
