package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicDefinitionNotification;
import io.sirius.plugin.mosaic.model.MosaicProperties;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MosaicDurationValidatorTest {
    /** 3650 days of 15 s blocks. */
    private static final long MAX = 21_024_000;

    private static ResultCode validate(InMemoryState state, long delta) {
        return new MosaicDurationValidator().validate(new MosaicDefinitionNotification(Fixtures.OWNER, Fixtures.MOSAIC,
                new MosaicProperties(0, 0, new BlockDuration(delta))), Fixtures.context(state).stateful());
    }

    @Test
    void aNewMosaicIsLeftToThePropertiesValidator() {
        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(Fixtures.state(), MAX + 1));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0, true",
        "0, 1, false",
        "10, 0, false",
        "10, 1, true",
        "10, 21023990, true",
        "10, 21023991, false",
        "21024000, 1, false",
        "10, -5, false"})
    void theSumMustStayMortalOrEternalAndWithinTheMaximum(long current, long delta, boolean valid) {
        // Arrange
        InMemoryState state = Fixtures.put(Fixtures.state(), Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 1, current, 3, 0));

        // Act and Assert
        assertEquals(valid ? ResultCodes.SUCCESS : MosaicResults.INVALID_DURATION, validate(state, delta));
    }

    @ParameterizedTest
    @CsvSource({"15s, 21023990, true", "15s, 21023991, false", "30s, 10511990, true", "30s, 10511991, false"})
    void theMaximumIsCountedInBlocksOfTheChainsBlockTime(String blockTime, long delta, boolean valid) {
        // Arrange: a mortal mosaic of 10 blocks; 3650 days are 21'024'000 blocks of 15 s, 10'512'000 of 30 s
        InMemoryState state = Fixtures.put(Fixtures.state(), Fixtures.mosaic(Fixtures.MOSAIC, Fixtures.OWNER, 1, 10, 3, 0));

        // Act
        ResultCode result = new MosaicDurationValidator().validate(new MosaicDefinitionNotification(Fixtures.OWNER,
                Fixtures.MOSAIC, new MosaicProperties(0, 0, new BlockDuration(delta))),
                Fixtures.context(state).chainConfig(Fixtures.chain("blockGenerationTargetTime", blockTime)).stateful());

        // Assert
        assertEquals(valid ? ResultCodes.SUCCESS : MosaicResults.INVALID_DURATION, result);
    }
}
