package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.notification.TransactionFeeNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fee may not exceed the maximum fee, and the maximum fee may not exceed what the largest fee multiplier
 * (2^32 - 1) charges for the transaction's size; all unsigned.
 */
class TransactionFeeValidatorTest {
    private static final int SIZE = 201;
    private static final BigInteger MAX_MULTIPLIER = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);

    @TempDir
    static Path directory;
    static CoreFixture fixture;
    final TransactionFeeValidator validator = new TransactionFeeValidator();

    @BeforeAll
    static void open() {
        fixture = CoreFixture.open(directory);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private ResultCode validate(int size, long fee, long maxFee) {
        return validator.validate(new TransactionFeeNotification(size, new Amount(fee), new Amount(maxFee)),
                fixture.stateless(2, 1_000));
    }

    static Stream<Arguments> feeAgainstMaxFee() {
        long maxFee = 50_000;
        return Stream.of(
                Arguments.of(maxFee - 1, maxFee, ResultCodes.SUCCESS),
                Arguments.of(maxFee, maxFee, ResultCodes.SUCCESS),
                Arguments.of(maxFee + 1, maxFee, CoreResults.INVALID_TRANSACTION_FEE),
                Arguments.of(0L, 0L, ResultCodes.SUCCESS),
                Arguments.of(1L, 0L, CoreResults.INVALID_TRANSACTION_FEE),
                // unsigned: a fee with the top bit set is huge, not negative
                Arguments.of(Long.MIN_VALUE, maxFee, CoreResults.INVALID_TRANSACTION_FEE),
                Arguments.of(0L, -1L, CoreResults.INVALID_TRANSACTION_FEE));
    }

    @ParameterizedTest
    @MethodSource("feeAgainstMaxFee")
    void theFeeMayNotExceedTheMaxFee(long fee, long maxFee, ResultCode expected) {
        // Act
        ResultCode result = validate(SIZE, fee, maxFee);

        // Assert
        assertEquals(expected, result);
    }

    static Stream<Arguments> maxFeeAgainstCeiling() {
        return Stream.of(1, SIZE, 0x7FFF_FFFF).flatMap(size -> {
            BigInteger ceiling = MAX_MULTIPLIER.multiply(BigInteger.valueOf(size));
            return Stream.of(
                    Arguments.of(size, ceiling.subtract(BigInteger.ONE), true),
                    Arguments.of(size, ceiling, true),
                    Arguments.of(size, ceiling.add(BigInteger.ONE), false));
        });
    }

    @ParameterizedTest
    @MethodSource("maxFeeAgainstCeiling")
    void theMaxFeeMayNotExceedTheLargestMultiplierTimesTheSize(int size, BigInteger maxFee, boolean accepted) {
        // Arrange: the fee itself is harmless
        long max = maxFee.longValue();

        // Act
        ResultCode result = validate(size, 0, max);

        // Assert
        assertEquals(accepted ? ResultCodes.SUCCESS : CoreResults.INVALID_TRANSACTION_FEE, result);
    }
}
