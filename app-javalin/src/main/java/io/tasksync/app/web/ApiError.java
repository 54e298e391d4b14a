package io.tasksync.app.web;

/** The one error body of the API: a stable code and a message a person can act on. */
public record ApiError(String error, String message) {}
