package io.tasksync.sandbox.clickup;

/** One time entry: who tracked how long on which task, from when (epoch milliseconds). */
record StandInTimeEntry(
    String id, String taskId, int workspace, int user, long start, long durationMs) {}
