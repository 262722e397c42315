package io.sirius.plugin.testkit;

import io.sirius.api.notification.Notification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.Severity;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * Runs plugins' validators, observers and derivations over a chain of blocks of notifications the way the kernel's
 * block processing does, then undoes the blocks one by one, for lifecycle tests: each undo must give back, byte for
 * byte, the state from before its block, and must derive again what its commit derived.
 *
 * <pre>{@code
 * RecordingRegistrar plugin = new RecordingRegistrar();
 * new LockHashPlugin().register(plugin);
 * ChainRunner chain = new ChainRunner(state, height -> Fixtures.context(height, state), plugin);
 *
 * chain.commit(80, lockBlock);
 * List<Notification> refunds = chain.commit(100, expiryBlock);   // what the derivations published
 * assertEquals(List.of(new BalanceCreditNotification(...)), refunds);
 *
 * chain.rollbackAll();   // fails at the first block whose undo does not give the state back
 * }</pre>
 *
 * <p>{@link #commit Committing} a block, as the kernel executes a transaction: every notification is judged by the
 * stateless validators first; then, notification by notification, by the stateful validators and, if none refuses,
 * observed in {@link NotifyMode#COMMIT}; then the notification's derivations run against the state as it now is, and
 * each notification they publish is judged and observed in turn (derivations do not run on derived notifications).
 * A {@link Severity#FAILURE failure} throws {@link AssertionError} naming the block, the validator, the notification
 * and the status: a lifecycle test describes blocks that are valid.
 *
 * <p>{@link #rollback Undoing} a block, as the kernel does: the last notification first; for each, its derivations
 * run again against the state as it stands and what they publish is undone first (the last first), then the
 * notification's own observers run in reverse order in {@link NotifyMode#ROLLBACK}. An observer that does not
 * {@link Observer#supportsRollback() support rollback} throws {@link IllegalStateException}, as in the kernel.
 *
 * <p>Dispatch is the kernel's: on the notification's exact class; validators and observers in the order the plugins
 * are given, each plugin's in its registration order. Only what the given registrars hold runs: the kernel's own rules
 * (signatures, fees, balances, accounts) do not, unless a test gives doubles of them in a registrar of their own, first,
 * as the kernel runs its core first. Not thread safe.
 */
public final class ChainRunner {
    private final InMemoryState state;
    private final LongFunction<ContextBuilder> contexts;
    private final List<RecordingRegistrar> plugins;
    private final Deque<Block> blocks = new ArrayDeque<>();

    /** A committed block: what it held, what it derived and the state before it. */
    private record Block(long height, List<Notification> notifications, List<Notification> derived,
            Map<String, Map<String, String>> before) {
    }

    /**
     * @param state the state every block is run against
     * @param contexts the context of a block at a height: config sections, network and so on; the runner sets the
     *     height, the state and the mode on what it returns, so {@code height -> ContextBuilder.context()} will do
     * @param plugins the registrars to run, in the kernel's order (core doubles first, then the plugins)
     */
    public ChainRunner(InMemoryState state, LongFunction<ContextBuilder> contexts, RecordingRegistrar... plugins) {
        this.state = Objects.requireNonNull(state, "state");
        this.contexts = Objects.requireNonNull(contexts, "contexts");
        this.plugins = List.of(plugins);
        if (this.plugins.isEmpty()) {
            throw new IllegalArgumentException("no plugins to run");
        }
    }

    /**
     * Validates, observes and derives a block, remembering it and the state before it for {@link #rollback}.
     *
     * @param height the block's height (above the last block committed)
     * @param notifications the block's notifications, in order
     * @return what the derivations published, in order (derived notifications were judged and observed too)
     * @throws AssertionError if a validator refuses a notification
     * @throws IllegalArgumentException if the height is not above the last block's
     */
    public List<Notification> commit(long height, List<? extends Notification> notifications) {
        Block last = blocks.peek();
        if (last != null && height <= last.height()) {
            throw new IllegalArgumentException("block " + height + " does not follow block " + last.height());
        }
        List<Notification> block = List.copyOf(notifications);
        Map<String, Map<String, String>> before = state.snapshot();
        ContextBuilder context = context(height);
        ValidationContext stateless = context.validation();
        StatefulValidationContext stateful = context.stateful();
        ObserverContext observing = context.mode(NotifyMode.COMMIT).observer();
        for (Notification n : block) {
            checkStateless(height, n, stateless);
        }
        List<Notification> derived = new ArrayList<>();
        for (Notification n : block) {
            execute(height, n, stateful, observing);
            List<Notification> published = derive(n, stateful);
            for (Notification d : published) {
                checkStateless(height, d, stateless);
                execute(height, d, stateful, observing);
            }
            derived.addAll(published);
        }
        blocks.push(new Block(height, block, List.copyOf(derived), before));
        return List.copyOf(derived);
    }

    /**
     * Undoes the last block committed and checks the undo.
     *
     * @return the height of the block undone
     * @throws AssertionError if the state is not the one from before the block, or the undo derived other
     *     notifications than the commit
     * @throws IllegalStateException if no block is left to undo
     */
    public long rollback() {
        Block block = blocks.poll();
        if (block == null) {
            throw new IllegalStateException("no block to roll back");
        }
        ContextBuilder context = context(block.height());
        StatefulValidationContext reading = context.stateful();
        ObserverContext observing = context.mode(NotifyMode.ROLLBACK).observer();
        List<Notification> derivedAgain = new ArrayList<>();
        for (int i = block.notifications().size() - 1; i >= 0; i--) {
            Notification n = block.notifications().get(i);
            List<Notification> derived = derive(n, reading);
            for (int j = derived.size() - 1; j >= 0; j--) {
                undo(derived.get(j), observing);
            }
            derivedAgain.addAll(0, derived);
            undo(n, observing);
        }
        if (!block.derived().equals(derivedAgain)) {
            throw new AssertionError("undoing block " + block.height() + " derived " + derivedAgain
                    + " but committing it derived " + block.derived());
        }
        Map<String, Map<String, String>> after = state.snapshot();
        if (!block.before().equals(after)) {
            throw new AssertionError("undoing block " + block.height() + " did not give back the state before it: "
                    + Snapshots.difference(block.before(), after));
        }
        return block.height();
    }

    /**
     * Undoes every block committed, the last first, checking each undo as {@link #rollback} does.
     *
     * @throws AssertionError at the first block whose undo is wrong
     */
    public void rollbackAll() {
        while (!blocks.isEmpty()) {
            rollback();
        }
    }

    /** @return how many blocks are committed and not undone */
    public int blocks() {
        return blocks.size();
    }

    private ContextBuilder context(long height) {
        return Objects.requireNonNull(contexts.apply(height), "contexts gave no builder").height(height).state(state);
    }

    private void checkStateless(long height, Notification n, ValidationContext context) {
        for (RecordingRegistrar plugin : plugins) {
            for (StatelessValidator<?> validator : plugin.statelessValidators()) {
                if (validator.notificationType() == n.getClass()) {
                    requireNoFailure(height, validator.name(), n, validate(validator, n, context));
                }
            }
        }
    }

    private void execute(long height, Notification n, StatefulValidationContext validation, ObserverContext observing) {
        for (RecordingRegistrar plugin : plugins) {
            for (StatefulValidator<?> validator : plugin.statefulValidators()) {
                if (validator.notificationType() == n.getClass()) {
                    requireNoFailure(height, validator.name(), n, validate(validator, n, validation));
                }
            }
        }
        for (Observer<?> observer : observers()) {
            if (observer.notificationType() == n.getClass()) {
                notify(observer, n, observing);
            }
        }
    }

    private void undo(Notification n, ObserverContext observing) {
        List<Observer<?>> observers = observers();
        for (int i = observers.size() - 1; i >= 0; i--) {
            Observer<?> observer = observers.get(i);
            if (observer.notificationType() == n.getClass()) {
                if (!observer.supportsRollback()) {
                    throw new IllegalStateException(observer.name() + " cannot roll back " + n.getClass().getSimpleName());
                }
                notify(observer, n, observing);
            }
        }
    }

    private List<Notification> derive(Notification n, StatefulValidationContext context) {
        List<Notification> derived = new ArrayList<>();
        for (RecordingRegistrar plugin : plugins) {
            for (NotificationDerivation<?> derivation : plugin.derivations()) {
                if (derivation.notificationType() == n.getClass()) {
                    derive(derivation, n, context, derived);
                }
            }
        }
        return derived;
    }

    private List<Observer<?>> observers() {
        List<Observer<?>> observers = new ArrayList<>();
        plugins.forEach(p -> observers.addAll(p.observers()));
        return observers;
    }

    private static void requireNoFailure(long height, String validator, Notification n, ResultCode result) {
        if (result.severity() == Severity.FAILURE) {
            throw new AssertionError("block " + height + ": " + validator + " refused " + n + ": " + result.statusName());
        }
    }

    @SuppressWarnings("unchecked")
    private static <N extends Notification> ResultCode validate(StatelessValidator<N> validator, Notification n,
            ValidationContext context) {
        return validator.validate((N) n, context);
    }

    @SuppressWarnings("unchecked")
    private static <N extends Notification> ResultCode validate(StatefulValidator<N> validator, Notification n,
            StatefulValidationContext context) {
        return validator.validate((N) n, context);
    }

    @SuppressWarnings("unchecked")
    private static <N extends Notification> void notify(Observer<N> observer, Notification n, ObserverContext context) {
        observer.notify((N) n, context);
    }

    @SuppressWarnings("unchecked")
    private static <N extends Notification> void derive(NotificationDerivation<N> derivation, Notification n,
            StatefulValidationContext context, List<Notification> out) {
        derivation.derive((N) n, context, out::add);
    }
}
