package io.sirius.plugin.metadata.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Hash256;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataType;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.metadata.state.MetadataKey;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class MetadataIndexesTest {
    static final String HASH = "E92A2D4232698A6D63CFF470542EE759DC2C8303E776728398B7243B0AFD4DDF";
    static final String SOURCE = "90E19DF82616CD2347ACCCA3246E9FE50EA6C50F1FF6E13878";
    static final String TARGET = "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF";
    static final String NAME_KEY = "8F068EB919BD9C85";

    /**
     * @param valueSize a value size
     * @return the four index snapshots of the account entry {@code Fixtures.accountKey()} with a value of that size
     */
    public static Map<String, Map<String, String>> accountEntryRows(int valueSize) {
        String value = SOURCE + TARGET + NAME_KEY + "00" + "0000000000000000" + String.format("%04X", valueSize);
        return Map.of(
                "index:metadata_v2_by_source", Map.of(SOURCE + HASH, value),
                "index:metadata_v2_by_target_key", Map.of(TARGET + HASH, value),
                "index:metadata_v2_by_target_id", Map.of("00" + "0000000000000000" + HASH, value),
                "index:metadata_v2_by_scoped_key", Map.of(NAME_KEY + HASH, value));
    }

    /** @return the state's index snapshots */
    public static Map<String, Map<String, String>> indexes(InMemoryState state) {
        Map<String, Map<String, String>> indexes = new java.util.HashMap<>(state.snapshot());
        indexes.keySet().removeIf(name -> !name.startsWith("index:"));
        return indexes;
    }

    @Test
    void anEntryHasOneRowInEachIndexWithItsKeyAndValueSize() {
        // Arrange
        InMemoryState state = Fixtures.state();

        // Act
        MetadataIndexes.add(state, Fixtures.plainEntry("hello"));

        // Assert: golden keys and values
        assertEquals(accountEntryRows(5), indexes(state));
    }

    @Test
    void aMosaicEntryIsKeyedByTypeAndTargetId() {
        // Arrange
        InMemoryState state = Fixtures.state();
        MetadataEntry entry = new MetadataEntry(new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, 7, MetadataType.MOSAIC,
                Fixtures.MOSAIC), new byte[0x1234], MetadataEntry.EXTENDED, true);
        String hash = entry.key().compositeHash().toHex();

        // Act
        MetadataIndexes.add(state, entry);

        // Assert
        assertEquals(Map.of("01" + "0DC67FBE1CAD29E3" + hash,
                SOURCE + TARGET + "0000000000000007" + "01" + "0DC67FBE1CAD29E3" + "1234"),
                indexes(state).get("index:metadata_v2_by_target_id"));
        assertEquals(List.of("0000000000000007" + hash),
                List.copyOf(indexes(state).get("index:metadata_v2_by_scoped_key").keySet()));
    }

    @Test
    void removingAnEntryRemovesExactlyItsRows() {
        // Arrange
        InMemoryState state = Fixtures.state();
        MetadataEntry other = new MetadataEntry(new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, Fixtures.NAME_KEY,
                MetadataType.NAMESPACE, Fixtures.NAMESPACE), new byte[3], MetadataEntry.PLAIN, false);
        MetadataIndexes.add(state, other);
        Map<String, Map<String, String>> before = state.snapshot();
        MetadataIndexes.add(state, Fixtures.plainEntry("hello"));

        // Act
        MetadataIndexes.remove(state, Fixtures.plainEntry("hello"));

        // Assert
        assertEquals(before, state.snapshot());
    }

    @Test
    void aRowReadsBackFromAnyIndex() {
        // Arrange
        InMemoryState state = Fixtures.state();
        MetadataIndexes.add(state, Fixtures.plainEntry("hello"));
        MetadataIndexes.Row expected = new MetadataIndexes.Row(Hash256.fromHex(HASH), Fixtures.SOURCE, Fixtures.TARGET,
                Fixtures.NAME_KEY, 0, 0, 5);
        List<MetadataIndexes.Row> rows = new ArrayList<>();

        // Act
        for (var index : MetadataIndexes.ALL) {
            state.index(index).scan(new byte[0], (key, value) -> rows.add(MetadataIndexes.row(key, value)));
        }

        // Assert
        assertEquals(List.of(expected, expected, expected, expected), rows);
    }

    @Test
    void theLargestValueSizeReadsBackUnsigned() {
        // Arrange
        InMemoryState state = Fixtures.state();
        MetadataIndexes.add(state, new MetadataEntry(Fixtures.accountKey(), new byte[0xFFFF], MetadataEntry.PLAIN, false));
        List<Integer> sizes = new ArrayList<>();

        // Act
        state.index(MetadataIndexes.BY_SOURCE).scan(MetadataIndexes.sourcePrefix(Fixtures.SOURCE),
                (key, value) -> sizes.add(MetadataIndexes.row(key, value).valueSize()));

        // Assert
        assertEquals(List.of(0xFFFF), sizes);
    }
}
