package io.sirius.plugin.mosaic.internal.levy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevyTransfersTest {

    private static List<Notification> derive(InMemoryState state, UnresolvedMosaicId mosaic, long amount, String levyEnabled) {
        List<Notification> out = new ArrayList<>();
        new LevyTransfers().derive(new BalanceTransferNotification(Fixtures.OTHER, Fixtures.unresolved(Fixtures.THIRD), mosaic,
                new Amount(amount)), Fixtures.context(state).config(MosaicConfig.SECTION,
                Fixtures.config("levyEnabled", levyEnabled)).stateful(), out::add);
        return out;
    }

    private static InMemoryState levied(MosaicLevy levy) {
        return Fixtures.levy(Fixtures.state(), Fixtures.MOSAIC, levy);
    }

    @ParameterizedTest
    @CsvSource({"ABSOLUTE, 25, 1000, 25", "PERCENTILE, 150000, 1000, 15", "PERCENTILE, 100000, 999, 9"})
    void aTransferOfALeviedMosaicPaysTheLevyFromTheSenderToTheLevyRecipient(LevyType type, long fee, long amount,
            long expected) {
        // Arrange: the levy goes to the owner, in the currency
        InMemoryState state = levied(Fixtures.levy(type, Fixtures.OWNER, Fixtures.CURRENCY, fee));

        // Act
        List<Notification> derived = derive(state, Fixtures.MOSAIC_ALIAS, amount, "true");

        // Assert
        assertEquals(List.of(new BalanceTransferNotification(Fixtures.OTHER, Fixtures.unresolved(Fixtures.OWNER),
                Fixtures.unresolved(Fixtures.CURRENCY), new Amount(expected))), derived);
    }

    @Test
    void aLevyInTheSentMosaicIsPaidInIt() {
        // Arrange
        InMemoryState state = levied(Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OWNER, Fixtures.MOSAIC, 3));

        // Act
        List<Notification> derived = derive(state, Fixtures.unresolved(Fixtures.MOSAIC), 10, "true");

        // Assert
        assertEquals(List.of(new BalanceTransferNotification(Fixtures.OTHER, Fixtures.unresolved(Fixtures.OWNER),
                Fixtures.unresolved(Fixtures.MOSAIC), new Amount(3))), derived);
    }

    @Test
    void nothingIsDerivedWithoutALevyInForceOrWhenItComesToZero() {
        // Arrange: a 0.00001 % levy on MOSAIC (in float arithmetic, 0 on 10'000'000 and 1 on 10'000'001), a removed
        // levy on OTHER_MOSAIC
        InMemoryState state = levied(Fixtures.levy(LevyType.PERCENTILE, Fixtures.OWNER, Fixtures.CURRENCY, 1));
        state.cache(LevyCache.DESCRIPTOR).put(Fixtures.OTHER_MOSAIC, LevyEntry.of(Fixtures.OTHER_MOSAIC,
                Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OWNER, Fixtures.CURRENCY, 9)).remove(new Height(2)));

        // Act and Assert
        assertEquals(List.of(), derive(state, Fixtures.unresolved(Fixtures.MOSAIC), 10_000_000, "true"));
        assertEquals(List.of(), derive(state, Fixtures.unresolved(Fixtures.OTHER_MOSAIC), 1000, "true"));
        assertEquals(List.of(), derive(state, Fixtures.unresolved(Fixtures.CURRENCY), 1000, "true"));
        assertEquals(List.of(), derive(state, Fixtures.UNKNOWN_ALIAS, 1000, "true"));
        assertEquals(1, derive(state, Fixtures.unresolved(Fixtures.MOSAIC), 10_000_001, "true").size());
    }

    @Test
    void nothingIsDerivedWhileLeviesAreDisabled() {
        // Arrange
        InMemoryState state = levied(Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OWNER, Fixtures.CURRENCY, 25));

        // Act and Assert
        assertEquals(List.of(), derive(state, Fixtures.unresolved(Fixtures.MOSAIC), 1000, "false"));
    }
}
