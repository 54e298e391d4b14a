package io.tasksync.app.web;

import io.tasksync.app.config.AppConfig;
import io.tasksync.app.config.ProviderSettings;
import io.tasksync.application.ProviderConnectors;
import io.tasksync.domain.Provider;
import java.util.Arrays;
import java.util.List;

/**
 * What the page shows about this running app: demo or not, which store, which providers.
 *
 * @param demo whether the providers are local stand-ins with sample data
 * @param store a description of the task store in use
 * @param providers every provider tasksync knows, connectable or not
 */
public record EnvironmentView(boolean demo, String store, List<ProviderCard> providers) {

  /** One provider card on the page. */
  public record ProviderCard(
      String id,
      String name,
      String brings,
      List<String> highlights,
      boolean connectable,
      boolean sandbox) {

    public ProviderCard {
      highlights = List.copyOf(highlights);
    }
  }

  public EnvironmentView {
    providers = List.copyOf(providers);
  }

  public static EnvironmentView of(AppConfig config, ProviderConnectors registry, String store) {
    List<ProviderCard> cards =
        Arrays.stream(Provider.values())
            .map(
                p ->
                    new ProviderCard(
                        p.id(),
                        p.displayName(),
                        brings(p),
                        highlights(p),
                        registry.connectable().contains(p),
                        config.provider(p).map(ProviderSettings::sandbox).orElse(false)))
            .toList();
    return new EnvironmentView(config.demo(), store, cards);
  }

  private static List<String> highlights(Provider p) {
    switch (p) {
      case ASANA:
        return List.of("Time tracking", "Subtasks", "Sections");
      case CLICKUP:
        return List.of("Time tracking", "Time estimates", "Custom statuses");
      default:
        return List.of("Estimates", "Sub-issues", "Workflow states");
    }
  }

  private static String brings(Provider p) {
    switch (p) {
      case ASANA:
        return "Tasks and subtasks across your projects, with time tracked, due dates, assignees"
            + " and sections.";
      case CLICKUP:
        return "Tasks from every space, folder and list, with time tracked, time estimates,"
            + " priorities and custom statuses.";
      default:
        return "Issues from your teams and projects with estimates, priorities, labels and"
            + " workflow states.";
    }
  }
}
