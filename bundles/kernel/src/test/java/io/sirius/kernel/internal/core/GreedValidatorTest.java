package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A block's fee interest must be a share: a positive denominator, and a numerator not above it (unsigned).
 */
class GreedValidatorTest {
    @TempDir
    Path directory;
    CoreFixture fixture;

    @BeforeEach
    void open() {
        fixture = CoreFixture.open(directory);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest(name = "{0}/{1}: {2}")
    @CsvSource({
        "0, 1, SUCCESS",
        "1, 2, SUCCESS",
        "2, 2, SUCCESS",
        "3, 2, INVALID_FEEINTEREST",
        "0, 0, INVALID_FEEINTERESTDENOMINATOR",
        "1, 0, INVALID_FEEINTERESTDENOMINATOR",
        // unsigned: 2^31 over 2^32 - 1 is a share; 2^32 - 1 over 2^31 is not
        "-2147483648, -1, SUCCESS",
        "-1, -2147483648, INVALID_FEEINTEREST"})
    void acceptsOnlyShares(int feeInterest, int denominator, String expected) {
        // Arrange
        BlockNotification block = new BlockNotification(PublicKey.ZERO, PublicKey.ZERO, new Height(2), new Timestamp(5),
                Amount.ZERO, feeInterest, denominator);
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : CoreResults.valueOf(expected);

        // Act
        ResultCode result = new GreedValidator().validate(block, fixture.stateful(2, 5));

        // Assert
        assertEquals(want, result);
    }
}
