package io.sirius.plugin.mosaic.internal.levy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.Notification;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.LevyEntry;
import io.sirius.plugin.mosaic.model.LevyType;
import io.sirius.plugin.mosaic.model.MosaicLevy;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LevyTransfersTest {

    /** OTHER sends `amount` of `mosaic` to THIRD. */
    private static BalanceTransferNotification transfer(UnresolvedMosaicId mosaic, long amount) {
        return new BalanceTransferNotification(Fixtures.OTHER, Fixtures.unresolved(Fixtures.THIRD), mosaic,
                new Amount(amount));
    }

    private static List<Notification> derive(InMemoryState state, BalanceTransferNotification transfer, String levyEnabled) {
        List<Notification> out = new ArrayList<>();
        new LevyTransfers().derive(transfer, Fixtures.context(state).config(MosaicConfig.SECTION,
                Fixtures.config("levyEnabled", levyEnabled)).stateful(), out::add);
        return out;
    }

    private static List<Notification> derive(InMemoryState state, UnresolvedMosaicId mosaic, long amount) {
        return derive(state, transfer(mosaic, amount), "true");
    }

    private static InMemoryState levied(MosaicId mosaic, MosaicLevy levy) {
        return Fixtures.levy(Fixtures.state(), mosaic, levy);
    }

    /** The levy OTHER pays to OWNER. */
    private static BalanceTransferNotification levyPaid(MosaicId mosaic, long amount) {
        return new BalanceTransferNotification(Fixtures.OTHER, Fixtures.unresolved(Fixtures.OWNER),
                Fixtures.unresolved(mosaic), new Amount(amount));
    }

    @ParameterizedTest
    @CsvSource({"1, 1000, 1", "25, 1000, 25", "25, 1, 25", "25, 0, 25", "-1, 1000, -1"})
    void anAbsoluteLevyIsTheFeeWhateverTheAmount(long fee, long amount, long expected) {
        // Arrange
        InMemoryState state = levied(Fixtures.MOSAIC, Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OWNER, Fixtures.CURRENCY,
                fee));

        // Act
        List<Notification> derived = derive(state, Fixtures.unresolved(Fixtures.MOSAIC), amount);

        // Assert
        assertEquals(List.of(levyPaid(Fixtures.CURRENCY, expected)), derived);
    }

    /** Golden values of Sirius's float formula compiled with g++ (see {@code LevyCalculatorTest}). */
    @ParameterizedTest
    @CsvSource({
        "150000, 1000, 15",
        "100000, 999, 9",
        "33333, 12345, 41",
        "1, 10000001, 1",
        "1, 9000000000000000, 899999936",
        "10000000, 1, 1",
        "10000000, 9000000000000000, 8999999815811072"})
    void aPercentileLevyIsSiriussFloatShareOfTheAmount(long fee, long amount, long expected) {
        // Arrange: fees in units of 0.00001 %
        InMemoryState state = levied(Fixtures.MOSAIC, Fixtures.levy(LevyType.PERCENTILE, Fixtures.OWNER,
                Fixtures.CURRENCY, fee));

        // Act
        List<Notification> derived = derive(state, Fixtures.unresolved(Fixtures.MOSAIC), amount);

        // Assert
        assertEquals(List.of(levyPaid(Fixtures.CURRENCY, expected)), derived);
    }

    @ParameterizedTest
    @CsvSource({"1, 10000000", "1, 9999999", "100000, 0", "100000, 99"})
    void aPercentileLevyThatComesToZeroDerivesNothing(long fee, long amount) {
        // Arrange
        InMemoryState state = levied(Fixtures.MOSAIC, Fixtures.levy(LevyType.PERCENTILE, Fixtures.OWNER,
                Fixtures.CURRENCY, fee));

        // Act and Assert
        assertEquals(List.of(), derive(state, Fixtures.unresolved(Fixtures.MOSAIC), amount));
    }

    static Stream<Arguments> withoutLevy() {
        InMemoryState removed = Fixtures.state();
        removed.cache(LevyCache.DESCRIPTOR).put(Fixtures.MOSAIC, LevyEntry.of(Fixtures.MOSAIC,
                Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OWNER, Fixtures.CURRENCY, 9)).remove(new Height(2)));
        InMemoryState elsewhere = levied(Fixtures.OTHER_MOSAIC, Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OWNER,
                Fixtures.CURRENCY, 9));
        return Stream.of(
                Arguments.of("no levy cache entry", Fixtures.state(), Fixtures.unresolved(Fixtures.MOSAIC)),
                Arguments.of("a removed levy", removed, Fixtures.unresolved(Fixtures.MOSAIC)),
                Arguments.of("a levy on another mosaic", elsewhere, Fixtures.unresolved(Fixtures.MOSAIC)),
                Arguments.of("an alias of nothing", elsewhere, Fixtures.UNKNOWN_ALIAS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutLevy")
    void aMosaicWithoutALevyInForceDerivesNothing(String name, InMemoryState state, UnresolvedMosaicId mosaic) {
        // Act and Assert
        assertEquals(List.of(), derive(state, mosaic, 1000));
    }

    @Test
    void aTransferNamingTheMosaicByAnAliasPaysItsLevy() {
        // Arrange
        InMemoryState state = levied(Fixtures.MOSAIC, Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OWNER, Fixtures.CURRENCY,
                25));

        // Act
        List<Notification> derived = derive(state, Fixtures.MOSAIC_ALIAS, 1000);

        // Assert
        assertEquals(List.of(levyPaid(Fixtures.CURRENCY, 25)), derived);
    }

    @Test
    void aLevyInTheSentMosaicIsPaidInIt() {
        // Arrange
        InMemoryState state = levied(Fixtures.MOSAIC, Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OWNER, Fixtures.MOSAIC,
                3));

        // Act
        List<Notification> derived = derive(state, Fixtures.unresolved(Fixtures.MOSAIC), 10);

        // Assert
        assertEquals(List.of(levyPaid(Fixtures.MOSAIC, 3)), derived);
    }

    @ParameterizedTest
    @CsvSource({"ABSOLUTE, 25, 1000, 25", "PERCENTILE, 150000, 1000, 15"})
    void aLevyOnTheCurrencyIsChargedOnCurrencyTransfers(LevyType type, long fee, long amount, long expected) {
        // Arrange: as in Sirius, the currency mosaic gets no exception
        InMemoryState state = levied(Fixtures.CURRENCY, Fixtures.levy(type, Fixtures.OWNER, Fixtures.CURRENCY, fee));

        // Act
        List<Notification> derived = derive(state, Fixtures.unresolved(Fixtures.CURRENCY), amount);

        // Assert
        assertEquals(List.of(levyPaid(Fixtures.CURRENCY, expected)), derived);
    }

    @ParameterizedTest
    @CsvSource({"true, 1", "false, 0"})
    void levyEnabledOfTheHeightDecides(String levyEnabled, int derivedCount) {
        // Arrange
        InMemoryState state = levied(Fixtures.MOSAIC, Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OWNER, Fixtures.CURRENCY,
                25));

        // Act
        List<Notification> derived = derive(state, transfer(Fixtures.unresolved(Fixtures.MOSAIC), 1000), levyEnabled);

        // Assert
        assertEquals(derivedCount, derived.size());
    }

    @ParameterizedTest
    @CsvSource({"CURRENCY, 1000, 25", "MOSAIC, 1025, 0"})
    void derivesTheSameLevyOnceTheLevyTransferHasBeenObserved(String levyMosaic, long mosaicHeld, long currencyHeld) {
        // Arrange: the sender holds exactly the transfer and the levy, so observing both empties its balances
        MosaicId paidIn = levyMosaic.equals("CURRENCY") ? Fixtures.CURRENCY : Fixtures.MOSAIC;
        InMemoryState state = levied(Fixtures.MOSAIC, Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OWNER, paidIn, 25));
        Fixtures.account(state, Fixtures.OTHER, Fixtures.MOSAIC.value(), mosaicHeld, Fixtures.CURRENCY.value(),
                currencyHeld);
        Fixtures.account(state, Fixtures.OWNER);
        Fixtures.account(state, Fixtures.THIRD);
        BalanceTransferNotification transfer = transfer(Fixtures.unresolved(Fixtures.MOSAIC), 1000);
        Fixtures.observe(state, transfer);
        List<Notification> whenExecuted = derive(state, transfer, "true");
        whenExecuted.forEach(n -> Fixtures.observe(state, (BalanceTransferNotification) n));

        // Act: the kernel derives again just before undoing what it derived
        List<Notification> whenUndone = derive(state, transfer, "true");

        // Assert
        assertEquals(List.of(levyPaid(paidIn, 25)), whenExecuted);
        assertEquals(whenExecuted, whenUndone);
    }
}
