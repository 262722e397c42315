package io.sirius.api.validation;

import io.sirius.api.notification.Notification;
import io.sirius.api.result.ResultCode;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A rule that also reads state.
 *
 * @param <N> the one notification type it judges
 */
@ConsumerType
public interface StatefulValidator<N extends Notification> {

    /** @return the notification class it is registered for */
    Class<N> notificationType();

    /**
     * @param notification the notification
     * @param context the height, time, config, state and resolvers
     * @return success, neutral, or the failure code; never throws for a rule violation
     */
    ResultCode validate(N notification, StatefulValidationContext context);

    /** @return the name shown in logs and registration listings */
    default String name() {
        return getClass().getSimpleName();
    }
}
