package io.tasksync.port.in;

/** Runs one sync of one integration. */
public interface SyncTasksUseCase {

  /**
   * Takes the integration's lease, runs page by page (or resumes an interrupted run from its
   * checkpoint) and records the outcome in its sync state. Never throws for provider or store
   * failures: they are classified into the report and the state.
   */
  SyncReport sync(SyncTasksCommand command);
}
