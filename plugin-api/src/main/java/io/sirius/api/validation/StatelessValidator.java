package io.sirius.api.validation;

import io.sirius.api.notification.Notification;
import io.sirius.api.result.ResultCode;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A rule that needs nothing but its notification and the config. Must be thread safe: the kernel calls
 * it from several threads at once.
 *
 * @param <N> the one notification type it judges
 */
@ConsumerType
public interface StatelessValidator<N extends Notification> {

    /** @return the notification class it is registered for */
    Class<N> notificationType();

    /**
     * @param notification the notification
     * @param context the height, time and config
     * @return success, neutral, or the failure code; never throws for a rule violation
     */
    ResultCode validate(N notification, ValidationContext context);

    /** @return the name shown in logs and registration listings */
    default String name() {
        return getClass().getSimpleName();
    }
}
