package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.MosaicProperty;
import io.sirius.plugin.mosaic.model.MosaicPropertiesNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MosaicPropertiesValidatorTest {
    /** 3650 days of 15 s blocks, the default config's maximum. */
    private static final long MAX_DURATION = 3650L * 24 * 3600 / 15;

    private static List<MosaicProperty> duration(long blocks) {
        return List.of(new MosaicProperty(MosaicProperty.DURATION, blocks));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(0, 0, List.of(), ResultCodes.SUCCESS),
                Arguments.of(3, 6, List.of(), ResultCodes.SUCCESS),
                Arguments.of(4, 0, List.of(), MosaicResults.INVALID_FLAGS),
                Arguments.of(7, 0, List.of(), MosaicResults.INVALID_FLAGS),
                Arguments.of(4, 7, List.of(), MosaicResults.INVALID_FLAGS),
                Arguments.of(3, 7, List.of(), MosaicResults.INVALID_DIVISIBILITY),
                Arguments.of(3, 255, duration(0), MosaicResults.INVALID_DIVISIBILITY),
                Arguments.of(3, 6, duration(1), ResultCodes.SUCCESS),
                Arguments.of(3, 6, duration(MAX_DURATION - 1), ResultCodes.SUCCESS),
                Arguments.of(3, 6, duration(MAX_DURATION), ResultCodes.SUCCESS),
                Arguments.of(3, 6, duration(MAX_DURATION + 1), MosaicResults.INVALID_DURATION),
                Arguments.of(3, 6, duration(-1), MosaicResults.INVALID_DURATION),
                Arguments.of(3, 6, duration(0), MosaicResults.INVALID_DURATION),
                Arguments.of(3, 6, List.of(new MosaicProperty(MosaicProperty.DIVISIBILITY, 1)), MosaicResults.INVALID_PROPERTY),
                Arguments.of(3, 6, List.of(new MosaicProperty(3, 1)), MosaicResults.INVALID_PROPERTY),
                Arguments.of(3, 6, List.of(new MosaicProperty(2, 5), new MosaicProperty(2, 5)), MosaicResults.INVALID_PROPERTY));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void judgesFlagsDivisibilityAndTheOptionalDuration(int flags, int divisibility, List<MosaicProperty> optional,
            ResultCode expected) {
        // Arrange
        ValidationContext context = ContextBuilder.context().config(MosaicConfig.SECTION, Fixtures.config())
                .chainConfig(Fixtures.chain()).validation();

        // Act
        ResultCode result = new MosaicPropertiesValidator().validate(
                new MosaicPropertiesNotification(flags, divisibility, optional), context);

        // Assert
        assertEquals(expected, result);
    }

    @ParameterizedTest
    @MethodSource("durationLimits")
    void theDurationLimitFollowsTheBlockTime(String blockTime, long duration, ResultCode expected) {
        // Arrange: 1 day of blocks of the [chain] block time
        ValidationContext context = ContextBuilder.context()
                .config(MosaicConfig.SECTION, Fixtures.config("maxMosaicDuration", "1d"))
                .chainConfig(Fixtures.chain("blockGenerationTargetTime", blockTime)).validation();

        // Act
        ResultCode result = new MosaicPropertiesValidator().validate(
                new MosaicPropertiesNotification(0, 0, duration(duration)), context);

        // Assert
        assertEquals(expected, result);
    }

    static Stream<Arguments> durationLimits() {
        return Stream.of(
                Arguments.of("15s", 5760L, ResultCodes.SUCCESS),
                Arguments.of("15s", 5761L, MosaicResults.INVALID_DURATION),
                Arguments.of("2s", 43200L, ResultCodes.SUCCESS),
                Arguments.of("2s", 43201L, MosaicResults.INVALID_DURATION));
    }
}
