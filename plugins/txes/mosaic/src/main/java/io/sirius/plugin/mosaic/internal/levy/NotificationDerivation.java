package io.sirius.plugin.mosaic.internal.levy;

import io.sirius.api.notification.Notification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.validation.StatefulValidationContext;

/**
 * Publishes the notifications that follow from one notification and the state, such as the levy transfer that
 * follows a transfer of a levied mosaic.
 *
 * <p>The plugin-side shape of the API hook this plugin asks for ({@code io.sirius.api.plugin.PluginRegistrar}
 * {@code derivation(...)}, see the plugin's documentation); once the API has it, implementations switch to the API
 * type unchanged. The contract the kernel would keep: {@link #derive} runs right after the notification has passed
 * its validators and been observed, with the state as it is then; what it publishes is inserted right after the
 * notification and validated and observed like any other notification of the transaction (so a failure rejects the
 * transaction); derived notifications are not derived from again; and rollback undoes the notifications as they were
 * executed, derived ones included, without deriving again.
 *
 * @param <N> the one notification type it derives from
 */
public interface NotificationDerivation<N extends Notification> {

    /** @return the notification class it derives from */
    Class<N> notificationType();

    /**
     * @param notification the notification, already validated and observed
     * @param context the height, config, state and resolvers at that point
     * @param sink where the derived notifications go, in order
     */
    void derive(N notification, StatefulValidationContext context, NotificationSink sink);

    /** @return the name shown in logs and registration listings */
    default String name() {
        return getClass().getSimpleName();
    }
}
