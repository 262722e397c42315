package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.MosaicFlags;
import io.sirius.plugin.mosaic.model.MosaicModifyLevyNotification;
import io.sirius.plugin.mosaic.model.UnresolvedMosaicLevy;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MosaicModifyLevyValidatorTest {
    /** A non-transferable mosaic of the owner's. */
    private static final io.sirius.api.model.MosaicId LOCKED = new io.sirius.api.model.MosaicId(0x0123456789L);

    /**
     * The owner's levied mosaic (active 50..109), a non-transferable one, an expired one; OTHER is a known account,
     * THIRD is not.
     */
    private static InMemoryState state() {
        InMemoryState state = Fixtures.state();
        Fixtures.put(state, Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 50, 60, MosaicFlags.TRANSFERABLE, 0));
        Fixtures.put(state, Fixtures.mosaic(LOCKED, Fixtures.OWNER, 1, 0, MosaicFlags.NONE, 0));
        Fixtures.put(state, Fixtures.mosaic(Fixtures.OTHER_MOSAIC, Fixtures.OWNER, 1, 10, MosaicFlags.ALL, 0));
        return Fixtures.account(state, Fixtures.OTHER, Fixtures.CURRENCY.value(), 1);
    }

    private static UnresolvedMosaicLevy levy(int type, UnresolvedAddress recipient, UnresolvedMosaicId mosaic, long fee) {
        return new UnresolvedMosaicLevy(type, recipient, mosaic, new Amount(fee));
    }

    private static UnresolvedMosaicLevy levy(int type, long fee) {
        return levy(type, Fixtures.unresolved(Fixtures.OTHER), Fixtures.unresolved(Fixtures.CURRENCY), fee);
    }

    private static ResultCode validate(PublicKey signer, UnresolvedMosaicId levied, UnresolvedMosaicLevy levy,
            String levyEnabled) {
        return new MosaicModifyLevyValidator().validate(new MosaicModifyLevyNotification(levied, levy, signer),
                Fixtures.context(state()).config(MosaicConfig.SECTION, Fixtures.config("levyEnabled", levyEnabled))
                        .stateful());
    }

    static Stream<Arguments> cases() {
        UnresolvedMosaicId levied = Fixtures.unresolved(Fixtures.MOSAIC);
        return Stream.of(
                Arguments.of(Fixtures.OWNER, levied, levy(1, 10), ResultCodes.SUCCESS),
                Arguments.of(Fixtures.OWNER, Fixtures.MOSAIC_ALIAS, levy(2, 150_000), ResultCodes.SUCCESS),
                Arguments.of(Fixtures.OTHER, levied, levy(1, 10), MosaicResults.INELIGIBLE_SIGNER),
                Arguments.of(Fixtures.OWNER, Fixtures.unresolved(Fixtures.OTHER_MOSAIC), levy(1, 10), MosaicResults.ID_NOT_FOUND),
                Arguments.of(Fixtures.OWNER, Fixtures.UNKNOWN_ALIAS, levy(1, 10), MosaicResults.ID_NOT_FOUND),
                Arguments.of(Fixtures.OWNER, levied, levy(0, 10), MosaicResults.INVALID_LEVY_TYPE),
                Arguments.of(Fixtures.OWNER, levied, levy(3, 10), MosaicResults.INVALID_LEVY_TYPE),
                Arguments.of(Fixtures.OWNER, levied, levy(1, Fixtures.unresolved(Fixtures.THIRD),
                        Fixtures.unresolved(Fixtures.CURRENCY), 10), MosaicResults.RECIPIENT_LEVY_NOT_EXIST),
                Arguments.of(Fixtures.OWNER, levied, levy(1, 0), MosaicResults.INVALID_LEVY_FEE),
                Arguments.of(Fixtures.OWNER, levied, levy(1, Fixtures.unresolved(Fixtures.OTHER),
                        Fixtures.unresolved(Fixtures.OTHER_MOSAIC), 10), MosaicResults.LEVY_NOT_FOUND_OR_EXPIRED),
                Arguments.of(Fixtures.OWNER, levied, levy(1, Fixtures.unresolved(Fixtures.OTHER), Fixtures.UNKNOWN_ALIAS, 10),
                        MosaicResults.LEVY_NOT_FOUND_OR_EXPIRED),
                Arguments.of(Fixtures.OWNER, levied, levy(1, Fixtures.unresolved(Fixtures.OTHER),
                        Fixtures.unresolved(LOCKED), 10), MosaicResults.NON_TRANSFERABLE),
                Arguments.of(Fixtures.OWNER, levied, levy(1, Fixtures.unresolved(Fixtures.OTHER), Fixtures.MOSAIC_ALIAS, 10),
                        ResultCodes.SUCCESS));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void checksInSiriussOrder(PublicKey signer, UnresolvedMosaicId levied, UnresolvedMosaicLevy levy, ResultCode expected) {
        // Act and Assert
        assertEquals(expected, validate(signer, levied, levy, "true"));
    }

    @ParameterizedTest
    @CsvSource({"1, true", "9999999, true", "10000000, true", "10000001, false", "10000010, false", "-1, false"})
    void aPercentileMayNotPassOneHundredPercent(long fee, boolean valid) {
        // Act
        ResultCode result = validate(Fixtures.OWNER, Fixtures.unresolved(Fixtures.MOSAIC), levy(2, fee), "true");

        // Assert
        assertEquals(valid ? ResultCodes.SUCCESS : MosaicResults.INVALID_LEVY_FEE, result);
    }

    @Test
    void anAbsoluteFeeHasNoUpperBound() {
        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(Fixtures.OWNER, Fixtures.unresolved(Fixtures.MOSAIC), levy(1, -1), "true"));
    }

    @Test
    void nothingPassesWhileLeviesAreDisabled() {
        // Act and Assert
        assertEquals(MosaicResults.LEVY_NOT_ENABLED,
                validate(Fixtures.OWNER, Fixtures.unresolved(Fixtures.MOSAIC), levy(1, 10), "false"));
        assertEquals(MosaicResults.LEVY_NOT_ENABLED,
                validate(Fixtures.OWNER, Fixtures.unresolved(Fixtures.MOSAIC), levy(1, 10), null));
    }
}
