package io.sirius.plugin.metadata.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.metadata.internal.config.MetadataConfig;
import io.sirius.plugin.metadata.model.MetadataSizesNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataSizesValidatorTest {

    @ParameterizedTest(name = "delta {0}, size {1}, maxValueSize 1024: {2}")
    @CsvSource({
        // a value is at least one byte
        "0, 0, VALUE_TOO_SMALL",
        "1, 0, VALUE_TOO_SMALL",
        "0, 1, SUCCESS",
        // the delta is no larger in magnitude than the size
        "5, 5, SUCCESS",
        "6, 5, VALUE_SIZE_DELTA_TOO_LARGE",
        "-5, 5, SUCCESS",
        "-6, 5, VALUE_SIZE_DELTA_TOO_LARGE",
        "-32768, 1024, VALUE_SIZE_DELTA_TOO_LARGE",
        "32767, 65535, VALUE_TOO_LARGE",
        // the size is no larger than maxValueSize
        "0, 1023, SUCCESS",
        "0, 1024, SUCCESS",
        "0, 1025, VALUE_TOO_LARGE",
        "-1024, 1024, SUCCESS",
        // the size checks come first
        "2000, 1025, VALUE_SIZE_DELTA_TOO_LARGE"})
    void checksTheSizesInSiriussOrder(int delta, int size, String expected) {
        // Arrange
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : MetadataResults.valueOf(expected);

        // Act
        ResultCode result = new MetadataSizesValidator().validate(new MetadataSizesNotification(delta, size),
                ContextBuilder.context().config(MetadataConfig.SECTION, Map.of("maxValueSize", "1024")).validation());

        // Assert
        assertEquals(want, result);
    }

    @ParameterizedTest(name = "maxValueSize {0}, size {1}: {2}")
    @CsvSource({"0, 1, VALUE_TOO_LARGE", "1, 1, SUCCESS", "65535, 65535, SUCCESS"})
    void readsTheLimitInForce(String limit, int size, String expected) {
        // Arrange
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : MetadataResults.valueOf(expected);

        // Act
        ResultCode result = new MetadataSizesValidator().validate(new MetadataSizesNotification(size, size),
                ContextBuilder.context().config(MetadataConfig.SECTION, Map.of("maxValueSize", limit)).validation());

        // Assert
        assertEquals(want, result);
    }
}
