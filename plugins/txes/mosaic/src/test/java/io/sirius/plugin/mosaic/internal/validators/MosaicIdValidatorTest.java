package io.sirius.plugin.mosaic.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicNonceNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MosaicIdValidatorTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Fixtures.OWNER, 42, 0x36CC4F72E42A81D3L, ResultCodes.SUCCESS),
                Arguments.of(Fixtures.OWNER, 42, 0L, MosaicResults.INVALID_ID),
                Arguments.of(Fixtures.OWNER, 43, 0x36CC4F72E42A81D3L, MosaicResults.ID_MISMATCH),
                Arguments.of(Fixtures.OTHER, 42, 0x36CC4F72E42A81D3L, MosaicResults.ID_MISMATCH),
                Arguments.of(Fixtures.OWNER, 42, 0x36CC4F72E42A81D3L | Long.MIN_VALUE, MosaicResults.ID_MISMATCH));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theIdMustDeriveFromSignerAndNonce(PublicKey signer, int nonce, long id, ResultCode expected) {
        // Arrange
        MosaicNonceNotification notification = new MosaicNonceNotification(signer, nonce, new MosaicId(id));

        // Act
        ResultCode result = new MosaicIdValidator().validate(notification, ContextBuilder.context().validation());

        // Assert
        assertEquals(expected, result);
    }
}
