package io.tasksync.app.wiring;

/** Which task store the app runs on, as shown in the log and on the page. */
public record StoreDescription(String text) {}
