package io.sirius.plugin.lockhash.model;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.notification.Notification;

/**
 * A hash lock asks to last {@code duration} blocks.
 *
 * @param duration the duration
 */
public record HashLockDurationNotification(BlockDuration duration) implements Notification {
}
