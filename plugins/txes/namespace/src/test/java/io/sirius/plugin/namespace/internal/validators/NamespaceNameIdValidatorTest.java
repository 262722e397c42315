package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.result.ResultCode;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.model.NamespaceNameNotification;
import org.junit.jupiter.api.Test;

class NamespaceNameIdValidatorTest {

    private static ResultCode validate(NamespaceId id, NamespaceId parent, String name) {
        return new NamespaceNameIdValidator().validate(new NamespaceNameNotification(Fixtures.OWNER, id, parent, name),
                Fixtures.context(10, Fixtures.state()).validation());
    }

    @Test
    void acceptsTheDerivedIds() {
        // Act and Assert
        assertEquals(Results.of("SUCCESS"), validate(Fixtures.ALPHA, NamespaceIds.ROOT_PARENT, "alpha"));
        assertEquals(Results.of("SUCCESS"), validate(Fixtures.BETA, Fixtures.ALPHA, "beta"));
        assertEquals(Results.of("SUCCESS"), validate(new NamespaceId(0xB6419E0C88AB6190L), NamespaceIds.ROOT_PARENT,
                "sirius-harness"));
    }

    @Test
    void refusesAnyOtherId() {
        // Act and Assert
        assertEquals(NamespaceResults.NAME_ID_MISMATCH, validate(Fixtures.BETA, NamespaceIds.ROOT_PARENT, "beta"));
        assertEquals(NamespaceResults.NAME_ID_MISMATCH, validate(Fixtures.ALPHA, NamespaceIds.ROOT_PARENT, "alphb"));
        assertEquals(NamespaceResults.NAME_ID_MISMATCH, validate(Fixtures.GAMMA, Fixtures.ALPHA, "gamma"));
        assertEquals(NamespaceResults.NAME_ID_MISMATCH,
                validate(new NamespaceId(Fixtures.ALPHA.value() & Long.MAX_VALUE), NamespaceIds.ROOT_PARENT, "alpha"));
    }
}
