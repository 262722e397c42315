package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.resolver.MosaicResolver;
import io.sirius.kernel.internal.PluginDeclaration;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import io.sirius.kernel.internal.pipeline.CoreFixture.Snapshot;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Transfers move balances from sender to recipient, debits take them from the sender; changes of the currency's
 * balance are written to the balance history at the block's height. Every case runs in both modes; in ROLLBACK the
 * notification is first committed (the block being undone) and the rollback must restore accounts and history
 * exactly.
 */
class BalanceObserversTest {
    private static final long HEIGHT = 30;
    private static final long FUNDED_AT = 3;
    private static final long SENDER_BALANCE = 1_000_000;
    private static final long RECIPIENT_BALANCE = 40_000;
    private static final long AMOUNT = 12_345;
    private static final MosaicId OTHER = new MosaicId(0x0123_4567_89AB_CDEFL);
    private static final UnresolvedMosaicId CURRENCY_ALIAS = new UnresolvedMosaicId(0xE000_0000_0000_00AAL);

    @TempDir
    Path directory;
    CoreFixture fixture;
    final BalanceObservers observers = new BalanceObservers();
    final PublicKey sender = CoreFixture.key(10).publicKey();
    final Address senderAddress = CoreFixture.address(sender);
    final Address recipient = CoreFixture.address(CoreFixture.key(11).publicKey());
    final Address stranger = CoreFixture.address(CoreFixture.key(12).publicKey());

