package io.tasksync.port.in;

/** What a disconnect did: whether the grant was revoked, and how many tasks were deleted. */
public record Disconnected(boolean revoked, long tasksDeleted) {}
