package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountType;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import io.sirius.kernel.internal.pipeline.CoreFixture.Snapshot;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A block's fees go to its producer (the main account when a remote key harvested), less the network's
 * {@code harvestBeneficiaryPercentage} for a beneficiary other than the producer. Every case runs in both modes;
 * a rollback restores the accounts and the balance history exactly.
 */
class HarvestFeeObserverTest {
    private static final long HEIGHT = 44;

    @TempDir
    Path directory;
    CoreFixture fixture;
    final HarvestFeeObserver observer = new HarvestFeeObserver(new BalanceObservers());
    final PublicKey harvester = CoreFixture.key(20).publicKey();
    final PublicKey beneficiary = CoreFixture.key(21).publicKey();
    final PublicKey main = CoreFixture.key(22).publicKey();

    @BeforeEach
    void open() {
        fixture = CoreFixture.open(directory);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private int percentage() {
        return fixture.config().chain().harvestBeneficiaryPercentage();
    }

    private BlockNotification block(PublicKey benefits, long totalFee) {
        return new BlockNotification(harvester, benefits, new Height(HEIGHT), new Timestamp(7_000_000), new Amount(totalFee),
                1, 2);
    }

    /** Runs the block in {@code mode}; for ROLLBACK, the block is committed first. */
    private Snapshot observe(BlockNotification block, NotifyMode mode) {
        Snapshot before = fixture.snapshot();
        if (mode == NotifyMode.ROLLBACK) {
            observer.notify(block, fixture.observer(NotifyMode.COMMIT, HEIGHT));
        }
        observer.notify(block, fixture.observer(mode, HEIGHT));
        return before;
    }

    private static long balance(CoreFixture fixture, PublicKey key) {
        return fixture.balance(CoreFixture.address(key));
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void withoutBeneficiaryTheProducerGetsEverything(NotifyMode mode) {
        // Arrange
        BlockNotification block = block(PublicKey.ZERO, 10_001);

        // Act
        Snapshot before = observe(block, mode);

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(10_001, balance(fixture, harvester));
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void theProducerAsBeneficiaryGetsEverything(NotifyMode mode) {
        // Arrange
        BlockNotification block = block(harvester, 10_001);

        // Act
        Snapshot before = observe(block, mode);

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(10_001, balance(fixture, harvester));
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }

    static Stream<Arguments> totals() {
        return Stream.of(NotifyMode.values()).flatMap(mode -> Stream.of(1L, 99L, 100L, 101L, 10_001L, 123_456_789L,
                Long.MAX_VALUE, Long.MIN_VALUE, -1L).map(total -> Arguments.of(mode, total)));
    }

    @ParameterizedTest(name = "{0} total {1}")
    @MethodSource("totals")
    void theBeneficiaryGetsItsPercentageRoundedDown(NotifyMode mode, long total) {
        // Arrange: the expected share in exact unsigned arithmetic
        BigInteger unsignedTotal = new BigInteger(Long.toUnsignedString(total));
        long share = unsignedTotal.multiply(BigInteger.valueOf(percentage())).divide(BigInteger.valueOf(100)).longValue();
        long rest = unsignedTotal.subtract(BigInteger.valueOf(share)).longValue();
        BlockNotification block = block(beneficiary, total);

        // Act
        Snapshot before = observe(block, mode);

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(Long.toUnsignedString(rest), Long.toUnsignedString(balance(fixture, harvester)));
            assertEquals(Long.toUnsignedString(share), Long.toUnsignedString(balance(fixture, beneficiary)));
            assertEquals(share == 0, fixture.account(CoreFixture.address(beneficiary)).isEmpty(),
                    "a beneficiary is created only when it gets something");
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aRemoteHarvestersFeesGoToItsMainAccount(NotifyMode mode) {
        // Arrange
        Address remoteAddress = CoreFixture.address(harvester);
        AccountState remote = AccountState.create(remoteAddress, new Height(2)).withPublicKey(harvester, new Height(2))
                .withLink(AccountType.REMOTE, Optional.of(main));
        fixture.put(remote);
        fixture.put(AccountState.create(CoreFixture.address(main), new Height(2)).withPublicKey(main, new Height(2))
                .withLink(AccountType.MAIN, Optional.of(harvester)).withBalance(CoreFixture.CURRENCY, new Amount(5)));
        BalanceHistory.commit(fixture.changes().index(BalanceHistory.INDEX), CoreFixture.address(main), new Height(2),
                new Amount(5), new Height(0));
        BlockNotification block = block(PublicKey.ZERO, 900);

        // Act
        Snapshot before = observe(block, mode);

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(905, balance(fixture, main));
            assertEquals(Optional.of(remote), fixture.account(remoteAddress));
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void aBlockWithoutFeesChangesNothing(NotifyMode mode) {
        // Arrange
        Snapshot before = fixture.snapshot();

        // Act
        observer.notify(block(beneficiary, 0), fixture.observer(mode, HEIGHT));

        // Assert
        assertEquals(before, fixture.snapshot());
    }

    @ParameterizedTest
    @EnumSource(NotifyMode.class)
    void feesAddToWhatTheProducerHeld(NotifyMode mode) {
        // Arrange: the producer is funded and known since an earlier block
        Address address = CoreFixture.address(harvester);
        fixture.put(AccountState.create(address, new Height(2)).withBalance(CoreFixture.CURRENCY, new Amount(1_000)));
        BalanceHistory.commit(fixture.changes().index(BalanceHistory.INDEX), address, new Height(2), new Amount(1_000),
                new Height(0));
        fixture.commit(HEIGHT - 1);
        BlockNotification block = block(beneficiary, 5_000);
        long share = 5_000L * percentage() / 100;

        // Act
        Snapshot before = observe(block, mode);

        // Assert
        if (mode == NotifyMode.COMMIT) {
            assertEquals(1_000 + 5_000 - share, balance(fixture, harvester));
            assertNotEquals(before, fixture.snapshot());
        } else {
            assertEquals(before, fixture.snapshot());
        }
    }
}
