package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.NamespaceRentalFeeUnavailableNotification;
import org.junit.jupiter.api.Test;

class NamespaceRentalFeeAvailableValidatorTest {

    @Test
    void refusesARegistrationWhoseFeeCouldNotBeCharged() {
        // Act
        var result = new NamespaceRentalFeeAvailableValidator().validate(
                new NamespaceRentalFeeUnavailableNotification(Fixtures.OWNER), Fixtures.context(10, Fixtures.state()).validation());

        // Assert
        assertEquals(NamespaceResults.RENTAL_FEE_UNAVAILABLE, result);
        assertEquals(0x804E012C, result.value());
    }
}
