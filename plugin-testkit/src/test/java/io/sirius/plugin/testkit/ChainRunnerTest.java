package io.sirius.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.notification.Notification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.state.CacheDelta;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.testkit.TestCaches.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainRunnerTest {

    /** Puts an item under a key. */
    private record Put(long key, String name) implements Notification {
    }

    /** Derived from each {@link Put} whose key is in the state: puts {@code echo} under key + 100. */
    private record Echo(long key) implements Notification {
    }

    /** Refuses an empty name. */
    private static final class NameValidator implements StatelessValidator<Put> {
        @Override
        public Class<Put> notificationType() {
            return Put.class;
        }

        @Override
        public ResultCode validate(Put notification, ValidationContext context) {
            return notification.name().isEmpty() ? ResultCodes.FAILURE : ResultCodes.SUCCESS;
        }
    }

    /** Refuses a key already taken. */
    private static final class FreeKeyValidator implements StatefulValidator<Put> {
        @Override
        public Class<Put> notificationType() {
            return Put.class;
        }

        @Override
        public ResultCode validate(Put notification, StatefulValidationContext context) {
            return context.state().cache(TestCaches.GOOD).find(notification.key()).isPresent()
                    ? ResultCodes.FAILURE : ResultCodes.SUCCESS;
        }
    }

    /** Puts on commit, removes on rollback; logs what it did. */
    private record PutObserver(String label, List<String> log) implements Observer<Put> {
        @Override
        public Class<Put> notificationType() {
            return Put.class;
        }

        @Override
        public void notify(Put notification, ObserverContext context) {
            log.add(label + " " + context.mode() + " " + notification.key() + " at " + context.height().value());
            CacheDelta<Long, Item> cache = context.state().cache(TestCaches.GOOD);
            if (context.mode() == NotifyMode.COMMIT) {
                cache.put(notification.key(), new Item(notification.key(), notification.name()));
            } else {
                cache.remove(notification.key());
            }
        }
    }

    /** A second observer of puts that only logs. */
    private record LoggingObserver(String label, List<String> log) implements Observer<Put> {
        @Override
        public Class<Put> notificationType() {
            return Put.class;
        }

        @Override
        public void notify(Put notification, ObserverContext context) {
            log.add(label + " " + context.mode() + " " + notification.key() + " at " + context.height().value());
        }
    }

    private static final class EchoObserver implements Observer<Echo> {
        @Override
        public Class<Echo> notificationType() {
            return Echo.class;
        }

        @Override
        public void notify(Echo notification, ObserverContext context) {
            CacheDelta<Long, Item> cache = context.state().cache(TestCaches.GOOD);
            if (context.mode() == NotifyMode.COMMIT) {
                cache.put(notification.key() + 100, new Item(notification.key(), "echo"));
            } else {
                cache.remove(notification.key() + 100);
            }
        }
    }

    private static final class EchoDerivation implements NotificationDerivation<Put> {
        @Override
        public Class<Put> notificationType() {
            return Put.class;
        }

        @Override
        public void derive(Put notification, StatefulValidationContext context, NotificationSink sink) {
            if (context.state().cache(TestCaches.GOOD).find(notification.key()).isPresent()) {
                sink.publish(new Echo(notification.key()));
            }
        }
    }

    private final List<String> log = new ArrayList<>();
    private final InMemoryState state = InMemoryState.of(TestCaches.GOOD);

    private RecordingRegistrar plugin(Observer<?>... observers) {
        RecordingRegistrar plugin = new RecordingRegistrar();
        plugin.statelessValidator(new NameValidator());
        plugin.statefulValidator(new FreeKeyValidator());
        for (Observer<?> observer : observers) {
            plugin.observer(observer);
        }
        plugin.observer(new EchoObserver());
        plugin.derivation(new EchoDerivation());
        return plugin;
    }

    private ChainRunner chain(Observer<?>... observers) {
        return new ChainRunner(state, height -> ContextBuilder.context(), plugin(observers));
    }

    @Test
    void aCommitObservesEachNotificationThenDerivesFromItAndObservesWhatWasDerived() {
        // Arrange
        ChainRunner chain = chain(new PutObserver("put", log));

        // Act
        List<Notification> derived = chain.commit(10, List.of(new Put(1, "a"), new Put(2, "b")));

        // Assert
        assertEquals(List.of(new Echo(1), new Echo(2)), derived);
        assertEquals(List.of(1L, 2L, 101L, 102L), state.keys(TestCaches.GOOD));
        assertEquals(List.of("put COMMIT 1 at 10", "put COMMIT 2 at 10"), log);
        assertEquals(1, chain.blocks());
    }

    @Test
    void rollsBackBlockByBlockObserversInReverseAndTheLastNotificationFirst() {
        // Arrange
        ChainRunner chain = chain(new PutObserver("put", log), new LoggingObserver("log", log));
        Map<String, Map<String, String>> empty = state.snapshot();
        chain.commit(10, List.of(new Put(1, "a")));
        Map<String, Map<String, String>> afterTen = state.snapshot();
        chain.commit(11, List.of(new Put(2, "b"), new Put(3, "c")));
        log.clear();

        // Act + Assert
        assertEquals(11, chain.rollback());
        assertEquals(afterTen, state.snapshot());
        assertEquals(List.of("log ROLLBACK 3 at 11", "put ROLLBACK 3 at 11", "log ROLLBACK 2 at 11", "put ROLLBACK 2 at 11"),
                log);
        chain.rollbackAll();
        assertEquals(empty, state.snapshot());
        assertEquals(0, chain.blocks());
    }

    @Test
    void runsRegistrarsInTheOrderGivenAsTheKernelRunsItsCoreFirst() {
        // Arrange
        RecordingRegistrar core = new RecordingRegistrar();
        core.observer(new LoggingObserver("core", log));
        ChainRunner chain = new ChainRunner(state, height -> ContextBuilder.context(), core,
                plugin(new PutObserver("plugin", log)));

        // Act
        chain.commit(5, List.of(new Put(1, "a")));
        chain.rollback();

        // Assert
        assertEquals(List.of("core COMMIT 1 at 5", "plugin COMMIT 1 at 5", "plugin ROLLBACK 1 at 5", "core ROLLBACK 1 at 5"),
                log);
    }

    @Test
    void aRefusalFailsTheTestNamingTheBlockTheValidatorAndTheStatus() {
        // Arrange
        ChainRunner chain = chain(new PutObserver("put", log));

        // Act
        AssertionError stateless = assertThrows(AssertionError.class, () -> chain.commit(10, List.of(new Put(1, ""))));
        AssertionError stateful = assertThrows(AssertionError.class,
                () -> chain.commit(11, List.of(new Put(2, "b"), new Put(2, "again"))));

        // Assert: the stateless rules judge the whole block before anything is observed
        assertTrue(stateless.getMessage().startsWith("block 10: NameValidator refused Put[key=1, name=]: Failure"),
                stateless.getMessage());
        assertTrue(stateful.getMessage().startsWith("block 11: FreeKeyValidator refused Put[key=2, name=again]"),
                stateful.getMessage());
        assertEquals(List.of("put COMMIT 2 at 11"), log);
    }

    @Test
    void anUndoThatDoesNotGiveTheStateBackFailsNamingTheRowsThatDiffer() {
        // Arrange: an observer that forgets to undo
        Observer<Put> sloppy = new Observer<>() {
            @Override
            public Class<Put> notificationType() {
                return Put.class;
            }

            @Override
            public void notify(Put notification, ObserverContext context) {
                context.state().cache(TestCaches.GOOD).put(notification.key(), new Item(0, notification.name()));
            }
        };
        ChainRunner chain = chain(sloppy);
        chain.commit(10, List.of(new Put(7, "seven")));

        // Act
        AssertionError e = assertThrows(AssertionError.class, chain::rollback);

        // Assert
        assertTrue(e.getMessage().startsWith("undoing block 10 did not give back the state before it:"), e.getMessage());
        assertTrue(e.getMessage().contains("good 0000000000000007: expected none, was v2:"), e.getMessage());
    }

    @Test
    void anUndoThatDerivesOtherNotificationsThanTheCommitFails() {
        // Arrange: a derivation that reads the state after the put is gone
        RecordingRegistrar plugin = plugin(new PutObserver("put", log));
        RecordingRegistrar late = new RecordingRegistrar();
        late.derivation(new NotificationDerivation<Put>() {
            private int calls;

            @Override
            public Class<Put> notificationType() {
                return Put.class;
            }

            @Override
            public void derive(Put notification, StatefulValidationContext context, NotificationSink sink) {
                sink.publish(new Echo(1000 + calls++));
            }
        });
        ChainRunner chain = new ChainRunner(state, height -> ContextBuilder.context(), plugin, late);
        chain.commit(10, List.of(new Put(1, "a")));

        // Act
        AssertionError e = assertThrows(AssertionError.class, chain::rollback);

        // Assert
        assertEquals("undoing block 10 derived [Echo[key=1], Echo[key=1001]] but committing it derived [Echo[key=1], "
                + "Echo[key=1000]]", e.getMessage());
    }

    @Test
    void dispatchesOnTheNotificationsExactClassAsTheKernelDoes() {
        // Arrange
        RecordingRegistrar plugin = new RecordingRegistrar();
        plugin.observer(new Observer<Notification>() {
            @Override
            public Class<Notification> notificationType() {
                return Notification.class;
            }

            @Override
            public void notify(Notification notification, ObserverContext context) {
                log.add("any " + notification);
            }
        });
        ChainRunner chain = new ChainRunner(state, height -> ContextBuilder.context(), plugin);

        // Act
        chain.commit(10, List.of(new Put(1, "a")));

        // Assert
        assertEquals(List.of(), log);
    }

    @Test
    void refusesToUndoWithAnObserverThatCannotRollBack() {
        // Arrange
        Observer<Put> oneWay = new Observer<>() {
            @Override
            public Class<Put> notificationType() {
                return Put.class;
            }

            @Override
            public void notify(Put notification, ObserverContext context) {
            }

            @Override
            public boolean supportsRollback() {
                return false;
            }
        };
        ChainRunner chain = chain(oneWay);
        chain.commit(10, List.of(new Put(1, "a")));

        // Act + Assert
        assertThrows(IllegalStateException.class, chain::rollback);
    }

    @Test
    void blocksFollowEachOtherAndOnlyCommittedBlocksCanBeUndone() {
        // Arrange
        ChainRunner chain = chain(new PutObserver("put", log));
        chain.commit(10, List.of());

        // Act + Assert
        assertThrows(IllegalArgumentException.class, () -> chain.commit(10, List.of()));
        chain.rollback();
        assertThrows(IllegalStateException.class, chain::rollback);
        assertThrows(IllegalArgumentException.class, () -> new ChainRunner(state, height -> ContextBuilder.context()));
    }
}
