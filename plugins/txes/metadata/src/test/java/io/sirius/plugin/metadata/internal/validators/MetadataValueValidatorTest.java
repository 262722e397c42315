package io.sirius.plugin.metadata.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Hex;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataType;
import io.sirius.plugin.metadata.model.MetadataValueNotification;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.metadata.state.MetadataKey;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataValueValidatorTest {

    private static ResultCode validate(InMemoryState state, MetadataValueNotification notification) {
        return new MetadataValueValidator().validate(notification, Fixtures.context().state(state).stateful());
    }

    private static MetadataValueNotification raw(int delta, String valueHex, boolean extended) {
        return new MetadataValueNotification(Fixtures.SOURCE, Fixtures.TARGET, Fixtures.NAME_KEY, MetadataType.ACCOUNT, 0, delta,
                Hex.decode(valueHex), extended, false);
    }

    @ParameterizedTest(name = "no entry, delta {0}, size {1}: {2}")
    @CsvSource({"3, 3, SUCCESS", "2, 3, VALUE_SIZE_DELTA_MISMATCH", "0, 3, VALUE_SIZE_DELTA_MISMATCH",
        "-3, 3, VALUE_SIZE_DELTA_MISMATCH"})
    void aNewEntryGrowsFromNothing(int delta, int size, String expected) {
        // Arrange
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : MetadataResults.valueOf(expected);

        // Act and Assert
        assertEquals(want, validate(Fixtures.state(), raw(delta, "00".repeat(size), false)));
        assertEquals(want, validate(Fixtures.state(), raw(delta, "00".repeat(size), true)));
    }

    @ParameterizedTest(name = "stored \"hello\" (5), delta {0}, size {1}: {2}")
    @CsvSource({
        // growing: the stored size is the size less the delta
        "1, 6, SUCCESS", "2, 6, VALUE_SIZE_DELTA_MISMATCH", "1, 7, VALUE_SIZE_DELTA_MISMATCH", "5, 10, SUCCESS",
        // same size
        "0, 5, SUCCESS", "0, 4, VALUE_SIZE_DELTA_MISMATCH", "0, 6, VALUE_SIZE_DELTA_MISMATCH",
        // shrinking: the stored size is the size
        "-1, 6, VALUE_SIZE_DELTA_MISMATCH", "-1, 4, VALUE_SIZE_DELTA_MISMATCH"})
    void anExistingEntryMustHaveTheSizeTheChangeStartsFrom(int delta, int size, String expected) {
        // Arrange
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : MetadataResults.valueOf(expected);

        // Act and Assert
        assertEquals(want, validate(Fixtures.state(Fixtures.plainEntry("hello")), raw(delta, "00".repeat(size), false)));
    }

    @ParameterizedTest(name = "\"hello\" to \"{0}\"")
    @CsvSource({"hell", "he", "h", "''", "jello", "help!", "hello, world"})
    void theClientsOwnChangesFit(String wanted) {
        // Act and Assert
        assertEquals(ResultCodes.SUCCESS, validate(Fixtures.state(Fixtures.plainEntry("hello")), Fixtures.change("hello", wanted)));
    }

    @ParameterizedTest(name = "tail {0}")
    @CsvSource({
        // "hello" to "he": the last three bytes must be the stored "llo"
        "6C6C6F, SUCCESS",
        "6C6C6E, VALUE_CHANGE_IRREVERSIBLE",
        "6D6C6F, VALUE_CHANGE_IRREVERSIBLE",
        "000000, VALUE_CHANGE_IRREVERSIBLE"})
    void aShrinkMustCarryTheTailItDrops(String tail, String expected) {
        // Arrange: the head bytes are "he" XOR "he" (anything goes there)
        ResultCode want = expected.equals("SUCCESS") ? ResultCodes.SUCCESS : MetadataResults.valueOf(expected);

        // Act and Assert
        assertEquals(want, validate(Fixtures.state(Fixtures.plainEntry("hello")), raw(-3, "0000" + tail, false)));
        assertEquals(want, validate(Fixtures.state(Fixtures.plainEntry("hello")), raw(-3, "FFFF" + tail, false)));
    }

    @Test
    void looksTheEntryUpUnderTheResolvedKeyOfTheNotification() {
        // Arrange: an entry about the mosaic, and one under another scoped key
        MetadataEntry mosaic = new MetadataEntry(new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, Fixtures.NAME_KEY,
                MetadataType.MOSAIC, Fixtures.MOSAIC), Fixtures.bytes("abc"), 1, false);
        MetadataEntry otherKey = new MetadataEntry(new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, 1, MetadataType.ACCOUNT, 0),
                Fixtures.bytes("abc"), 1, false);
        InMemoryState state = Fixtures.state(mosaic, otherKey);

        // Act: an account change of size 3 finds no entry of its own, so it must create one
        ResultCode account = validate(state, raw(0, "000000", false));
        ResultCode mosaicChange = validate(state, new MetadataValueNotification(Fixtures.SOURCE, Fixtures.TARGET,
                Fixtures.NAME_KEY, MetadataType.MOSAIC, Fixtures.MOSAIC, 0, new byte[3], false, false));

        // Assert
        assertEquals(MetadataResults.VALUE_SIZE_DELTA_MISMATCH, account);
        assertEquals(ResultCodes.SUCCESS, mosaicChange);
    }
}
