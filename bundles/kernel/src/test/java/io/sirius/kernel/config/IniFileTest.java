package io.sirius.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.ConfigException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sirius's properties format: sections, keys, comments; anything ambiguous is an error naming its line.
 */
class IniFileTest {

    @Test
    void sectionsAndKeysKeepTheirFileOrder() {
        // Arrange
        String text = "# a comment\n\n[network]\npublicKey = AB\n\n[chain]\nz = 1\na = 2\nm = 3\n[plugin:x]\nenabled = true\n";

        // Act
        Map<String, Map<String, String>> sections = IniFile.parse(text);

        // Assert
        assertEquals(List.of("network", "chain", "plugin:x"), List.copyOf(sections.keySet()));
        assertEquals(List.of("z", "a", "m"), List.copyOf(sections.get("chain").keySet()));
        assertEquals("AB", sections.get("network").get("publicKey"));
    }

    @Test
    void whitespaceAroundNamesKeysAndValuesIsIgnored() {
        // Arrange
        String text = "  [ chain ]  \r\n\t key   =   some value  \r\n";

        // Act
        Map<String, Map<String, String>> sections = IniFile.parse(text);

        // Assert
        assertEquals(Map.of("chain", Map.of("key", "some value")), sections);
    }

    @Test
    void aValueKeepsEverythingAfterTheFirstEqualsSign() {
        // Arrange
        String text = "[s]\nurl = a=b=c # not a comment\nempty =\n";

        // Act
        Map<String, String> section = IniFile.parse(text).get("s");

        // Assert
        assertEquals("a=b=c # not a comment", section.get("url"));
        assertEquals("", section.get("empty"));
    }

    @Test
    void theSameKeyMayAppearInDifferentSections() {
        // Act
        Map<String, Map<String, String>> sections = IniFile.parse("[a]\nk = 1\n[b]\nk = 2\n");

        // Assert
        assertEquals("1", sections.get("a").get("k"));
        assertEquals("2", sections.get("b").get("k"));
    }

    @Test
    void anEmptySectionIsKept() {
        // Act
        Map<String, Map<String, String>> sections = IniFile.parse("[empty]\n# nothing\n[other]\nk = v");

        // Assert
        assertEquals(Map.of(), sections.get("empty"));
        assertEquals(Map.of("k", "v"), sections.get("other"));
    }

    @Test
    void theResultCannotBeChanged() {
        // Arrange
        Map<String, Map<String, String>> sections = IniFile.parse("[a]\nk = 1\n");

        // Act / Assert
        assertThrows(UnsupportedOperationException.class, () -> sections.put("b", Map.of()));
        assertThrows(UnsupportedOperationException.class, () -> sections.get("a").put("j", "2"));
    }

    static Stream<Arguments> ambiguous() {
        return Stream.of(
                Arguments.of("key = 1", "line 1: key 'key' comes before any [section]"),
                Arguments.of("# comment\n\nkey = 1", "line 3: key 'key' comes before any [section]"),
                Arguments.of("[a]\njunk", "line 2: 'junk' is neither a [section] nor key = value"),
                Arguments.of("[a]\r\nk = 1\r\njunk", "line 3: 'junk' is neither a [section] nor key = value"),
                Arguments.of("[a", "line 1: '[a' is not a [section] header"),
                Arguments.of("[]", "line 1: '[]' is not a [section] header"),
                Arguments.of("[a] # comment", "line 1: '[a] # comment' is not a [section] header"),
                Arguments.of("[a]\nk = 1\n[b]\n[a]", "line 4: section [a] appears twice"),
                Arguments.of("[a]\n[ a ]", "line 2: section [a] appears twice"),
                Arguments.of("[a]\nk = 1\nk = 2", "line 3: key 'k' appears twice in its section"),
                Arguments.of("[a]\nk = 1\n k=1 ", "line 3: key 'k' appears twice in its section"),
                Arguments.of("[a]\n = 5", "line 2: a value without a key"));
    }

    @ParameterizedTest
    @MethodSource("ambiguous")
    void anAmbiguousLineIsAnErrorNamingIt(String text, String message) {
        // Act
        ConfigException e = assertThrows(ConfigException.class, () -> IniFile.parse(text));

        // Assert
        assertEquals(message, e.getMessage());
    }

    @Test
    void theDevnetFileParses() {
        // Act
        Map<String, Map<String, String>> sections = IniFile.parse(io.sirius.kernel.internal.pipeline.CoreFixture.devnetText());

        // Assert
        assertTrue(sections.keySet().containsAll(List.of("network", "chain", "plugin:catapult.plugins.transfer")));
    }
}
