package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.LevyEntry;
import io.sirius.plugin.mosaic.model.LevyType;
import io.sirius.plugin.mosaic.model.MosaicLevy;
import io.sirius.plugin.mosaic.model.MosaicRemoveLevyNotification;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MosaicRemoveLevyValidatorTest {
    private static final MosaicId UNLEVIED = new MosaicId(0x0123456789L);
    private static final MosaicId EXPIRED = new MosaicId(0x0987654321L);
    private static final MosaicLevy LEVY = Fixtures.levy(LevyType.ABSOLUTE, Fixtures.OTHER, Fixtures.CURRENCY, 10);

    /** The owner's mosaics: one levied, one whose levy was removed, one never levied, one levied but expired. */
    private static InMemoryState state() {
        InMemoryState state = Fixtures.state();
        for (MosaicId id : new MosaicId[] {Fixtures.MOSAIC, Fixtures.OTHER_MOSAIC, UNLEVIED}) {
            Fixtures.put(state, Fixtures.mosaic(id, Fixtures.OWNER, 1, 0, 3, 0));
        }
        Fixtures.put(state, Fixtures.mosaic(EXPIRED, Fixtures.OWNER, 1, 10, 3, 0));
        Fixtures.levy(state, Fixtures.MOSAIC, LEVY);
        Fixtures.levy(state, EXPIRED, LEVY);
        state.cache(LevyCache.DESCRIPTOR).put(Fixtures.OTHER_MOSAIC,
                LevyEntry.of(Fixtures.OTHER_MOSAIC, LEVY).remove(new Height(5)));
        return state;
    }

    private static ResultCode validate(PublicKey signer, UnresolvedMosaicId id, String levyEnabled) {
        return new MosaicRemoveLevyValidator().validate(new MosaicRemoveLevyNotification(id, signer),
                Fixtures.context(state()).config(MosaicConfig.SECTION, Fixtures.config("levyEnabled", levyEnabled))
                        .stateful());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Fixtures.OWNER, Fixtures.unresolved(Fixtures.MOSAIC), ResultCodes.SUCCESS),
                Arguments.of(Fixtures.OWNER, Fixtures.MOSAIC_ALIAS, ResultCodes.SUCCESS),
                Arguments.of(Fixtures.OTHER, Fixtures.unresolved(Fixtures.MOSAIC), MosaicResults.INELIGIBLE_SIGNER),
                Arguments.of(Fixtures.OWNER, Fixtures.unresolved(EXPIRED), MosaicResults.ID_NOT_FOUND),
                Arguments.of(Fixtures.OWNER, Fixtures.UNKNOWN_ALIAS, MosaicResults.ID_NOT_FOUND),
                Arguments.of(Fixtures.OWNER, Fixtures.unresolved(UNLEVIED), MosaicResults.LEVY_ENTRY_NOT_FOUND),
                Arguments.of(Fixtures.OWNER, Fixtures.unresolved(Fixtures.OTHER_MOSAIC), MosaicResults.CURRENT_LEVY_NOT_SET));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void onlyTheOwnerRemovesALevyInForce(PublicKey signer, UnresolvedMosaicId id, ResultCode expected) {
        // Act and Assert
        assertEquals(expected, validate(signer, id, "true"));
    }

    static Stream<Arguments> networkCases() {
        return Stream.of(
                Arguments.of(Fixtures.unresolved(EXPIRED), ResultCodes.SUCCESS),
                Arguments.of(Fixtures.unresolved(Fixtures.MOSAIC), ResultCodes.SUCCESS),
                Arguments.of(Fixtures.MOSAIC_ALIAS, ResultCodes.SUCCESS),
                Arguments.of(Fixtures.unresolved(UNLEVIED), MosaicResults.LEVY_ENTRY_NOT_FOUND),
                Arguments.of(Fixtures.unresolved(Fixtures.CURRENCY), MosaicResults.LEVY_ENTRY_NOT_FOUND),
                Arguments.of(Fixtures.UNKNOWN_ALIAS, MosaicResults.LEVY_ENTRY_NOT_FOUND),
                Arguments.of(Fixtures.unresolved(Fixtures.OTHER_MOSAIC), MosaicResults.CURRENT_LEVY_NOT_SET));
    }

    @ParameterizedTest
    @MethodSource("networkCases")
    void theNetworkKeyRemovesALevyInForceWithoutOwningAnActiveMosaic(UnresolvedMosaicId id, ResultCode expected) {
        // Act and Assert: as in Sirius, the owner and activity check does not apply to it; the levy checks do
        assertEquals(expected, validate(Fixtures.NETWORK, id, "true"));
    }

    static Stream<Arguments> keyOfTheHeight() {
        return Stream.of(
                Arguments.of(Fixtures.OWNER, ResultCodes.SUCCESS),
                Arguments.of(Fixtures.NETWORK, MosaicResults.ID_NOT_FOUND));
    }

    @ParameterizedTest
    @MethodSource("keyOfTheHeight")
    void theNetworkKeyIsTheOneInForceAtTheHeight(PublicKey signer, ResultCode expected) {
        // Arrange: at this height the network key is the owner's key; the mosaic has expired
        var context = Fixtures.context(state()).networkPublicKey(Fixtures.OWNER).stateful();

        // Act
        ResultCode result = new MosaicRemoveLevyValidator().validate(
                new MosaicRemoveLevyNotification(Fixtures.unresolved(EXPIRED), signer), context);

        // Assert
        assertEquals(expected, result);
    }

    @ParameterizedTest
    @MethodSource("signers")
    void nothingPassesWhileLeviesAreDisabled(PublicKey signer) {
        // Act and Assert
        assertEquals(MosaicResults.LEVY_NOT_ENABLED, validate(signer, Fixtures.unresolved(Fixtures.MOSAIC), "false"));
    }

    static Stream<PublicKey> signers() {
        return Stream.of(Fixtures.OWNER, Fixtures.NETWORK);
    }
}
