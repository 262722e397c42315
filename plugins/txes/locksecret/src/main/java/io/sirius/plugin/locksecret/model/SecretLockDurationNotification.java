package io.sirius.plugin.locksecret.model;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.notification.Notification;

/**
 * A secret lock asks to last {@code duration} blocks.
 *
 * @param duration the duration
 */
public record SecretLockDurationNotification(BlockDuration duration) implements Notification {
}
