package io.sirius.plugin.transfer.model;

import io.sirius.api.notification.Notification;

/**
 * A transfer carries a message.
 *
 * @param messageSize the message's size in bytes
 */
public record TransferMessageNotification(int messageSize) implements Notification {
}
