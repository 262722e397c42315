package io.sirius.plugin.multisig.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.result.ResultCode;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.internal.validators.MultisigResults;
import io.sirius.plugin.multisig.model.ModifyMultisigTopLevelNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ModifyMultisigEmbeddedOnlyValidatorTest {

    @Test
    void refusesATopLevelModificationAsSiriusRefusesItsBytes() {
        // Act
        ResultCode result = new ModifyMultisigEmbeddedOnlyValidator().validate(
                new ModifyMultisigTopLevelNotification(Fixtures.key(1)), ContextBuilder.context().validation());

        // Assert: Failure_Consumer_Malformed, which is not one of the family's codes
        assertTrue(result.isFailure());
        assertEquals(0x80FE0002, result.value());
        assertEquals("Failure_Consumer_Malformed", result.statusName());
        assertTrue(Arrays.stream(MultisigResults.values()).noneMatch(r -> r.value() == result.value()));
    }
}
