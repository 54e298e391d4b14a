package io.tasksync.application.memory;

import io.tasksync.port.out.WebhookDeliveryLog;
import io.tasksync.port.out.WebhookDeliveryLogContract;

class InMemoryWebhookDeliveryLogTest extends WebhookDeliveryLogContract {

  @Override
  protected WebhookDeliveryLog createLog() {
    return new InMemoryWebhookDeliveryLog();
  }
}
