package io.sirius.api.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FamilyFailureTest {

    /** A family as a plugin writes one. */
    private enum SampleResults implements FamilyFailure {
        MESSAGE_TOO_LARGE(6, "too large"),
        OUT_OF_ORDER_MOSAICS(200, "out of order");

        private final Definition definition;

        SampleResults(int code, String reason) {
            definition = new Definition(0x54, "Transfer", code, name(), reason);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    @Test
    void aConstantIsAFailureOfItsFacilityNamedAsSiriusNamesIt() {
        // Act
        ResultCode result = SampleResults.OUT_OF_ORDER_MOSAICS;

        // Assert
        assertEquals(Severity.FAILURE, result.severity());
        assertEquals(0x54, result.facility());
        assertEquals(200, result.code());
        assertEquals("Failure_Transfer_Out_Of_Order_Mosaics", result.statusName());
        assertEquals("out of order", result.reason());
        assertEquals(0x805400C8, result.value());
        assertEquals("Failure_Transfer_Message_Too_Large", SampleResults.MESSAGE_TOO_LARGE.statusName());
    }

    @Test
    void aDefinitionMayCarrySiriussOwnSpellingAndChecksItsNumbers() {
        // Act
        FamilyFailure.Definition spelled = new FamilyFailure.Definition(0x59, 20,
                "Failure_NetworkConfig_ApplyHeight_In_The_Past", "past");

        // Assert
        assertEquals("Failure_NetworkConfig_ApplyHeight_In_The_Past", spelled.statusName());
        assertThrows(IllegalArgumentException.class, () -> new FamilyFailure.Definition(0x100, 1, "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> new FamilyFailure.Definition(1, 0x10000, "x", "y"));
        assertThrows(NullPointerException.class, () -> new FamilyFailure.Definition(1, 1, null, "y"));
    }
}
