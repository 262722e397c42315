package io.sirius.state.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.StorageException;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.state.internal.tree.MerkleRules;
import io.sirius.state.internal.tree.PatriciaTree;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EntryRecordTest {
    private static final byte[] KEY_HASH = MerkleRules.keyHash(new byte[] {1, 2, 3});

    @Test
    void recordIsFormatVersionLeafHashThenPayload() {
        // Arrange
        Accounts.Account account = new Accounts.Account(5, "x", 9);
        BinaryWriter payload = new BinaryWriter();
        new Accounts.V2().write(account, payload);

        // Act
        byte[] record = EntryRecord.encode(KEY_HASH, account, new Accounts.V2());

        // Assert
        assertEquals(1, record[0]);
        assertEquals(2, record[1]);
        assertEquals(0, record[2]);
        byte[] leafHash = MerkleRules.leafHash(KEY_HASH, MerkleRules.valueHash(2, payload.toByteArray()));
        assertArrayEquals(leafHash, Arrays.copyOfRange(record, 3, 35));
        assertArrayEquals(payload.toByteArray(), Arrays.copyOfRange(record, 35, record.length));
        assertArrayEquals(leafHash, EntryRecord.leafHash(record, "account"));
    }

    @Test
    void recordRoundTripsInTheVersionItWasWrittenIn() {
        // Arrange
        byte[] v1 = EntryRecord.encode(KEY_HASH, new Accounts.Account(7, "seven", 0), new Accounts.V1());

        // Act
        Accounts.Account read = EntryRecord.decode(v1, new Accounts.V2(), "account");

        // Assert
        assertEquals(new Accounts.Account(7, "seven", 0), read);
    }

    @Test
    void matchesComparesTheLeafHash() {
        // Arrange
        byte[] record = EntryRecord.encode(KEY_HASH, Accounts.account(1), new Accounts.V1());
        byte[] other = EntryRecord.encode(KEY_HASH, Accounts.account(2), new Accounts.V1());

        // Act
        byte[] leaf = EntryRecord.leaf(KEY_HASH, record, "account");

        // Assert
        assertTrue(EntryRecord.matches(record, leaf));
        assertFalse(EntryRecord.matches(other, leaf));
        assertArrayEquals(PatriciaTree.leaf(KEY_HASH, EntryRecord.leafHash(record, "account")), leaf);
    }

    @Test
    void malformedRecordsAreReportedWithTheCache() {
        // Arrange
        byte[] record = EntryRecord.encode(KEY_HASH, Accounts.account(1), new Accounts.V1());
        byte[] trailing = Arrays.copyOf(record, record.length + 1);
        byte[] truncated = Arrays.copyOf(record, record.length - 2);

        // Act
        StorageException shortError = assertThrows(StorageException.class,
                () -> EntryRecord.leafHash(new byte[10], "mosaic"));
        StorageException trailingError = assertThrows(StorageException.class,
                () -> EntryRecord.decode(trailing, new Accounts.V1(), "mosaic"));
        StorageException truncatedError = assertThrows(StorageException.class,
                () -> EntryRecord.decode(truncated, new Accounts.V1(), "mosaic"));

        // Assert
        assertTrue(shortError.getMessage().contains("mosaic") && shortError.getMessage().contains("10 bytes"));
        assertTrue(trailingError.getMessage().contains("trailing"), trailingError.getMessage());
        assertTrue(truncatedError.getMessage().contains("cache mosaic"), truncatedError.getMessage());
    }

    @Test
    void versionBeyondU16IsRejected() {
        // Arrange
        io.sirius.api.state.EntrySerializer<Accounts.Account> tooNew = new io.sirius.api.state.EntrySerializer<>() {
            @Override
            public int version() {
                return 1 << 16;
            }

            @Override
            public void write(Accounts.Account entry, BinaryWriter out) {
                new Accounts.V1().write(entry, out);
            }

            @Override
            public Accounts.Account read(io.sirius.api.codec.BinaryReader in, int version) {
                return new Accounts.V1().read(in, 1);
            }
        };

        // Act and assert
        assertThrows(IllegalArgumentException.class, () -> EntryRecord.encode(KEY_HASH, Accounts.account(1), tooNew));
    }
}
