package io.sirius.plugin.metadata.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataTargetApprovalNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import org.junit.jupiter.api.Test;

class MetadataTargetApprovalValidatorTest {

    private static ResultCode validate(PublicKey signer, PublicKey target) {
        return new MetadataTargetApprovalValidator().validate(new MetadataTargetApprovalNotification(signer, target),
                ContextBuilder.context().validation());
    }

    @Test
    void theTargetApprovesByBeingTheSigner() {
        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(Fixtures.TARGET, Fixtures.TARGET));
    }

    @Test
    void anyoneElseNeedsTheTargetsApproval() {
        // Arrange: a key that differs from the target in its last byte only
        byte[] near = Fixtures.TARGET.bytes();
        near[31] ^= 1;

        // Act and Assert
        assertEquals(MetadataResults.TARGET_APPROVAL_REQUIRED, validate(Fixtures.SIGNER, Fixtures.TARGET));
        assertEquals(MetadataResults.TARGET_APPROVAL_REQUIRED, validate(PublicKey.of(near), Fixtures.TARGET));
    }
}
