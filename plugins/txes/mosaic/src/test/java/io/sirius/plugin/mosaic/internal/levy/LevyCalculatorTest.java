package io.sirius.plugin.mosaic.internal.levy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.plugin.mosaic.model.LevyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevyCalculatorTest {

    /**
     * Expected values from Sirius's percentile formula compiled with g++ on x86-64 (single-precision float, truncation
     * to uint64); exact arithmetic would give 9'000'000'000'000'000, 900'000'000 and 1 (for 10'000'000) in the float-sensitive rows.
     */
    @ParameterizedTest
    @CsvSource({
        "1000, 150000, 15",
        "100000001, 100000, 1000000",
        "123456789, 1, 12",
        "1, 10000000, 1",
        "9000000000000000, 10000000, 8999999815811072",
        "9000000000000000, 1, 899999936",
        "0, 100000, 0",
        "12345, 33333, 41",
        "999, 100000, 9",
        "9999999, 1, 0",
        "10000000, 1, 0",
        "10000001, 1, 1",
        "18446744073709551615, 5000000, 9223372036854775808"})
    void aPercentileLevyMatchesSiriussFloatArithmetic(String amount, long fee, String expected) {
        // Act
        Amount levy = LevyCalculator.levy(LevyType.PERCENTILE, new Amount(fee), new Amount(Long.parseUnsignedLong(amount)));

        // Assert
        assertEquals(Long.parseUnsignedLong(expected), levy.value());
    }

    @Test
    void anAbsoluteLevyIsTheFeeWhateverTheAmount() {
        // Act and Assert
        assertEquals(new Amount(7), LevyCalculator.levy(LevyType.ABSOLUTE, new Amount(7), new Amount(1)));
        assertEquals(new Amount(7), LevyCalculator.levy(LevyType.ABSOLUTE, new Amount(7), new Amount(0)));
        assertEquals(Amount.ZERO, LevyCalculator.levy(LevyType.NONE, new Amount(7), new Amount(1000)));
    }

    @ParameterizedTest
    @CsvSource({
        "PERCENTILE, 1, true",
        "PERCENTILE, 10000000, true",
        "PERCENTILE, 10000001, false",
        "PERCENTILE, 10000004, false",
        "PERCENTILE, 0, false",
        "ABSOLUTE, 0, false",
        "ABSOLUTE, 1, true",
        "ABSOLUTE, -1, true"})
    void aFeeIsAboveZeroAndAPercentileAtMostOneHundredPercent(LevyType type, long fee, boolean valid) {
        // Act and Assert
        assertEquals(valid, LevyCalculator.isFeeValid(type, new Amount(fee)));
    }

    /** Nearest values as g++ converts them; the last two rows are a tie broken only by the lowest bit. */
    @ParameterizedTest
    @CsvSource({"0, 0", "16777217, 16777216", "9223372036854775807, 9223372036854775808",
        "18446744073709551615, 18446744073709551616", "9223372036854775809, 9223372036854775808",
        "9223372586610589697, 9223373136366403584", "9223372586610589696, 9223372036854775808"})
    void convertsUnsignedValuesToTheNearestFloat(String value, String nearest) {
        // Act
        float converted = LevyCalculator.toFloat(Long.parseUnsignedLong(value));

        // Assert
        assertEquals(new java.math.BigDecimal(nearest), new java.math.BigDecimal(converted));
    }

    @ParameterizedTest
    @CsvSource({"0.0, 0", "-1.0, 0", "1.99, 1", "9.223372E18, 9223372036854775808", "1.8446743E19, 18446742974197923840",
        "3.0E19, 18446744073709551615"})
    void truncatesFloatsToUnsignedValues(float value, String expected) {
        // Act and Assert
        assertEquals(Long.parseUnsignedLong(expected), LevyCalculator.toUnsigned(value));
    }
}
