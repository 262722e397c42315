package io.sirius.plugin.locksecret.model;

import io.sirius.api.notification.Notification;

/**
 * A lock or proof names a hash algorithm.
 *
 * @param hashAlgorithm the raw algorithm byte
 */
public record SecretLockHashAlgorithmNotification(int hashAlgorithm) implements Notification {
}
