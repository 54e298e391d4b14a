package io.tasksync.app.config;

import java.util.List;

/** The environment does not describe a runnable app; the message lists every problem found. */
public final class ConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ConfigurationException(List<String> problems) {
    super(
        "the configuration has "
            + problems.size()
            + " problem(s):\n  - "
            + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
