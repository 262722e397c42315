package io.sirius.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.ConfigException;
import io.sirius.api.model.EntityType;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sirius's supported-entities JSON: which versions of which entity types the network accepts; malformed entries are
 * errors naming the entry.
 */
class SupportedEntitiesTest {

    private static String entities(String... entries) {
        return "{\"entities\": [" + String.join(", ", entries) + "]}";
    }

    private static String entry(String name, String type, String versions) {
        return "{\"name\": \"" + name + "\", \"type\": " + type + ", \"supportedVersions\": " + versions + "}";
    }

    @Test
    void theDevnetFileParses() {
        // Act
        SupportedEntities supported = SupportedEntities.parse(CoreFixture.devnetEntities());

        // Assert
        assertTrue(supported.supports(new EntityType(0x4154), 3));
        assertFalse(supported.supports(new EntityType(0x4154), 2));
        assertTrue(supported.supports(EntityType.BLOCK, 3));
        assertTrue(supported.supports(EntityType.NEMESIS_BLOCK, 3));
        assertTrue(supported.supports(new EntityType(0x4159), 1));
        assertTrue(supported.supports(new EntityType(0x4158), 1));
        assertEquals(5, supported.versions().size());
    }

    static Stream<Arguments> typeForms() {
        return Stream.of(
                Arguments.of("\"16724\""),
                Arguments.of("\"0x4154\""),
                Arguments.of("\" 16724 \""),
                Arguments.of("16724"));
    }

    @ParameterizedTest
    @MethodSource("typeForms")
    void aTypeMayBeADecimalOrHexStringOrANumber(String type) {
        // Act
        SupportedEntities supported = SupportedEntities.parse(entities(entry("Transfer", type, "[2, 3]")));

        // Assert
        assertEquals(Map.of(0x4154, Set.of(2, 3)), supported.versions());
    }

    static Stream<Arguments> typeBoundaries() {
        return Stream.of(
                Arguments.of("-1", false),
                Arguments.of("0", true),
                Arguments.of("65535", true),
                Arguments.of("\"0xFFFF\"", true),
                Arguments.of("65536", false),
                Arguments.of("\"0x10000\"", false),
                // 2^32 + 0x4154 and 2^64 + 0x4154 must not wrap around to Transfer's type
                Arguments.of("4294983020", false),
                Arguments.of("\"4294983020\"", false),
                Arguments.of("-4294950572", false));
    }

    @ParameterizedTest
    @MethodSource("typeBoundaries")
    void aTypeMustFitSixteenBits(String type, boolean accepted) {
        // Arrange
        String json = entities(entry("T", type, "[1]"));

        // Act / Assert
        if (accepted) {
            assertEquals(1, SupportedEntities.parse(json).versions().size());
        } else {
            ConfigException e = assertThrows(ConfigException.class, () -> SupportedEntities.parse(json));
            assertEquals("supported entities: entry 0 (T): type " + Long.decode(type.replace("\"", ""))
                    + " does not fit 16 bits", e.getMessage());
        }
    }

    static Stream<Arguments> versionBoundaries() {
        return Stream.of(
                Arguments.of("-1", false),
                Arguments.of("0", true),
                Arguments.of("65535", true),
                Arguments.of("65536", false),
                Arguments.of("\"3\"", false),
                Arguments.of("3.5", false),
                Arguments.of("null", false));
    }

    @ParameterizedTest
    @MethodSource("versionBoundaries")
    void aVersionMustBeASixteenBitNumber(String version, boolean accepted) {
        // Arrange
        String json = entities(entry("Transfer", "\"16724\"", "[1, " + version + "]"));

        // Act / Assert
        if (accepted) {
            assertTrue(SupportedEntities.parse(json).supports(new EntityType(0x4154), Integer.parseInt(version)));
        } else {
            ConfigException e = assertThrows(ConfigException.class, () -> SupportedEntities.parse(json));
            assertEquals("supported entities: entry 0 (Transfer): version " + version + " is not a 16-bit number",
                    e.getMessage());
        }
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("{\"entities\": [", "supported entities: not valid JSON: "),
                Arguments.of("", "supported entities: the document needs an \"entities\" array"),
                Arguments.of("[]", "supported entities: the document needs an \"entities\" array"),
                Arguments.of("{}", "supported entities: the document needs an \"entities\" array"),
                Arguments.of("{\"entities\": {}}", "supported entities: the document needs an \"entities\" array"),
                Arguments.of(entities("{\"name\": \"A\", \"supportedVersions\": [1]}"),
                        "supported entities: entry 0 (A) needs \"type\" and a \"supportedVersions\" array"),
                Arguments.of(entities(entry("A", "1", "[1]"), "{\"type\": 2}"),
                        "supported entities: entry 1 needs \"type\" and a \"supportedVersions\" array"),
                Arguments.of(entities("{\"type\": 2, \"supportedVersions\": 1}"),
                        "supported entities: entry 0 needs \"type\" and a \"supportedVersions\" array"),
                Arguments.of(entities(entry("A", "\"transfer\"", "[1]")),
                        "supported entities: entry 0 (A): type 'transfer' is not a number"),
                Arguments.of(entities(entry("A", "\"16724\"", "[1]"), entry("B", "\"0x4154\"", "[2]")),
                        "supported entities: entry 1 (B): type 16724 is listed twice"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedDocumentIsAnErrorNamingTheEntry(String json, String message) {
        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> SupportedEntities.parse(json));

        // Assert
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void aFractionalTypeIsNotANumberOfAType() {
        // Arrange: 16724.5 must not be read as Transfer's 16724
        String json = entities(entry("T", "16724.5", "[3]"));

        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> SupportedEntities.parse(json));

        // Assert
        assertEquals("supported entities: entry 0 (T): type '16724.5' is not a number", e.getMessage());
    }

    @Test
    void aTypeWithoutVersionsIsNotSupported() {
        // Arrange
        SupportedEntities supported = SupportedEntities.parse(entities(entry("Lock", "\"16712\"", "[]"),
                entry("Transfer", "\"16724\"", "[3]")));

        // Act / Assert
        assertFalse(supported.supportsType(new EntityType(16712)));
        assertFalse(supported.supports(new EntityType(16712), 1));
        assertTrue(supported.supportsType(new EntityType(0x4154)));
        assertFalse(supported.supportsType(new EntityType(0x4141)));
    }

    @Test
    void theVersionsCannotBeChanged() {
        // Arrange
        SupportedEntities supported = SupportedEntities.parse(entities(entry("Transfer", "\"16724\"", "[3]")));

        // Act / Assert
        assertThrows(UnsupportedOperationException.class, () -> supported.versions().put(1, Set.of()));
        assertThrows(UnsupportedOperationException.class, () -> supported.versions().get(0x4154).add(4));
    }
}
