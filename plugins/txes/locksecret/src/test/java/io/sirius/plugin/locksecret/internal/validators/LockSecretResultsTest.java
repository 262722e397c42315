package io.sirius.plugin.locksecret.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.result.Severity;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockSecretResultsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "INVALID_HASH_ALGORITHM, 0x80520001, Failure_LockSecret_Invalid_Hash_Algorithm",
        "HASH_EXISTS, 0x80520002, Failure_LockSecret_Hash_Exists",
        "HASH_NOT_IMPLEMENTED, 0x80520003, Failure_LockSecret_Hash_Not_Implemented",
        "PROOF_SIZE_OUT_OF_BOUNDS, 0x80520004, Failure_LockSecret_Proof_Size_Out_Of_Bounds",
        "SECRET_MISMATCH, 0x80520005, Failure_LockSecret_Secret_Mismatch",
        "UNKNOWN_COMPOSITE_KEY, 0x80520006, Failure_LockSecret_Unknown_Composite_Key",
        "INACTIVE_SECRET, 0x80520007, Failure_LockSecret_Inactive_Secret",
        "HASH_ALGORITHM_MISMATCH, 0x80520008, Failure_LockSecret_Hash_Algorithm_Mismatch",
        "INVALID_DURATION, 0x80520009, Failure_LockSecret_Invalid_Duration",
        "PLUGIN_CONFIG_MALFORMED, 0x8052000A, Failure_LockSecret_Plugin_Config_Malformed"})
    void matchesSiriussResultsH(LockSecretResults result, String value, String name) {
        // Act + Assert
        assertEquals(Integer.parseUnsignedInt(value.substring(2), 16), result.value());
        assertEquals(name, result.statusName());
        assertEquals(Severity.FAILURE, result.severity());
        assertTrue(!result.reason().isBlank());
        assertEquals(10, LockSecretResults.values().length);
        assertEquals(10, Arrays.stream(LockSecretResults.values()).map(LockSecretResults::code).distinct().count());
    }
}
