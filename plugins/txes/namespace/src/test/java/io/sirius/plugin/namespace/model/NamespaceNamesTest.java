package io.sirius.plugin.namespace.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamespaceNamesTest {

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource(value = {
        "a, true",
        "0, true",
        "z9, true",
        "a-b_c, true",
        "sirius-harness, true",
        "'', false",
        "-a, false",
        "_a, false",
        "A, false",
        "aB, false",
        "a.b, false",
        "a b, false",
        "a!, false",
        "é, false"})
    void acceptsWhatSiriusAccepts(String name, boolean expected) {
        // Act
        boolean valid = NamespaceNames.isValid(name);

        // Assert
        assertEquals(expected, valid);
    }
}
