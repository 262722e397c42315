package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.TransactionDeadlineNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A deadline may not have passed at the block's time and may not lie beyond the longest lifetime: the type's own,
 * or the network's {@code maxTransactionLifetime}.
 */
class DeadlineValidatorTest {
    private static final long BLOCK_TIME = 500_000_000L;

    @TempDir
    static Path directory;
    static CoreFixture fixture;
    final DeadlineValidator validator = new DeadlineValidator();

    @BeforeAll
    static void open() {
        fixture = CoreFixture.open(directory);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static long networkLifetime() {
        return fixture.config().chain().maxTransactionLifetime().toMillis();
    }

    /** A type's own lifetime, longer than the network's (as aggregate bonded's is). */
    private static Duration ownLifetime() {
        return Duration.ofMillis(2 * networkLifetime());
    }

    private ResultCode validate(long deadline, Duration maxLifetime) {
        return validator.validate(new TransactionDeadlineNotification(new Timestamp(deadline), maxLifetime),
                fixture.stateless(10, BLOCK_TIME));
    }

    static Stream<Arguments> networkLifetimeTable() {
        long lifetime = networkLifetime();
        return Stream.of(
                Arguments.of(BLOCK_TIME - 1, CoreResults.PAST_DEADLINE),
                Arguments.of(BLOCK_TIME, ResultCodes.SUCCESS),
                Arguments.of(BLOCK_TIME + 1, ResultCodes.SUCCESS),
                Arguments.of(BLOCK_TIME + lifetime - 1, ResultCodes.SUCCESS),
                Arguments.of(BLOCK_TIME + lifetime, ResultCodes.SUCCESS),
                Arguments.of(BLOCK_TIME + lifetime + 1, CoreResults.FUTURE_DEADLINE),
                Arguments.of(0L, CoreResults.PAST_DEADLINE),
                // unsigned: a deadline with the top bit set is far in the future, not in the past
                Arguments.of(Long.MIN_VALUE, CoreResults.FUTURE_DEADLINE),
                Arguments.of(-1L, CoreResults.FUTURE_DEADLINE));
    }

    @ParameterizedTest
    @MethodSource("networkLifetimeTable")
    void theNetworksLifetimeBoundsTheDeadline(long deadline, ResultCode expected) {
        // Act
        ResultCode result = validate(deadline, Duration.ZERO);

        // Assert
        assertEquals(expected, result);
    }

    static Stream<Arguments> ownLifetimeTable() {
        long lifetime = ownLifetime().toMillis();
        return Stream.of(
                Arguments.of(BLOCK_TIME - 1, CoreResults.PAST_DEADLINE),
                Arguments.of(BLOCK_TIME + networkLifetime() + 1, ResultCodes.SUCCESS),
                Arguments.of(BLOCK_TIME + lifetime - 1, ResultCodes.SUCCESS),
                Arguments.of(BLOCK_TIME + lifetime, ResultCodes.SUCCESS),
                Arguments.of(BLOCK_TIME + lifetime + 1, CoreResults.FUTURE_DEADLINE));
    }

    @ParameterizedTest
    @MethodSource("ownLifetimeTable")
    void aTypesOwnLifetimeReplacesTheNetworks(long deadline, ResultCode expected) {
        // Act
        ResultCode result = validate(deadline, ownLifetime());

        // Assert
        assertEquals(expected, result);
    }

    @Test
    void withDeadlineValidationOffAnyDeadlinePasses(@TempDir Path other) {
        // Arrange
        NetworkConfiguration config = CoreFixture.devnetConfig(
                text -> CoreFixture.withChainValue(text, "enableDeadlineValidation", "false"));
        try (CoreFixture off = CoreFixture.open(other, config, List.of())) {
            long lifetime = config.chain().maxTransactionLifetime().toMillis();

            // Act
            ResultCode past = validator.validate(new TransactionDeadlineNotification(new Timestamp(BLOCK_TIME - 1),
                    Duration.ZERO), off.stateless(10, BLOCK_TIME));
            ResultCode future = validator.validate(new TransactionDeadlineNotification(
                    new Timestamp(BLOCK_TIME + lifetime + 1), Duration.ZERO), off.stateless(10, BLOCK_TIME));

            // Assert
            assertEquals(ResultCodes.SUCCESS, past);
            assertEquals(ResultCodes.SUCCESS, future);
        }
    }
}
