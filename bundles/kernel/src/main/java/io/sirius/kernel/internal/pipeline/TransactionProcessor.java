package io.sirius.kernel.internal.pipeline;

import io.sirius.api.notification.Notification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.Severity;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.state.StateChanges;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs notifications through validators and observers. Stateless checks need nothing but the environment and may
 * run on any thread; stateful processing validates each notification against the delta and, if it passes,
 * observes it, one notification after the other (so a later notification sees the earlier ones' effects).
 *
 * <p>A validator that throws is a broken plugin, not a broken transaction; it still only fails that transaction,
 * and the node keeps running.
 */
public final class TransactionProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionProcessor.class);

    private TransactionProcessor() {
    }

    /**
     * @param tx a parsed transaction
     * @param environment the height's environment
     * @param fees the block's fee fields, or null for an unconfirmed transaction
     * @return its notifications, core ones first
     */
    public static List<Notification> notifications(ParsedTransaction tx, Environment environment, BlockFees fees) {
        List<Notification> out = new ArrayList<>(16);
        CoreNotifications.publish(tx, environment, fees, out::add);
        return out;
    }

    /**
     * @param notifications a transaction's notifications
     * @param environment the environment
     * @return the first failure, or null if every stateless validator passed
     */
    public static Rejection checkStateless(List<Notification> notifications, Environment environment) {
        Contexts.Stateless context = new Contexts.Stateless(environment);
        for (Notification n : notifications) {
            for (StatelessValidator<?> validator : environment.plugins().statelessFor(n)) {
                ResultCode result;
                try {
                    result = runStateless(validator, n, context);
                } catch (RuntimeException e) {
                    LOG.error("{} threw on {}; the transaction is refused", validator.name(), n.getClass().getSimpleName(), e);
                    return new Rejection(io.sirius.api.result.ResultCodes.FAILURE, validator.name() + " failed: " + e);
                }
                if (result.severity() == Severity.FAILURE) {
                    return new Rejection(result, validator.name() + " refused " + n.getClass().getSimpleName());
                }
            }
        }
        return null;
    }

    /**
     * Validates and observes notifications in order against a delta. On failure the delta holds the effects of the
     * notifications before the failing one: run this in a child delta and drop it on failure.
     *
     * @param notifications the notifications
     * @param environment the environment
     * @param changes the delta
     * @return the first failure, or null if all passed and were observed
     */
    public static Rejection execute(List<Notification> notifications, Environment environment, StateChanges changes) {
        Contexts.Stateful validation = new Contexts.Stateful(environment, changes);
        Contexts.Observing observing = new Contexts.Observing(environment, NotifyMode.COMMIT, changes);
        for (Notification n : notifications) {
            for (StatefulValidator<?> validator : environment.plugins().statefulFor(n)) {
                ResultCode result;
                try {
                    result = runStateful(validator, n, validation);
                } catch (RuntimeException e) {
                    LOG.error("{} threw on {}; the transaction is refused", validator.name(), n.getClass().getSimpleName(), e);
                    return new Rejection(io.sirius.api.result.ResultCodes.FAILURE, validator.name() + " failed: " + e);
                }
                if (result.severity() == Severity.FAILURE) {
                    return new Rejection(result, validator.name() + " refused " + n.getClass().getSimpleName());
                }
            }
            for (Observer<?> observer : environment.plugins().observersFor(n)) {
                observe(observer, n, observing);
            }
        }
        return null;
    }

    /**
     * Undoes notifications that were executed: observers in rollback mode, last notification first, and each
     * notification's observers in reverse order.
     *
     * @param notifications the notifications as executed
     * @param environment the environment they were executed in
     * @param changes the delta to undo them in
     */
    public static void undo(List<Notification> notifications, Environment environment, StateChanges changes) {
        Contexts.Observing observing = new Contexts.Observing(environment, NotifyMode.ROLLBACK, changes);
        for (int i = notifications.size() - 1; i >= 0; i--) {
            Notification n = notifications.get(i);
            List<Observer<?>> observers = environment.plugins().observersFor(n);
            for (int j = observers.size() - 1; j >= 0; j--) {
                Observer<?> observer = observers.get(j);
                if (!observer.supportsRollback()) {
                    throw new IllegalStateException(observer.name() + " cannot roll back " + n.getClass().getSimpleName());
                }
                observe(observer, n, observing);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <N extends Notification> ResultCode runStateless(StatelessValidator<N> validator, Notification n,
            Contexts.Stateless context) {
        return validator.validate((N) n, context);
    }

    @SuppressWarnings("unchecked")
    private static <N extends Notification> ResultCode runStateful(StatefulValidator<N> validator, Notification n,
            Contexts.Stateful context) {
        return validator.validate((N) n, context);
    }

    @SuppressWarnings("unchecked")
    private static <N extends Notification> void observe(Observer<N> observer, Notification n, Contexts.Observing context) {
        observer.notify((N) n, context);
    }
}