    @BeforeEach
    void open() {
        MosaicResolver resolver = (id, state) -> id.equals(CURRENCY_ALIAS) ? Optional.of(CoreFixture.CURRENCY) : Optional.empty();
        PluginDeclaration aliases = new PluginDeclaration("aliases", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(resolver), List.of(), java.util.Map.of());
        fixture = CoreFixture.open(directory, CoreFixture.devnetConfig(t -> t), List.of(aliases));
        fund(senderAddress, CoreFixture.CURRENCY, SENDER_BALANCE);
        fund(senderAddress, OTHER, SENDER_BALANCE);
        fund(recipient, CoreFixture.CURRENCY, RECIPIENT_BALANCE);
        fixture.commit(HEIGHT - 1);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Funds an account the way the nemesis seed does: the balance and its history entry. */
    private void fund(Address address, MosaicId mosaic, long amount) {
        AccountState account = fixture.account(address).orElse(AccountState.create(address, new Height(FUNDED_AT)));
        fixture.put(account.withBalance(mosaic, new Amount(amount)));
        if (mosaic.equals(CoreFixture.CURRENCY)) {
            BalanceHistory.commit(fixture.changes().index(BalanceHistory.INDEX), address, new Height(FUNDED_AT),
                    new Amount(amount), new Height(0));
        }
    }

    /** The history entry at a height, read with the layout BalanceHistory documents. */
    private Optional<Long> historyAt(Address address, long height) {
        byte[] key = ByteBuffer.allocate(Address.SIZE + 8).put(address.bytes()).putLong(height).array();
        return fixture.changes().index(BalanceHistory.INDEX).get(key)
                .map(v -> ByteBuffer.wrap(v).order(ByteOrder.LITTLE_ENDIAN).getLong());
    }

    private long balance(Address address, MosaicId mosaic) {
        return fixture.account(address).map(a -> a.balance(mosaic).value()).orElse(0L);
    }

    private <N extends io.sirius.api.notification.Notification> Snapshot prepare(Observer<N> observer, N n, NotifyMode mode) {
        Snapshot before = fixture.snapshot();
        if (mode == NotifyMode.ROLLBACK) {
            observer.notify(n, fixture.observer(NotifyMode.COMMIT, HEIGHT));
        }
        return before;
    }

    private BalanceTransferNotification transfer(Address to, UnresolvedMosaicId mosaic, long amount) {
        return new BalanceTransferNotification(sender, to.toUnresolved(), mosaic, new Amount(amount));
    }

    private static UnresolvedMosaicId unresolved(MosaicId mosaic) {
        return new UnresolvedMosaicId(mosaic.value());
    }

    /** The holders of a mosaic as the HOLDERS index lists them, richest first: "address=amount". */
    private List<String> holders(MosaicId mosaic) {
        List<String> out = new java.util.ArrayList<>();
        fixture.changes().index(AccountStateCache.HOLDERS).scan(ByteBuffer.allocate(8).putLong(mosaic.value()).array(),
                (k, v) -> out.add(AccountStateCache.holderAddress(k).plain() + "=" + AccountStateCache.holderAmount(k).value()));
        return out;
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void theHoldersIndexFollowsEveryBalanceRichestFirstAndRollsBackExactly(NotifyMode mode) {
        // Arrange: the recipient holds none of OTHER; the sender sends all of it in two parts
        List<String> start = holders(OTHER);
        BalanceTransferNotification most = transfer(recipient, unresolved(OTHER), SENDER_BALANCE - 1);
        BalanceTransferNotification rest = transfer(recipient, unresolved(OTHER), 1);
        Snapshot before = fixture.snapshot();

        // Act
        observers.transfer().notify(most, fixture.observer(NotifyMode.COMMIT, HEIGHT));
        List<String> split = holders(OTHER);
        observers.transfer().notify(rest, fixture.observer(NotifyMode.COMMIT, HEIGHT));
        List<String> moved = holders(OTHER);
        if (mode == NotifyMode.ROLLBACK) {
            observers.transfer().notify(rest, fixture.observer(NotifyMode.ROLLBACK, HEIGHT));
            observers.transfer().notify(most, fixture.observer(NotifyMode.ROLLBACK, HEIGHT));
        }

        // Assert: richest first, an emptied balance leaves the index, rollback gives back the start
        assertEquals(List.of(senderAddress.plain() + "=" + SENDER_BALANCE), start);
        assertEquals(List.of(recipient.plain() + "=" + (SENDER_BALANCE - 1), senderAddress.plain() + "=1"), split);
        assertEquals(List.of(recipient.plain() + "=" + SENDER_BALANCE), moved);
        if (mode == NotifyMode.ROLLBACK) {
            assertEquals(start, holders(OTHER));
            assertEquals(before, fixture.snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aCurrencyTransferMovesTheAmountAndWritesTheHistory(NotifyMode mode) {
        // Arrange
        BalanceTransferNotification n = transfer(recipient, unresolved(CoreFixture.CURRENCY), AMOUNT);
        Snapshot before = prepare(observers.transfer(), n, mode);

        // Act
        observers.transfer().notify(n, fixture.observer(mode, HEIGHT));

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(SENDER_BALANCE - AMOUNT, balance(senderAddress, CoreFixture.CURRENCY));
            assertEquals(RECIPIENT_BALANCE + AMOUNT, balance(recipient, CoreFixture.CURRENCY));
            assertEquals(Optional.of(SENDER_BALANCE - AMOUNT), historyAt(senderAddress, HEIGHT));
            assertEquals(Optional.of(RECIPIENT_BALANCE + AMOUNT), historyAt(recipient, HEIGHT));
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aTransferOfAnotherMosaicLeavesTheHistoryAlone(NotifyMode mode) {
        // Arrange
        BalanceTransferNotification n = transfer(recipient, unresolved(OTHER), AMOUNT);
        Snapshot before = prepare(observers.transfer(), n, mode);

        // Act
        observers.transfer().notify(n, fixture.observer(mode, HEIGHT));

        // Assert: the balance history is the currency's alone
        Snapshot after = fixture.snapshot();
        assertEquals(before.indexes().get(BalanceHistory.INDEX), after.indexes().get(BalanceHistory.INDEX));
        if (mode == NotifyMode.COMMIT) {
            assertEquals(SENDER_BALANCE - AMOUNT, balance(senderAddress, OTHER));
            assertEquals(AMOUNT, balance(recipient, OTHER));
            assertEquals(SENDER_BALANCE, balance(senderAddress, CoreFixture.CURRENCY));
        } else {
            assertEquals(before, after);
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aTransferToANewAddressCreatesItsAccount(NotifyMode mode) {
        // Arrange
        BalanceTransferNotification n = transfer(stranger, unresolved(CoreFixture.CURRENCY), AMOUNT);
        Snapshot before = prepare(observers.transfer(), n, mode);

        // Act
        observers.transfer().notify(n, fixture.observer(mode, HEIGHT));

        // Assert
        if (mode == NotifyMode.COMMIT) {
            AccountState created = fixture.account(stranger).orElseThrow();
            assertEquals(new Height(HEIGHT), created.addressHeight());
            assertEquals(AMOUNT, created.balance(CoreFixture.CURRENCY).value());
            assertEquals(Optional.of(AMOUNT), historyAt(stranger, HEIGHT));
        } else {
            assertEquals(before, fixture.snapshot());
            assertEquals(Optional.empty(), fixture.account(stranger));
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aTransferToOneselfChangesNoBalance(NotifyMode mode) {
        // Arrange
        BalanceTransferNotification n = transfer(senderAddress, unresolved(CoreFixture.CURRENCY), AMOUNT);
        Snapshot before = prepare(observers.transfer(), n, mode);

        // Act
        observers.transfer().notify(n, fixture.observer(mode, HEIGHT));

        // Assert
        assertEquals(before.accountRoot(), fixture.snapshot().accountRoot());
        assertEquals(SENDER_BALANCE, balance(senderAddress, CoreFixture.CURRENCY));
        if (mode == NotifyMode.ROLLBACK) {
            assertEquals(before, fixture.snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aZeroTransferChangesNothing(NotifyMode mode) {
        // Arrange
        BalanceTransferNotification n = transfer(stranger, unresolved(CoreFixture.CURRENCY), 0);
        Snapshot before = fixture.snapshot();

        // Act
        observers.transfer().notify(n, fixture.observer(mode, HEIGHT));

        // Assert
        assertEquals(before, fixture.snapshot());
        assertEquals(Optional.empty(), fixture.account(stranger));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aTransferThroughAnAliasMovesTheResolvedMosaic(NotifyMode mode) {
        // Arrange
        BalanceTransferNotification n = transfer(recipient, CURRENCY_ALIAS, AMOUNT);
        Snapshot before = prepare(observers.transfer(), n, mode);

        // Act
        observers.transfer().notify(n, fixture.observer(mode, HEIGHT));

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(RECIPIENT_BALANCE + AMOUNT, balance(recipient, CoreFixture.CURRENCY));
            assertEquals(Optional.of(RECIPIENT_BALANCE + AMOUNT), historyAt(recipient, HEIGHT));
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anUnresolvableMosaicIsAnError(NotifyMode mode) {
        // Arrange: validators refuse such notifications, so an observer seeing one is a broken pipeline
        BalanceTransferNotification n = transfer(recipient, new UnresolvedMosaicId(0x8000_0000_0000_0001L), AMOUNT);
        Snapshot before = fixture.snapshot();

        // Act
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> observers.transfer().notify(n, fixture.observer(mode, HEIGHT)));

        // Assert
        assertTrue(e.getMessage().contains("does not resolve"), e.getMessage());
        assertEquals(before, fixture.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anUnresolvableRecipientIsAnError(NotifyMode mode) {
        // Arrange
        UnresolvedAddress alias = UnresolvedAddress.alias(CoreFixture.NETWORK, new io.sirius.api.model.NamespaceId(
                0x9000_0000_0000_0002L));
        BalanceTransferNotification n = new BalanceTransferNotification(sender, alias, unresolved(CoreFixture.CURRENCY),
                new Amount(AMOUNT));

        // Act
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> observers.transfer().notify(n, fixture.observer(mode, HEIGHT)));

        // Assert
        assertTrue(e.getMessage().contains("recipient"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aCreditAddsTheAmountAndWritesTheHistory(NotifyMode mode) {
        // Arrange
        io.sirius.api.notification.BalanceCreditNotification n = new io.sirius.api.notification.BalanceCreditNotification(
                sender, unresolved(CoreFixture.CURRENCY), new Amount(AMOUNT));
        Snapshot before = prepare(observers.credit(), n, mode);

        // Act
        observers.credit().notify(n, fixture.observer(mode, HEIGHT));

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(SENDER_BALANCE + AMOUNT, balance(senderAddress, CoreFixture.CURRENCY));
            assertEquals(Optional.of(SENDER_BALANCE + AMOUNT), historyAt(senderAddress, HEIGHT));
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aCreditOfAnotherMosaicLeavesTheHistoryAlone(NotifyMode mode) {
        // Arrange
        io.sirius.api.notification.BalanceCreditNotification n = new io.sirius.api.notification.BalanceCreditNotification(
                sender, unresolved(OTHER), new Amount(AMOUNT));
        Snapshot before = prepare(observers.credit(), n, mode);

        // Act
        observers.credit().notify(n, fixture.observer(mode, HEIGHT));

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(SENDER_BALANCE + AMOUNT, balance(senderAddress, OTHER));
            assertEquals(Optional.empty(), historyAt(senderAddress, HEIGHT));
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aDebitTakesTheAmountFromTheSender(NotifyMode mode) {
        // Arrange
        BalanceDebitNotification n = new BalanceDebitNotification(sender, unresolved(CoreFixture.CURRENCY), new Amount(AMOUNT));
        Snapshot before = prepare(observers.debit(), n, mode);

        // Act
        observers.debit().notify(n, fixture.observer(mode, HEIGHT));

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(SENDER_BALANCE - AMOUNT, balance(senderAddress, CoreFixture.CURRENCY));
            assertEquals(Optional.of(SENDER_BALANCE - AMOUNT), historyAt(senderAddress, HEIGHT));
            assertEquals(RECIPIENT_BALANCE, balance(recipient, CoreFixture.CURRENCY));
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aDebitOfEverythingKeepsTheAccount(NotifyMode mode) {
        // Arrange
        BalanceDebitNotification n = new BalanceDebitNotification(sender, unresolved(CoreFixture.CURRENCY),
                new Amount(SENDER_BALANCE));
        Snapshot before = prepare(observers.debit(), n, mode);

        // Act
        observers.debit().notify(n, fixture.observer(mode, HEIGHT));

        // Assert
        if (mode == NotifyMode.COMMIT) {
            AccountState account = fixture.account(senderAddress).orElseThrow();
            assertEquals(0, account.balance(CoreFixture.CURRENCY).value());
            assertEquals(SENDER_BALANCE, account.balance(OTHER).value());
            assertEquals(Optional.of(0L), historyAt(senderAddress, HEIGHT));
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void severalChangesInOneBlockUndoExactly(NotifyMode mode) {
        // Arrange: a fee debit, a transfer out and a transfer back in, all at one height
        BalanceDebitNotification fee = new BalanceDebitNotification(sender, unresolved(CoreFixture.CURRENCY), new Amount(17));
        BalanceTransferNotification out = transfer(recipient, unresolved(CoreFixture.CURRENCY), AMOUNT);
        BalanceTransferNotification back = new BalanceTransferNotification(CoreFixture.key(11).publicKey(),
                senderAddress.toUnresolved(), unresolved(CoreFixture.CURRENCY), new Amount(AMOUNT));
        Snapshot before = fixture.snapshot();
        if (mode == NotifyMode.ROLLBACK) {
            observers.debit().notify(fee, fixture.observer(NotifyMode.COMMIT, HEIGHT));
            observers.transfer().notify(out, fixture.observer(NotifyMode.COMMIT, HEIGHT));
            observers.transfer().notify(back, fixture.observer(NotifyMode.COMMIT, HEIGHT));
            assertNotEquals(before, fixture.snapshot());
        }

        // Act: in rollback, in reverse order
        if (mode == NotifyMode.COMMIT) {
            observers.debit().notify(fee, fixture.observer(mode, HEIGHT));
            observers.transfer().notify(out, fixture.observer(mode, HEIGHT));
            observers.transfer().notify(back, fixture.observer(mode, HEIGHT));
        } else {
            observers.transfer().notify(back, fixture.observer(mode, HEIGHT));
            observers.transfer().notify(out, fixture.observer(mode, HEIGHT));
            observers.debit().notify(fee, fixture.observer(mode, HEIGHT));
        }

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(SENDER_BALANCE - 17, balance(senderAddress, CoreFixture.CURRENCY));
            assertEquals(Optional.of(SENDER_BALANCE - 17), historyAt(senderAddress, HEIGHT));
            assertEquals(Optional.of(RECIPIENT_BALANCE), historyAt(recipient, HEIGHT));
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }
}
