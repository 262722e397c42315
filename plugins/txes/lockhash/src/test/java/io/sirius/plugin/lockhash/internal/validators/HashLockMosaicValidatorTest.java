package io.sirius.plugin.lockhash.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.resolver.Resolvers;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.model.HashLockMosaicNotification;
import io.sirius.plugin.testkit.PassThroughResolvers;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashLockMosaicValidatorTest {
    private static final long ALIAS = 0xBFFB42A19116BDF6L;

    /** Resolves the alias prx.xpx to the currency, everything else as the pass-through resolvers do. */
    private static final Resolvers WITH_ALIAS = new Resolvers() {
        @Override
        public Optional<MosaicId> resolve(UnresolvedMosaicId id) {
            return id.value() == ALIAS ? Optional.of(Fixtures.CURRENCY) : new PassThroughResolvers().resolve(id);
        }

        @Override
        public Optional<io.sirius.api.model.Address> resolve(UnresolvedAddress address) {
            return new PassThroughResolvers().resolve(address);
        }
    };

    private static String validate(long mosaic, long amount) {
        var result = new HashLockMosaicValidator().validate(new HashLockMosaicNotification(new UnresolvedMosaic(
                new UnresolvedMosaicId(mosaic), new Amount(amount))),
                Fixtures.context(10, Fixtures.state()).resolvers(WITH_ALIAS).stateful());
        return result.isSuccess() ? "SUCCESS" : ((LockHashResults) result).name();
    }

    @ParameterizedTest(name = "amount {0}: {1}")
    @CsvSource({"0, INVALID_MOSAIC_AMOUNT", "9999999, INVALID_MOSAIC_AMOUNT", "10000000, SUCCESS",
        "10000001, INVALID_MOSAIC_AMOUNT"})
    void theDepositIsExactlyLockedFundsPerAggregate(long amount, String expected) {
        // Act + Assert (lockedFundsPerAggregate 10'000'000)
        assertEquals(expected, validate(Fixtures.CURRENCY.value(), amount));
    }

    @Test
    void theDepositIsTheCurrencyAliasedOrNot() {
        // Act + Assert
        assertEquals("SUCCESS", validate(ALIAS, 10_000_000));
        assertEquals("INVALID_MOSAIC_ID", validate(0x1234, 10_000_000));
        assertEquals("INVALID_MOSAIC_ID", validate(0x8000000000000001L, 10_000_000));
    }

    @Test
    void checksTheAmountFirstAsSiriusDoes() {
        // Act + Assert
        assertEquals("INVALID_MOSAIC_AMOUNT", validate(0x1234, 1));
    }
}
