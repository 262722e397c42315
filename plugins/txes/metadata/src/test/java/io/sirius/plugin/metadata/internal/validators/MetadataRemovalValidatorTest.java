package io.sirius.plugin.metadata.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataRemovalValidatorTest {

    private static ResultCode validate(InMemoryState state, String from, String to, boolean extended, boolean flag) {
        return new MetadataRemovalValidator().validate(Fixtures.change(from, to, extended, flag),
                Fixtures.context().state(state).stateful());
    }

    private static MetadataEntry entry(int version, boolean immutable) {
        return version == 1 ? Fixtures.plainEntry("hello") : Fixtures.extendedEntry("hello", immutable);
    }

    @ParameterizedTest(name = "removing a v{0} entry (immutable {1}) by extended {2} with flag {3}: {4}")
    @CsvSource({
        // the form that can recreate the entry exactly may remove it
        "1, false, false, false, SUCCESS",
        "2, false, true, false, SUCCESS",
        "2, true, true, true, SUCCESS",
        // any other would recreate it with another version or flag on rollback
        "1, false, true, false, VALUE_CHANGE_IRREVERSIBLE",
        "1, false, true, true, VALUE_CHANGE_IRREVERSIBLE",
        "2, false, false, false, VALUE_CHANGE_IRREVERSIBLE",
        "2, false, true, true, VALUE_CHANGE_IRREVERSIBLE",
        "2, true, false, false, VALUE_CHANGE_IRREVERSIBLE",
        "2, true, true, false, VALUE_CHANGE_IRREVERSIBLE"})
    void allowsARemovalOnlyFromTheFormThatRecreatesTheEntry(int version, boolean immutable, boolean extended, boolean flag,
            String expected) {
        // Arrange
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : MetadataResults.valueOf(expected);

        // Act and Assert
        assertEquals(want, validate(Fixtures.state(entry(version, immutable)), "hello", "", extended, flag));
    }

    @ParameterizedTest(name = "\"hello\" to \"{0}\"")
    @CsvSource({"h", "hell", "jello", "hello!"})
    void leavesEveryOtherChangeToTheOtherRules(String to) {
        // Act and Assert: even from a form that could not recreate the entry
        assertEquals(ResultCodes.SUCCESS, validate(Fixtures.state(entry(2, true)), "hello", to, false, false));
        assertEquals(ResultCodes.SUCCESS, validate(Fixtures.state(entry(1, false)), "hello", to, true, true));
    }

    @ParameterizedTest(name = "extended {0}")
    @CsvSource({"false", "true"})
    void leavesARemovalOfNothingToTheValueValidator(boolean extended) {
        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(Fixtures.state(), "hello", "", extended, false));
    }
}
