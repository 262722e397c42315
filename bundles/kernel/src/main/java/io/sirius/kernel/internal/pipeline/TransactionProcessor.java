package io.sirius.kernel.internal.pipeline;

import io.sirius.api.notification.Notification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.Severity;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.kernel.internal.core.SignatureValidator;
import io.sirius.kernel.receipts.ReceiptRecorder;
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
        return checkStateless(notifications, environment, new Contexts.Stateless(environment), false);
    }

    /**
     * As {@link #checkStateless(List, Environment)}, but for a transaction whose signatures the kernel verified already
     * (see {@link ParsedTransaction#signaturesVerified()}) the kernel's signature validator is not run again.
     *
     * @param notifications a transaction's notifications
     * @param environment the environment
     * @param signaturesVerified whether the transaction's signatures were verified already
     * @return the first failure, or null if every stateless validator passed
     */
    public static Rejection checkStateless(List<Notification> notifications, Environment environment,
            boolean signaturesVerified) {
        return checkStateless(notifications, environment, new Contexts.Stateless(environment), signaturesVerified);
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
        return execute(notifications, environment, changes, code -> false, code -> { }, null);
    }

    /**
     * As {@link #execute(List, Environment, StateChanges)} for a transaction being applied to a block: what its
     * observers record (receipts, alias resolutions, each with its embedded transaction) goes to {@code recorder}.
     *
     * @param notifications the notifications
     * @param environment the environment
     * @param changes the delta
     * @param recorder receives the transaction's receipts and resolutions
     * @return the first failure, or null if all passed and were observed
     */
    public static Rejection execute(List<Notification> notifications, Environment environment, StateChanges changes,
            ReceiptRecorder recorder) {
        return execute(notifications, environment, changes, code -> false, code -> { }, recorder);
    }

    /**
     * As {@link #execute(List, Environment, StateChanges)}, but a stateful failure that {@code tolerated} accepts is
     * reported to {@code toleratedSink} and treated as success (validation and observation go on), as Sirius's
     * partial transaction cache validates a bonded aggregate that still lacks cosignatures.
     *
     * @param notifications the notifications
     * @param environment the environment
     * @param changes the delta
     * @param tolerated which failures to go past
     * @param toleratedSink hears each failure gone past
     * @return the first failure not tolerated, or null
     */
    public static Rejection execute(List<Notification> notifications, Environment environment, StateChanges changes,
            java.util.function.Predicate<ResultCode> tolerated, java.util.function.Consumer<ResultCode> toleratedSink) {
        return execute(notifications, environment, changes, tolerated, toleratedSink, null);
    }

    private static Rejection execute(List<Notification> notifications, Environment environment, StateChanges changes,
            java.util.function.Predicate<ResultCode> tolerated, java.util.function.Consumer<ResultCode> toleratedSink,
            ReceiptRecorder recorder) {
        Contexts.Stateless stateless = new Contexts.Stateless(environment);
        Contexts.Stateful validation = new Contexts.Stateful(environment, changes);
        Contexts.Observing observing = new Contexts.Observing(environment, NotifyMode.COMMIT, changes, recorder);
        for (Notification n : notifications) {
            if (n == EmbeddedSourceNotification.NEXT) {
                if (recorder != null) {
                    recorder.nextEmbedded();
                }
                continue;
            }
            Rejection rejection = validateAndObserve(n, environment, validation, observing, tolerated, toleratedSink);
            if (rejection != null) {
                return rejection;
            }
            List<NotificationDerivation<?>> derivations = environment.plugins().derivationsFor(n);
            if (derivations.isEmpty()) {
                continue;
            }
            List<Notification> derived = new ArrayList<>();
            try {
                derive(derivations, n, validation, derived);
            } catch (DerivationFailure e) {
                return e.rejection;
            }
            for (Notification d : derived) {
                rejection = checkStateless(List.of(d), environment, stateless, false);
                if (rejection == null) {
                    rejection = validateAndObserve(d, environment, validation, observing, tolerated, toleratedSink);
                }
                if (rejection != null) {
                    return new Rejection(rejection.code(), rejection.detail() + " (derived from "
                            + n.getClass().getSimpleName() + ")");
                }
            }
        }
        return null;
    }

    private static Rejection checkStateless(List<Notification> notifications, Environment environment,
            Contexts.Stateless context, boolean signaturesVerified) {
        for (Notification n : notifications) {
            for (StatelessValidator<?> validator : environment.plugins().statelessFor(n)) {
                if (signaturesVerified && validator instanceof SignatureValidator) {
                    continue;
                }
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

    private static Rejection validateAndObserve(Notification n, Environment environment, Contexts.Stateful validation,
            Contexts.Observing observing, java.util.function.Predicate<ResultCode> tolerated,
            java.util.function.Consumer<ResultCode> toleratedSink) {
        for (StatefulValidator<?> validator : environment.plugins().statefulFor(n)) {
            ResultCode result;
            try {
                result = runStateful(validator, n, validation);
            } catch (RuntimeException e) {
                LOG.error("{} threw on {}; the transaction is refused", validator.name(), n.getClass().getSimpleName(), e);
                return new Rejection(io.sirius.api.result.ResultCodes.FAILURE, validator.name() + " failed: " + e);
            }
            if (result.severity() == Severity.FAILURE) {
                if (tolerated.test(result)) {
                    toleratedSink.accept(result);
                    continue;
                }
                return new Rejection(result, validator.name() + " refused " + n.getClass().getSimpleName());
            }
        }
        for (Observer<?> observer : environment.plugins().observersFor(n)) {
            observe(observer, n, observing);
        }
        return null;
    }

    /** A derivation threw: a broken plugin, which fails the transaction only. */
    private static final class DerivationFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Rejection rejection;

        DerivationFailure(Rejection rejection) {
            super(rejection.detail(), null, false, false);
            this.rejection = rejection;
        }
    }

    private static void derive(List<NotificationDerivation<?>> derivations, Notification n, Contexts.Stateful context,
            List<Notification> out) {
        for (NotificationDerivation<?> derivation : derivations) {
            try {
                runDerivation(derivation, n, context, out::add);
            } catch (RuntimeException e) {
                LOG.error("{} threw on {}; the transaction is refused", derivation.name(), n.getClass().getSimpleName(), e);
                throw new DerivationFailure(new Rejection(io.sirius.api.result.ResultCodes.FAILURE, derivation.name()
                        + " failed: " + e));
            }
        }
    }

    /**
     * Undoes notifications that were executed: observers in rollback mode, last notification first, and each
     * notification's observers in reverse order. What a notification's derivations published is derived again from
     * the state as it stands (see {@link NotificationDerivation}) and undone just before the notification.
     *
     * @param notifications the notifications as executed
     * @param environment the environment they were executed in
     * @param changes the delta to undo them in
     */
    public static void undo(List<Notification> notifications, Environment environment, StateChanges changes) {
        Contexts.Observing observing = new Contexts.Observing(environment, NotifyMode.ROLLBACK, changes);
        Contexts.Stateful reading = new Contexts.Stateful(environment, changes);
        for (int i = notifications.size() - 1; i >= 0; i--) {
            Notification n = notifications.get(i);
            List<NotificationDerivation<?>> derivations = environment.plugins().derivationsFor(n);
            if (!derivations.isEmpty()) {
                List<Notification> derived = new ArrayList<>();
                try {
                    derive(derivations, n, reading, derived);
                } catch (DerivationFailure e) {
                    throw new IllegalStateException("cannot undo " + n.getClass().getSimpleName() + ": " + e.getMessage());
                }
                for (int j = derived.size() - 1; j >= 0; j--) {
                    undoOne(derived.get(j), environment, observing);
                }
            }
            undoOne(n, environment, observing);
        }
    }

    private static void undoOne(Notification n, Environment environment, Contexts.Observing observing) {
        List<Observer<?>> observers = environment.plugins().observersFor(n);
        for (int j = observers.size() - 1; j >= 0; j--) {
            Observer<?> observer = observers.get(j);
            if (!observer.supportsRollback()) {
                throw new IllegalStateException(observer.name() + " cannot roll back " + n.getClass().getSimpleName());
            }
            observe(observer, n, observing);
        }
    }

    @SuppressWarnings("unchecked")
    private static <N extends Notification> void runDerivation(NotificationDerivation<N> derivation, Notification n,
            Contexts.Stateful context, NotificationSink sink) {
        derivation.derive((N) n, context, sink);
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
