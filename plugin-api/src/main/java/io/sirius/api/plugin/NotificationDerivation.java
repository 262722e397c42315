package io.sirius.api.plugin;

import io.sirius.api.notification.Notification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.validation.StatefulValidationContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Derives further notifications from a notification and the state, for effects a handler cannot know (it sees no
 * state) and an observer may not cause (it may not publish): a mosaic levy on a transfer, a rental fee on a
 * definition.
 *
 * <p>The kernel runs every derivation registered for a notification's class right after that notification was
 * validated and observed, against the same state, and executes what it publishes immediately after it: each
 * derived notification is validated and observed like any other (so the core checks the payer's balance and keeps
 * the balance history), but is not derived from again. When the block is undone, the kernel derives again just
 * before undoing the derived notifications, so a derivation must give the same result whether or not its own
 * derived notifications have been observed: read state they do not change (a levy entry, the config), never a
 * balance they move.
 *
 * @param <N> the notification it derives from
 */
@ConsumerType
public interface NotificationDerivation<N extends Notification> {

    /** @return the notification class it derives from */
    Class<N> notificationType();

    /**
     * @param notification the notification, already validated and observed
     * @param context the state and settings at its height
     * @param sink where the derived notifications go, in order
     */
    void derive(N notification, StatefulValidationContext context, NotificationSink sink);

    /** @return the name shown in logs and registration listings */
    default String name() {
        return getClass().getSimpleName();
    }
}
