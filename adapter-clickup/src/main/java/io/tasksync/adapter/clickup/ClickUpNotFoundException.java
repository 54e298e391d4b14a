package io.tasksync.adapter.clickup;

import io.tasksync.port.out.UnexpectedPayloadException;

/** ClickUp says a task, list or other item does not exist (404, or an ITEM_* code). */
final class ClickUpNotFoundException extends UnexpectedPayloadException {

  private static final long serialVersionUID = 1L;

  ClickUpNotFoundException(String message) {
    super(message);
  }
}
