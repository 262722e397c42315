package io.sirius.kernel.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.account.AccountState;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.plugin.NotificationDerivation;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.devnet.TransferPayloads;
import io.sirius.kernel.internal.Declarations;
import io.sirius.kernel.internal.PluginDeclaration;
import io.sirius.kernel.internal.core.BalanceHistory;
import io.sirius.kernel.internal.core.CoreResults;
import io.sirius.kernel.internal.core.TransactionHashes;
import io.sirius.kernel.internal.pipeline.CoreFixture.Snapshot;
import io.sirius.plugin.transfer.internal.plugin.TransferPlugin;
import io.sirius.state.StateChanges;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notifications through validators and observers, on the kernel's real contexts: stateless checks, stateful
 * execution in order (a later notification sees an earlier one's effect), broken plugins failing only their
 * transaction, and undo in reverse order.
 */
class TransactionProcessorTest {
    private static final long HEIGHT = 9;

    @TempDir
    Path directory;
    CoreFixture fixture;
    final KeyPair sender = CoreFixture.key(70);
    final Address senderAddress = CoreFixture.address(sender.publicKey());
    final List<String> calls = new ArrayList<>();

    @AfterEach
    void close() {
        fixture.close();
    }

    private void open(PluginDeclaration... extra) {
        List<PluginDeclaration> declarations = new ArrayList<>(List.of(extra));
        fixture = CoreFixture.open(directory, CoreFixture.devnetConfig(t -> t), declarations);
    }

    private void fund(long amount) {
        fixture.put(AccountState.create(senderAddress, new Height(1)).withPublicKey(sender.publicKey(), new Height(1))
                .withBalance(CoreFixture.CURRENCY, new Amount(amount)));
        BalanceHistory.commit(fixture.changes().index(BalanceHistory.INDEX), senderAddress, new Height(1), new Amount(amount),
                new Height(0));
        fixture.commit(HEIGHT - 1);
    }

    private BalanceDebitNotification debit(long amount) {
        return new BalanceDebitNotification(sender.publicKey(), new UnresolvedMosaicId(CoreFixture.CURRENCY.value()),
                new Amount(amount));
    }

    private static PluginDeclaration declaration(List<StatelessValidator<?>> stateless, List<StatefulValidator<?>> stateful,
            List<Observer<?>> observers) {
        return new PluginDeclaration("test", List.of(), List.of(), List.of(), stateless, stateful, observers, List.of(),
                List.of(), List.of(), List.of(), java.util.Map.of());
    }

    private Observer<BalanceDebitNotification> recording(String name, boolean rollback) {
        return new Observer<>() {
            @Override
            public Class<BalanceDebitNotification> notificationType() {
                return BalanceDebitNotification.class;
            }

            @Override
            public void notify(BalanceDebitNotification n, ObserverContext context) {
                calls.add(name + " " + n.amount().value() + " " + context.mode());
            }

            @Override
            public boolean supportsRollback() {
                return rollback;
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    @Test
    void aLaterNotificationSeesAnEarlierOnesEffect() {
        // Arrange: 150 pays the first debit of 100, not the second
        open();
        fund(150);
        List<Notification> notifications = List.of(debit(100), debit(100));
        Environment environment = fixture.environment(HEIGHT, 5_000);

        // Act
        Rejection rejection = TransactionProcessor.execute(notifications, environment, fixture.changes());

        // Assert
        assertEquals(CoreResults.INSUFFICIENT_BALANCE, rejection.code());
        assertTrue(rejection.detail().contains("BalanceDebitValidator"), rejection.detail());
        assertEquals(50, fixture.balance(senderAddress), "the delta holds the effects before the failing notification");
    }

    @Test
    void aTransferRunsThroughTheWholePipelineAndUndoesExactly() {
        // Arrange: a real signed transfer, with the transfer plugin active
        open(Declarations.of(new TransferPlugin()));
        fund(1_000_000);
        Address recipient = CoreFixture.address(CoreFixture.key(71).publicKey());
        byte[] payload = TransferPayloads.transfer(CoreFixture.NETWORK, sender, recipient, CoreFixture.CURRENCY,
                new Amount(4_000), new byte[] {0, 'h', 'i'}, 50_000, new Timestamp(5_000 + 3_600_000),
                fixture.identity().generationHash(), new EntitySigner(fixture.ed25519()));
        ParsedTransaction tx = new TransactionParser(fixture.identity().generationHash()).parse(payload, fixture.plugins())
                .transaction();
        BlockFees fees = new BlockFees(10, 1, 2);
        long fee = CoreNotifications.fee(fees, tx).value();
        Environment environment = fixture.environment(HEIGHT, 5_000);
        List<Notification> notifications = TransactionProcessor.notifications(tx, environment, fees);
        Snapshot before = fixture.snapshot();

        // Act
        Rejection stateless = TransactionProcessor.checkStateless(notifications, environment);
        StateChanges child = fixture.changes().child();
        Rejection stateful = TransactionProcessor.execute(notifications, environment, child);
        fixture.changes().merge(child);
        Snapshot applied = fixture.snapshot();
        long senderAfter = fixture.balance(senderAddress);
        long recipientAfter = fixture.balance(recipient);
        boolean hashKnown = TransactionHashes.find(fixture.changes().index(TransactionHashes.BY_HASH), tx.hash()).isPresent();
        TransactionProcessor.undo(notifications, environment, fixture.changes());

        // Assert
        assertNull(stateless);
        assertNull(stateful);
        assertEquals(1_000_000 - 4_000 - fee, senderAfter);
        assertEquals(4_000, recipientAfter);
        assertTrue(hashKnown);
        assertNotEquals(before, applied);
        assertEquals(before, fixture.snapshot(), "undo leaves exactly the state before");
    }

    @Test
    void theFirstStatelessFailureIsReportedWithItsValidator() {
        // Arrange: a deadline far in the past
        open();
        Environment environment = fixture.environment(HEIGHT, 10_000_000);
        List<Notification> notifications = List.of(
                new io.sirius.api.notification.TransactionFeeNotification(200, new Amount(5), new Amount(10)),
                new io.sirius.api.notification.TransactionDeadlineNotification(new Timestamp(1), java.time.Duration.ZERO),
                new io.sirius.api.notification.TransactionFeeNotification(200, new Amount(11), new Amount(10)));

        // Act
        Rejection rejection = TransactionProcessor.checkStateless(notifications, environment);

        // Assert
        assertEquals(CoreResults.PAST_DEADLINE, rejection.code());
        assertTrue(rejection.detail().contains("DeadlineValidator"), rejection.detail());
    }

    @Test
    void aThrowingStatelessValidatorFailsOnlyItsTransaction() {
        // Arrange
        StatelessValidator<BalanceDebitNotification> broken = new StatelessValidator<>() {
            @Override
            public Class<BalanceDebitNotification> notificationType() {
                return BalanceDebitNotification.class;
            }

            @Override
            public ResultCode validate(BalanceDebitNotification n, ValidationContext context) {
                throw new IllegalStateException("boom");
            }

            @Override
            public String name() {
                return "BrokenValidator";
            }
        };
        open(declaration(List.of(broken), List.of(), List.of()));

        // Act
        Rejection rejection = TransactionProcessor.checkStateless(List.of(debit(1)), fixture.environment(HEIGHT, 5_000));

        // Assert
        assertEquals(ResultCodes.FAILURE, rejection.code());
        assertTrue(rejection.detail().startsWith("BrokenValidator failed: ") && rejection.detail().contains("boom"),
                rejection.detail());
    }

    @Test
    void aThrowingStatefulValidatorFailsOnlyItsTransaction() {
        // Arrange
        StatefulValidator<BalanceDebitNotification> broken = new StatefulValidator<>() {
            @Override
            public Class<BalanceDebitNotification> notificationType() {
                return BalanceDebitNotification.class;
            }

            @Override
            public ResultCode validate(BalanceDebitNotification n, StatefulValidationContext context) {
                throw new IllegalArgumentException("bad state");
            }

            @Override
            public String name() {
                return "BrokenStatefulValidator";
            }
        };
        open(declaration(List.of(), List.of(broken), List.of()));
        fund(1_000);
        Snapshot before = fixture.snapshot();

        // Act
        Rejection rejection = TransactionProcessor.execute(List.of(debit(1)), fixture.environment(HEIGHT, 5_000),
                fixture.changes());

        // Assert
        assertEquals(ResultCodes.FAILURE, rejection.code());
        assertTrue(rejection.detail().startsWith("BrokenStatefulValidator failed: "), rejection.detail());
        assertEquals(before, fixture.snapshot(), "nothing was observed");
    }

    @Test
    void observersRunInDeclarationOrderAndUndoInReverse() {
        // Arrange: the core's debit observer, then two of a plugin's
        open(declaration(List.of(), List.of(), List.of(recording("first", true), recording("second", true))));
        fund(1_000);
        List<Notification> notifications = List.of(debit(1), debit(2));
        Environment environment = fixture.environment(HEIGHT, 5_000);

        // Act
        TransactionProcessor.execute(notifications, environment, fixture.changes());
        TransactionProcessor.undo(notifications, environment, fixture.changes());

        // Assert
        assertEquals(List.of("first 1 COMMIT", "second 1 COMMIT", "first 2 COMMIT", "second 2 COMMIT",
                "second 2 ROLLBACK", "first 2 ROLLBACK", "second 1 ROLLBACK", "first 1 ROLLBACK"), calls);
        assertEquals(1_000, fixture.balance(senderAddress));
    }

    @Test
    void anObserverThatCannotRollBackStopsTheUndo() {
        // Arrange
        open(declaration(List.of(), List.of(), List.of(recording("oneWay", false))));
        fund(1_000);
        List<Notification> notifications = List.of(debit(1));
        Environment environment = fixture.environment(HEIGHT, 5_000);
        TransactionProcessor.execute(notifications, environment, fixture.changes());

        // Act
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TransactionProcessor.undo(notifications, environment, fixture.changes()));

        // Assert
        assertEquals("oneWay cannot roll back BalanceDebitNotification", e.getMessage());
    }

    @Test
    void aSignerWithoutKeyGetsItAndPaysTheFee() {
        // Arrange: funded at an earlier height before its key was known
        open();
        fixture.put(AccountState.create(senderAddress, new Height(1)).withBalance(CoreFixture.CURRENCY, new Amount(500)));
        BalanceHistory.commit(fixture.changes().index(BalanceHistory.INDEX), senderAddress, new Height(1), new Amount(500),
                new Height(0));
        fixture.commit(HEIGHT - 1);
        List<Notification> notifications = List.of(new io.sirius.api.notification.AccountPublicKeyNotification(
                sender.publicKey()), debit(20));

        // Act
        Rejection rejection = TransactionProcessor.execute(notifications, fixture.environment(HEIGHT, 5_000), fixture.changes());

        // Assert
        assertNull(rejection);
        AccountState account = fixture.account(senderAddress).orElseThrow();
        assertEquals(java.util.Optional.of(sender.publicKey()), account.publicKey());
        assertEquals(new Height(HEIGHT), account.publicKeyHeight());
        assertEquals(480, account.balance(CoreFixture.CURRENCY).value());
    }

    /** A levy-like derivation: every debit sends a tenth of its amount on to {@code recipient}. */
    private NotificationDerivation<BalanceDebitNotification> tenthTo(Address recipient) {
        return new NotificationDerivation<>() {
            @Override
            public Class<BalanceDebitNotification> notificationType() {
                return BalanceDebitNotification.class;
            }

            @Override
            public void derive(BalanceDebitNotification n, StatefulValidationContext context, NotificationSink sink) {
                calls.add("derive " + n.amount().value());
                sink.publish(new BalanceTransferNotification(n.sender(), recipient.toUnresolved(), n.mosaicId(),
                        new Amount(n.amount().value() / 10)));
            }
        };
    }

    /** Would loop forever if derived notifications were derived from again. */
    private NotificationDerivation<BalanceTransferNotification> echo() {
        return new NotificationDerivation<>() {
            @Override
            public Class<BalanceTransferNotification> notificationType() {
                return BalanceTransferNotification.class;
            }

            @Override
            public void derive(BalanceTransferNotification n, StatefulValidationContext context, NotificationSink sink) {
                calls.add("echo");
                sink.publish(n);
            }
        };
    }

    private static PluginDeclaration deriving(NotificationDerivation<?>... derivations) {
        return new PluginDeclaration("levy", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), java.util.Map.of(), List.of(derivations));
    }

    @Test
    void derivedNotificationsRunRightAfterTheirSourceAndUndoExactly() {
        // Arrange
        Address recipient = CoreFixture.address(CoreFixture.key(72).publicKey());
        open(deriving(tenthTo(recipient), echo()));
        fund(150);
        Snapshot before = fixture.snapshot();
        Environment environment = fixture.environment(HEIGHT, 5_000);

        // Act
        Rejection rejection = TransactionProcessor.execute(List.of(debit(100)), environment, fixture.changes());
        long senderAfter = fixture.balance(senderAddress);
        long recipientAfter = fixture.balance(recipient);
        TransactionProcessor.undo(List.of(debit(100)), environment, fixture.changes());

        // Assert
        assertNull(rejection);
        assertEquals(40, senderAfter);
        assertEquals(10, recipientAfter);
        assertEquals(List.of("derive 100", "derive 100"), calls, "derived once to execute, once to undo; never echoed");
        assertEquals(before, fixture.snapshot(), "undo leaves exactly the state before");
    }

    @Test
    void aDerivedNotificationIsValidatedLikeAnyOther() {
        // Arrange: 105 pays the debit of 100 but not the derived 10
        Address recipient = CoreFixture.address(CoreFixture.key(72).publicKey());
        open(deriving(tenthTo(recipient)));
        fund(105);

        // Act
        Rejection rejection = TransactionProcessor.execute(List.of(debit(100)), fixture.environment(HEIGHT, 5_000),
                fixture.changes());

        // Assert
        assertEquals(CoreResults.INSUFFICIENT_BALANCE, rejection.code());
        assertTrue(rejection.detail().contains("derived from BalanceDebitNotification"), rejection.detail());
    }

    @Test
    void aThrowingDerivationFailsOnlyItsTransaction() {
        // Arrange
        open(deriving(new NotificationDerivation<BalanceDebitNotification>() {
            @Override
            public Class<BalanceDebitNotification> notificationType() {
                return BalanceDebitNotification.class;
            }

            @Override
            public void derive(BalanceDebitNotification n, StatefulValidationContext context, NotificationSink sink) {
                throw new IllegalStateException("broken levy table");
            }

            @Override
            public String name() {
                return "BrokenDerivation";
            }
        }));
        fund(150);

        // Act
        Rejection rejection = TransactionProcessor.execute(List.of(debit(100)), fixture.environment(HEIGHT, 5_000),
                fixture.changes());

        // Assert
        assertEquals(ResultCodes.FAILURE, rejection.code());
        assertTrue(rejection.detail().contains("BrokenDerivation failed"), rejection.detail());
    }

    @Test
    void validatorsAndObserversReadTheNetworkKeyAndTheChainSectionInForce() {
        // Arrange
        StatefulValidator<BalanceDebitNotification> reader = new StatefulValidator<>() {
            @Override
            public Class<BalanceDebitNotification> notificationType() {
                return BalanceDebitNotification.class;
            }

            @Override
            public ResultCode validate(BalanceDebitNotification n, StatefulValidationContext context) {
                calls.add(context.networkPublicKey() + " " + context.chainConfig().getString("blockGenerationTargetTime"));
                return ResultCodes.SUCCESS;
            }
        };
        Observer<BalanceDebitNotification> observer = new Observer<>() {
            @Override
            public Class<BalanceDebitNotification> notificationType() {
                return BalanceDebitNotification.class;
            }

            @Override
            public void notify(BalanceDebitNotification n, ObserverContext context) {
                calls.add(context.networkPublicKey() + " " + context.chainConfig().getString("maxMosaicAtomicUnits"));
            }
        };
        open(declaration(List.of(), List.of(reader), List.of(observer)));
        fund(150);

        // Act
        Rejection rejection = TransactionProcessor.execute(List.of(debit(1)), fixture.environment(HEIGHT, 5_000),
                fixture.changes());

        // Assert
        assertNull(rejection);
        assertEquals(List.of(CoreFixture.networkKey() + " 2s", CoreFixture.networkKey() + " 9'000'000'000'000'000"), calls);
    }
}
