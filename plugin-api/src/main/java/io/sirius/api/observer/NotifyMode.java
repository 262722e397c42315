package io.sirius.api.observer;

/**
 * Whether a block is being applied or undone.
 */
public enum NotifyMode {
    /** The block is applied: notifications are observed in order. */
    COMMIT,
    /** The block is undone: notifications are observed in reverse order and each change is reverted. */
    ROLLBACK
}
