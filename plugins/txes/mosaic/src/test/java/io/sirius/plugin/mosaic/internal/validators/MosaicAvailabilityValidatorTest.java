package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicDefinitionNotification;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicProperties;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MosaicAvailabilityValidatorTest {

    private static ResultCode validate(InMemoryState state, MosaicProperties change) {
        return new MosaicAvailabilityValidator().validate(
                new MosaicDefinitionNotification(Fixtures.OWNER, Fixtures.MOSAIC, change), Fixtures.context(state).stateful());
    }

    private static MosaicProperties change(long flags, long divisibility, long duration) {
        return new MosaicProperties(flags, divisibility, new BlockDuration(duration));
    }

    @Test
    void aNewMosaicIsAlwaysAvailable() {
        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(Fixtures.state(), change(0, 0, 0)));
    }

    static Stream<Arguments> redefinitions() {
        return Stream.of(
                // eternal, no supply
                Arguments.of(Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 1, 0, 3, 0), change(0, 0, 0),
                        MosaicResults.MODIFICATION_NO_CHANGES),
                Arguments.of(Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 1, 0, 3, 0), change(0, 0, 10),
                        MosaicResults.MODIFICATION_NO_CHANGES),
                Arguments.of(Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 1, 0, 3, 0), change(1, 0, 0),
                        ResultCodes.SUCCESS),
                Arguments.of(Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 1, 0, 3, 0), change(0, 2, 0),
                        ResultCodes.SUCCESS),
                // eternal with a supply
                Arguments.of(Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 1, 0, 3, 1), change(1, 0, 0),
                        MosaicResults.MODIFICATION_DISALLOWED),
                // mortal (defined at 50 for 100 blocks), no supply: a duration-only change is a change
                Arguments.of(Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 50, 100, 3, 0), change(0, 0, 10),
                        ResultCodes.SUCCESS),
                Arguments.of(Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 50, 100, 3, 5), change(0, 0, 10),
                        MosaicResults.MODIFICATION_DISALLOWED),
                // expired at 100 (defined at 50 for 50 blocks), or just still active
                Arguments.of(Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 50, 50, 3, 0), change(1, 0, 0),
                        MosaicResults.EXPIRED),
                Arguments.of(Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 50, 51, 3, 0), change(1, 0, 0),
                        ResultCodes.SUCCESS));
    }

    @ParameterizedTest
    @MethodSource("redefinitions")
    void aRedefinitionMustChangeSomethingOfAnActiveMosaicWithoutSupply(MosaicEntry existing, MosaicProperties change,
            ResultCode expected) {
        // Act and Assert
        assertEquals(expected, validate(Fixtures.put(Fixtures.state(), existing), change));
    }
}
