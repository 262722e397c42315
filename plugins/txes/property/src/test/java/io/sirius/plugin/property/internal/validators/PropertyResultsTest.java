package io.sirius.plugin.property.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertyResultsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "INVALID_PROPERTY_TYPE, 0x80500001, Failure_Property_Invalid_Property_Type",
        "MODIFICATION_TYPE_INVALID, 0x80500002, Failure_Property_Modification_Type_Invalid",
        "MODIFICATION_ADDRESS_INVALID, 0x80500003, Failure_Property_Modification_Address_Invalid",
        "MODIFICATION_OPERATION_TYPE_INCOMPATIBLE, 0x80500004, Failure_Property_Modification_Operation_Type_Incompatible",
        "MODIFY_UNSUPPORTED_MODIFICATION_TYPE, 0x80500005, Failure_Property_Modify_Unsupported_Modification_Type",
        "MODIFICATION_REDUNDANT, 0x80500006, Failure_Property_Modification_Redundant",
        "MODIFICATION_NOT_ALLOWED, 0x80500007, Failure_Property_Modification_Not_Allowed",
        "MODIFICATION_COUNT_EXCEEDED, 0x80500008, Failure_Property_Modification_Count_Exceeded",
        "VALUES_COUNT_EXCEEDED, 0x80500009, Failure_Property_Values_Count_Exceeded",
        "VALUE_INVALID, 0x8050000A, Failure_Property_Value_Invalid",
        "SIGNER_ADDRESS_INTERACTION_NOT_ALLOWED, 0x8050000B, Failure_Property_Signer_Address_Interaction_Not_Allowed",
        "MOSAIC_TRANSFER_NOT_ALLOWED, 0x8050000C, Failure_Property_Mosaic_Transfer_Not_Allowed",
        "TRANSACTION_TYPE_NOT_ALLOWED, 0x8050000D, Failure_Property_Transaction_Type_Not_Allowed",
        "PLUGIN_CONFIG_MALFORMED, 0x8050000E, Failure_Property_Plugin_Config_Malformed"})
    void matchesSiriussResultsH(PropertyResults result, String value, String name) {
        // Act + Assert
        assertEquals(Integer.parseUnsignedInt(value.substring(2), 16), result.value());
        assertEquals(name, result.statusName());
        assertEquals(14, PropertyResults.values().length);
    }
}
