package io.sirius.plugin.metadata.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataFormTest {

    /** Types and names as in Sirius's supported-entities.json (16703 = 0x413F ...). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ACCOUNT, Account_Metadata_v2, 16703, ACCOUNT, false",
        "MOSAIC, Mosaic_Metadata_v2, 16959, MOSAIC, false",
        "NAMESPACE, Namespace_Metadata_v2, 17215, NAMESPACE, false",
        "ACCOUNT_EXTENDED, Account_Extended_Metadata_v2, 17471, ACCOUNT, true",
        "MOSAIC_EXTENDED, Mosaic_Extended_Metadata_v2, 17727, MOSAIC, true",
        "NAMESPACE_EXTENDED, Namespace_Extended_Metadata_v2, 17983, NAMESPACE, true"})
    void matchesSiriussTypesAndNames(MetadataForm form, String name, int type, MetadataType target, boolean extended) {
        // Act and Assert
        assertEquals(name, form.siriusName());
        assertEquals(type, form.type().value());
        assertEquals(MetadataTypes.FACILITY, form.type().facility());
        assertEquals(target, form.target());
        assertEquals(extended, form.extended());
        assertEquals(target != MetadataType.ACCOUNT, form.hasTargetId());
    }

    @ParameterizedTest(name = "byte {0}")
    @CsvSource({"0, ACCOUNT", "1, MOSAIC", "2, NAMESPACE", "3, ", "255, "})
    void readsTargetTypesFromTheirByte(int code, MetadataType expected) {
        // Act and Assert
        assertEquals(Optional.ofNullable(expected), MetadataType.fromCode(code));
        if (expected != null) {
            assertEquals(code, expected.code());
        }
    }
}
