package io.sirius.state.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.state.internal.durable.JournaledVolume;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MapDB layout: indexes are B-trees of {@link Tables#INDEX_NODE_SIZE} keys per node, which MapDB keeps with the
 * index, so an index reopens with the size it was created with.
 */
class TablesTest {
    @TempDir
    Path directory;

    private Tables open() throws IOException {
        return new Tables(JournaledVolume.open(directory.resolve("state.db"), directory.resolve("state.journal"), 1 << 30));
    }

    @Test
    void indexesAreCreatedWithSmallNodesAndReopenWithTheirOwnSize() throws IOException {
        // Arrange
        Tables tables = open();

        // Act
        tables.index("history", true).put(new byte[] {1, 2}, new byte[] {3});
        tables.commit();
        tables.close();
        Tables reopened = open();
        String size = reopened.catalog().get(Tables.INDEX_PREFIX + "history#maxNodeSize");
        byte[] value = reopened.index("history", false).get(new byte[] {1, 2});
        reopened.close();

        // Assert
        assertEquals(Integer.toString(Tables.INDEX_NODE_SIZE), size);
        assertArrayEquals(new byte[] {3}, value);
    }

    @Test
    void anIndexCreatedWithMapDbsDefaultNodesKeepsThem() throws IOException {
        // Arrange: an index of a store written before the node size was set
        JournaledVolume volume = JournaledVolume.open(directory.resolve("state.db"), directory.resolve("state.journal"),
                1 << 30);
        org.mapdb.DB db = org.mapdb.DBMaker.volumeDB(volume, volume.existed()).make();
        db.treeMap(Tables.INDEX_PREFIX + "old", org.mapdb.Serializer.BYTE_ARRAY, org.mapdb.Serializer.BYTE_ARRAY)
                .createOrOpen().put(new byte[] {7}, new byte[] {8});
        db.commit();
        db.close();

        // Act
        Tables tables = open();
        String size = tables.catalog().get(Tables.INDEX_PREFIX + "old#maxNodeSize");
        byte[] value = tables.index("old", false).get(new byte[] {7});
        tables.close();

        // Assert
        assertEquals("32", size);
        assertArrayEquals(new byte[] {8}, value);
    }
}
