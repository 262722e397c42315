package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.account.AccountState;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.notification.AccountAddressNotification;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import io.sirius.kernel.internal.pipeline.CoreFixture.Snapshot;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Accounts appear when an address or a public key is first seen, and disappear again when the block that created
 * them is undone. Every case runs in both modes: in ROLLBACK the notification is first committed (the block being
 * undone), and the rollback must leave exactly the state from before.
 */
class AccountObserversTest {
    private static final long HEIGHT = 20;
    private static final long EARLIER = 7;

    @TempDir
    Path directory;
    CoreFixture fixture;
    final AccountObservers.AddressObserver addressObserver = new AccountObservers.AddressObserver();
    final AccountObservers.PublicKeyObserver keyObserver = new AccountObservers.PublicKeyObserver();
    final PublicKey key = CoreFixture.key(5).publicKey();
    final Address address = CoreFixture.address(key);

    @BeforeEach
    void open() {
        fixture = CoreFixture.open(directory);
        // someone else's account, which nothing here may touch
        fixture.put(AccountState.create(CoreFixture.address(CoreFixture.key(6).publicKey()), new Height(EARLIER))
                .withBalance(CoreFixture.CURRENCY, new Amount(10)));
        fixture.commit(HEIGHT - 1);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void observeAddress(UnresolvedAddress unresolved, NotifyMode mode) {
        addressObserver.notify(new AccountAddressNotification(unresolved), fixture.observer(mode, HEIGHT));
    }

    private void observeKey(NotifyMode mode) {
        keyObserver.notify(new AccountPublicKeyNotification(key), fixture.observer(mode, HEIGHT));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aNewAddressCreatesAnEmptyAccount(NotifyMode mode) {
        // Arrange
        Snapshot before = fixture.snapshot();
        if (mode == NotifyMode.ROLLBACK) {
            observeAddress(address.toUnresolved(), NotifyMode.COMMIT);
            assertNotEquals(before, fixture.snapshot(), "the block being undone created the account");
        }

        // Act
        observeAddress(address.toUnresolved(), mode);

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(Optional.of(AccountState.create(address, new Height(HEIGHT))), fixture.account(address));
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aKnownAddressIsLeftAlone(NotifyMode mode) {
        // Arrange: known since an earlier block, so neither mode may change it
        AccountState known = AccountState.create(address, new Height(EARLIER));
        fixture.put(known);
        Snapshot before = fixture.snapshot();

        // Act
        observeAddress(address.toUnresolved(), mode);

        // Assert
        assertEquals(before, fixture.snapshot());
        assertEquals(Optional.of(known), fixture.account(address));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anAccountCreatedAtThisHeightThatHoldsSomethingStays(NotifyMode mode) {
        // Arrange: created at this height, but since credited, so undoing the address does not undo the account
        AccountState credited = AccountState.create(address, new Height(HEIGHT)).withBalance(CoreFixture.CURRENCY,
                new Amount(3));
        fixture.put(credited);
        Snapshot before = fixture.snapshot();

        // Act
        observeAddress(address.toUnresolved(), mode);

        // Assert
        assertEquals(before, fixture.snapshot());
        assertEquals(Optional.of(credited), fixture.account(address));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anAliasNobodyResolvesChangesNothing(NotifyMode mode) {
        // Arrange
        UnresolvedAddress alias = UnresolvedAddress.alias(CoreFixture.NETWORK, new NamespaceId(0x9000_0000_0000_0001L));
        Snapshot before = fixture.snapshot();

        // Act
        observeAddress(alias, mode);

        // Assert
        assertEquals(before, fixture.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void anUnknownKeyCreatesAnAccountWithTheKey(NotifyMode mode) {
        // Arrange
        Snapshot before = fixture.snapshot();
        if (mode == NotifyMode.ROLLBACK) {
            observeKey(NotifyMode.COMMIT);
            assertNotEquals(before, fixture.snapshot(), "the block being undone created the account");
        }

        // Act
        observeKey(mode);

        // Assert
        if (mode == NotifyMode.COMMIT) {
            AccountState account = fixture.account(address).orElseThrow();
            assertEquals(new Height(HEIGHT), account.addressHeight());
            assertEquals(Optional.of(key), account.publicKey());
            assertEquals(new Height(HEIGHT), account.publicKeyHeight());
            assertTrue(account.balances().isEmpty());
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aKnownAddressLearnsItsKey(NotifyMode mode) {
        // Arrange: the account received funds at an earlier height, before its key was known
        AccountState keyless = AccountState.create(address, new Height(EARLIER)).withBalance(CoreFixture.CURRENCY,
                new Amount(500));
        fixture.put(keyless);
        fixture.commit(HEIGHT - 1);
        Snapshot before = fixture.snapshot();
        if (mode == NotifyMode.ROLLBACK) {
            observeKey(NotifyMode.COMMIT);
        }

        // Act
        observeKey(mode);

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(Optional.of(keyless.withPublicKey(key, new Height(HEIGHT))), fixture.account(address));
        } else {
            assertEquals(before, fixture.snapshot());
            assertEquals(Optional.of(keyless), fixture.account(address));
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aKeyKnownSinceAnEarlierBlockIsLeftAlone(NotifyMode mode) {
        // Arrange
        AccountState keyed = AccountState.create(address, new Height(EARLIER)).withPublicKey(key, new Height(EARLIER + 1));
        fixture.put(keyed);
        Snapshot before = fixture.snapshot();

        // Act
        observeKey(mode);

        // Assert
        assertEquals(before, fixture.snapshot());
        assertEquals(Optional.of(keyed), fixture.account(address));
    }

    @Test
    void anAccountCreatedAndKeyedInOneBlockIsGoneWhenTheBlockIsUndone() {
        // Arrange: the address is seen first, then the key, in the same block
        Snapshot before = fixture.snapshot();
        observeAddress(address.toUnresolved(), NotifyMode.COMMIT);
        observeKey(NotifyMode.COMMIT);

        // Act: undone in reverse order
        observeKey(NotifyMode.ROLLBACK);
        observeAddress(address.toUnresolved(), NotifyMode.ROLLBACK);

        // Assert
        assertEquals(before, fixture.snapshot());
        assertEquals(Optional.empty(), fixture.account(address));
    }
}
