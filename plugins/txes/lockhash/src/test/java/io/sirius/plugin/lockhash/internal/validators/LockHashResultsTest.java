package io.sirius.plugin.lockhash.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockHashResultsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "INVALID_MOSAIC_ID, 0x80480001, Failure_LockHash_Invalid_Mosaic_Id",
        "INVALID_MOSAIC_AMOUNT, 0x80480002, Failure_LockHash_Invalid_Mosaic_Amount",
        "HASH_EXISTS, 0x80480003, Failure_LockHash_Hash_Exists",
        "HASH_DOES_NOT_EXIST, 0x80480004, Failure_LockHash_Hash_Does_Not_Exist",
        "INACTIVE_HASH, 0x80480005, Failure_LockHash_Inactive_Hash",
        "INVALID_DURATION, 0x80480006, Failure_LockHash_Invalid_Duration",
        "PLUGIN_CONFIG_MALFORMED, 0x80480007, Failure_LockHash_Plugin_Config_Malformed"})
    void matchesSiriussResultsH(LockHashResults result, String value, String name) {
        // Act + Assert
        assertEquals(Integer.parseUnsignedInt(value.substring(2), 16), result.value());
        assertEquals(name, result.statusName());
        assertEquals(7, LockHashResults.values().length);
    }
}
