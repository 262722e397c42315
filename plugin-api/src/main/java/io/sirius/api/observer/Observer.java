package io.sirius.api.observer;

import io.sirius.api.notification.Notification;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Applies one notification type to state, and undoes it.
 *
 * @param <N> the one notification type it observes
 */
@ConsumerType
public interface Observer<N extends Notification> {

    /** @return the notification class it is registered for */
    Class<N> notificationType();

    /**
     * Applies ({@link NotifyMode#COMMIT}) or reverts ({@link NotifyMode#ROLLBACK}) the notification.
     *
     * @param notification the notification
     * @param context the mode, height, config and state delta
     */
    void notify(N notification, ObserverContext context);

    /**
     * @return false if this observer cannot undo its change; the kernel then refuses to roll back past a
     *     block it observed. Undoable is the default and the norm.
     */
    default boolean supportsRollback() {
        return true;
    }

    /** @return the name shown in logs and registration listings */
    default String name() {
        return getClass().getSimpleName();
    }
}
