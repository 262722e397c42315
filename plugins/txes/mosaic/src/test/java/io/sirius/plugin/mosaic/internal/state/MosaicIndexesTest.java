package io.sirius.plugin.mosaic.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.model.MosaicDefinition;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicProperties;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MosaicIndexesTest {
    private static final String OWNER = "817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117";
    /** Defined at 0x0102 by OWNER, flags 2, supply 2^32 + 5. */
    private static final MosaicEntry ENTRY = new MosaicEntry(Fixtures.MOSAIC, new Amount((1L << 32) + 5),
            new MosaicDefinition(new Height(0x0102), Fixtures.OWNER, 3, new MosaicProperties(2, 6, new BlockDuration(9))));

    @Test
    void anEntryHasOneRowInEachIndexWithItsFlagsAndSupply() {
        // Arrange
        InMemoryState state = Fixtures.state();

        // Act
        MosaicIndexes.add(state, ENTRY);

        // Assert: golden keys and values
        String value = "02" + "0000000100000005";
        Map<String, Map<String, String>> snapshot = state.snapshot();
        assertEquals(Map.of("0000000000000102" + "36CC4F72E42A81D3", value), snapshot.get("index:mosaic_by_height"));
        assertEquals(Map.of(OWNER + "0000000000000102" + "36CC4F72E42A81D3", value), snapshot.get("index:mosaic_by_owner"));
        assertEquals(Map.of("0000000100000005" + "0000000000000102" + "36CC4F72E42A81D3", value),
                snapshot.get("index:mosaic_by_supply"));
        // defined at 0x0102 for 9 blocks: expired from 0x010B on
        assertEquals(Map.of("000000000000010B" + "36CC4F72E42A81D3", ""), snapshot.get("index:mosaic_by_expiry"));
    }

    @Test
    void anEternalMosaicHasNoExpiryRow() {
        // Arrange
        InMemoryState state = Fixtures.state();
        MosaicEntry eternal = new MosaicEntry(Fixtures.MOSAIC, new Amount(5), new MosaicDefinition(new Height(0x0102),
                Fixtures.OWNER, 3, new MosaicProperties(2, 6, new BlockDuration(0))));

        // Act
        MosaicIndexes.add(state, eternal);

        // Assert
        assertEquals(null, state.snapshot().get("index:mosaic_by_expiry"));
    }

    @Test
    void removingTheEntryRemovesExactlyItsRows() {
        // Arrange
        InMemoryState state = Fixtures.state();
        MosaicEntry other = Fixtures.mosaic(Fixtures.OTHER_MOSAIC, Fixtures.OTHER, 7, 0, 1, 9);
        MosaicIndexes.add(state, other);
        Map<String, Map<String, String>> before = state.snapshot();
        MosaicIndexes.add(state, ENTRY);

        // Act
        MosaicIndexes.remove(state, ENTRY);

        // Assert
        assertEquals(before, state.snapshot());
    }

    @Test
    void aRowReadsBackFromAnyIndex() {
        // Arrange
        InMemoryState state = Fixtures.state();
        MosaicIndexes.add(state, ENTRY);
        MosaicIndexes.Row expected = new MosaicIndexes.Row(Fixtures.MOSAIC, 0x0102, (1L << 32) + 5, 2);
        List<MosaicIndexes.Row> rows = new ArrayList<>();

        // Act
        for (var index : MosaicIndexes.LISTINGS) {
            state.index(index).scan(new byte[0], (key, value) -> rows.add(MosaicIndexes.row(key, value)));
        }

        // Assert
        assertEquals(List.of(expected, expected, expected), rows);
    }

    @Test
    void prefixesSelectAnOwnerOrASupply() {
        // Arrange
        InMemoryState state = Fixtures.state();
        MosaicIndexes.add(state, ENTRY);
        MosaicIndexes.add(state, Fixtures.mosaic(new MosaicId(-1L), Fixtures.OTHER, 1, 0, 0, 5));

        // Act
        List<MosaicId> owned = new ArrayList<>();
        state.index(MosaicIndexes.BY_OWNER).scan(MosaicIndexes.ownerPrefix(Fixtures.OWNER),
                (key, value) -> owned.add(MosaicIndexes.row(key, value).mosaicId()));
        List<MosaicId> supplyFive = new ArrayList<>();
        state.index(MosaicIndexes.BY_SUPPLY).scan(MosaicIndexes.supplyPrefix(5),
                (key, value) -> supplyFive.add(MosaicIndexes.row(key, value).mosaicId()));

        // Assert
        assertEquals(List.of(Fixtures.MOSAIC), owned);
        assertEquals(List.of(new MosaicId(-1L)), supplyFive);
        assertEquals("FFFFFFFFFFFFFFFF", Hex.encode(MosaicIndexes.supplyPrefix(-1L)));
        assertNull(Fixtures.state().snapshot().get("index:mosaic_by_height"));
    }
}
