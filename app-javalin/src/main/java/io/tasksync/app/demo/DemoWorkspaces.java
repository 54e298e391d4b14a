package io.tasksync.app.demo;

import io.tasksync.sandbox.DemoActivity;
import io.tasksync.sandbox.asana.AsanaStandIn;
import io.tasksync.sandbox.clickup.ClickUpStandIn;
import io.tasksync.sandbox.linear.LinearStandIn;
import java.time.Duration;

/** The stand-ins' changes, as the demo activity makes them. */
final class DemoWorkspaces {

  /** One change every 5 s, one stand-in in turn: four changes per stand-in per minute. */
  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

  private DemoWorkspaces() {}

  static DemoActivity.Workspace asana(AsanaStandIn asana) {
    return new DemoActivity.Workspace() {
      @Override
      public String providerId() {
        return "asana";
      }

      @Override
      public String create(String title) {
        return asana.createTask(asana.projectGid(0), title);
      }

      @Override
      public void rename(String id, String title) {
        asana.updateTask(id, title);
      }

      @Override
      public void complete(String id) {
        asana.completeTask(id);
      }

      @Override
      public void delete(String id) {
        asana.deleteTask(id);
      }
    };
  }

  static DemoActivity.Workspace clickUp(ClickUpStandIn clickUp) {
    return new DemoActivity.Workspace() {
      @Override
      public String providerId() {
        return "clickup";
      }

      @Override
      public String create(String title) {
        return clickUp.createTask(0, title);
      }

      @Override
      public void rename(String id, String title) {
        clickUp.updateTask(id, title);
      }

      @Override
      public void complete(String id) {
        clickUp.completeTask(id);
      }

      @Override
      public void delete(String id) {
        clickUp.deleteTask(id);
      }
    };
  }

  static DemoActivity.Workspace linear(LinearStandIn linear) {
    return new DemoActivity.Workspace() {
      @Override
      public String providerId() {
        return "linear";
      }

      @Override
      public String create(String title) {
        return linear.createIssue(title);
      }

      @Override
      public void rename(String id, String title) {
        linear.renameIssue(id, title);
      }

      @Override
      public void complete(String id) {
        linear.completeIssue(id);
      }

      @Override
      public void delete(String id) {
        linear.deleteIssue(id);
      }
    };
  }
}
