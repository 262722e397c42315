package io.sirius.plugin.metadata.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataResultsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "VALUE_TOO_SMALL, 1, Failure_Metadata_v2_Value_Too_Small",
        "VALUE_TOO_LARGE, 2, Failure_Metadata_v2_Value_Too_Large",
        "VALUE_SIZE_DELTA_TOO_LARGE, 3, Failure_Metadata_v2_Value_Size_Delta_Too_Large",
        "VALUE_SIZE_DELTA_MISMATCH, 4, Failure_Metadata_v2_Value_Size_Delta_Mismatch",
        "VALUE_CHANGE_IRREVERSIBLE, 5, Failure_Metadata_v2_Value_Change_Irreversible",
        "VALUE_IS_IMMUTABLE, 6, Failure_Metadata_v2_Value_Is_Immutable",
        "TARGET_APPROVAL_REQUIRED, 100, Failure_Metadata_v2_Target_Approval_Required"})
    void carriesSiriussCodeAndName(MetadataResults result, int code, String name) {
        // Act and Assert
        assertEquals(Severity.FAILURE, result.severity());
        assertEquals(0x3F, result.facility());
        assertEquals(code, result.code());
        assertEquals(name, result.statusName());
        assertEquals(0x803F0000 | code, result.value());
    }
}
