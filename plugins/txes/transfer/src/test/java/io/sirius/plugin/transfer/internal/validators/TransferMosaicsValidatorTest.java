package io.sirius.plugin.transfer.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.transfer.internal.config.TransferConfig;
import io.sirius.plugin.transfer.model.TransferMosaicsNotification;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransferMosaicsValidatorTest {

    private static ResultCode validate(long... ids) {
        List<UnresolvedMosaic> mosaics = Arrays.stream(ids)
                .mapToObj(id -> new UnresolvedMosaic(new UnresolvedMosaicId(id), new Amount(1)))
                .toList();
        return new TransferMosaicsValidator().validate(new TransferMosaicsNotification(mosaics),
                ContextBuilder.context().config(TransferConfig.SECTION, Map.of("maxMessageSize", "1024")).validation());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "5; SUCCESS",
        "1,2,3; SUCCESS",
        "1,3,2; OUT_OF_ORDER_MOSAICS",
        "1,2,2; OUT_OF_ORDER_MOSAICS",
        "2,1; OUT_OF_ORDER_MOSAICS",
        // bit 63 set is larger than any id without it: ids compare as uint64
        "1,-4612133614521471498; SUCCESS",
        "-4612133614521471498,1; OUT_OF_ORDER_MOSAICS"})
    void requiresStrictlyAscendingIds(String ids, String expected) {
        // Arrange
        long[] parsed = Arrays.stream(ids.split(",")).mapToLong(Long::parseLong).toArray();
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : TransferResults.valueOf(expected);

        // Act
        ResultCode result = validate(parsed);

        // Assert
        assertEquals(want, result);
    }
}
