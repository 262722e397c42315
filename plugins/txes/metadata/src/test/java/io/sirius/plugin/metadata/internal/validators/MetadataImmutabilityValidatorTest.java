package io.sirius.plugin.metadata.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataValueNotification;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataImmutabilityValidatorTest {

    private static ResultCode validate(InMemoryState state, MetadataValueNotification notification) {
        return new MetadataImmutabilityValidator().validate(notification, Fixtures.context().state(state).stateful());
    }

    private static InMemoryState stored(String entry) {
        return switch (entry) {
            case "none" -> Fixtures.state();
            case "v1" -> Fixtures.state(Fixtures.plainEntry("hello"));
            case "v2" -> Fixtures.state(Fixtures.extendedEntry("hello", false));
            default -> Fixtures.state(Fixtures.extendedEntry("hello", true));
        };
    }

    @ParameterizedTest(name = "stored {0}, extended {1}, flag {2}: {3}")
    @CsvSource({
        "none, true, true, SUCCESS",
        "v1, true, true, SUCCESS",
        "v2, true, false, SUCCESS",
        "v2, true, true, SUCCESS",
        "immutable, true, false, VALUE_IS_IMMUTABLE",
        "immutable, true, true, VALUE_IS_IMMUTABLE",
        // as in Sirius, the plain forms are not held by the flag
        "immutable, false, false, SUCCESS"})
    void refusesExtendedChangesOfAnImmutableValue(String entry, boolean extended, boolean flag, String expected) {
        // Arrange
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : MetadataResults.valueOf(expected);
        MetadataValueNotification change = Fixtures.change(entry.equals("none") ? "" : "hello", "jello", extended, flag);

        // Act and Assert
        assertEquals(want, validate(stored(entry), change));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"v1", "v2", "immutable"})
    void knowsEntriesOnlyByTheirKey(String entry) {
        // Arrange: the same change under another scoped key
        MetadataValueNotification elsewhere = new MetadataValueNotification(Fixtures.SOURCE, Fixtures.TARGET, 1,
                io.sirius.plugin.metadata.model.MetadataType.ACCOUNT, 0, 0, new byte[5], true, false);

        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(stored(entry), elsewhere));
        assertEquals(entry.equals("immutable"), stored(entry).entries(io.sirius.plugin.metadata.state.MetadataCache.DESCRIPTOR)
                .stream().anyMatch(MetadataEntry::immutable));
    }
}
