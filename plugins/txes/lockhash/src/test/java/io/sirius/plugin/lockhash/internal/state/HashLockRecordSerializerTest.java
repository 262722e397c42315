package io.sirius.plugin.lockhash.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hex;
import io.sirius.plugin.lockhash.internal.Fixtures;
import io.sirius.plugin.lockhash.state.HashLockInfo;
import io.sirius.plugin.lockshared.state.LockKeySet;
import io.sirius.plugin.lockshared.state.LockRecord;
import io.sirius.plugin.lockshared.state.LockStatus;
import org.junit.jupiter.api.Test;

class HashLockRecordSerializerTest {
    /** Fixtures.lock(): Sirius's LockInfo v1 and HashLockInfo fields in their order, then this node's two. */
    static final String LOCK = "01"
            + Fixtures.OWNER.toHex()
            + "E329AD1CBE7FC60D" // mosaic id 0DC67FBE1CAD29E3
            + "8096980000000000" // amount 10'000'000
            + "6400000000000000" // height 100
            + "00" // unused
            + Fixtures.AGGREGATE.toHex()
            + "9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA5" // owner's address
            + "00"; // replaces nothing

    private static String write(LockRecord record) {
        BinaryWriter out = new BinaryWriter();
        new HashLockRecordSerializer().write(record, out);
        return Hex.encode(out.toByteArray());
    }

    private static LockRecord read(String hex) {
        BinaryReader in = BinaryReader.of(Hex.decode(hex));
        LockRecord record = new HashLockRecordSerializer().read(in, 1);
        in.requireExhausted("row");
        return record;
    }

    @Test
    void writesALockAsGoldenBytesAndReadsItBack() {
        // Act + Assert
        assertEquals(LOCK, write(Fixtures.lock()));
        assertEquals(Fixtures.lock(), read(LOCK));
        assertEquals(1, new HashLockRecordSerializer().version());
    }

    @Test
    void nestsTheReplacedLock() {
        // Arrange
        HashLockInfo old = Fixtures.lock().withStatus(LockStatus.USED);
        HashLockInfo current = Fixtures.replacing(old, Fixtures.OTHER, 300);

        // Act
        String hex = write(current);

        // Assert: the outer lock's flag is 1 and the inner one follows it without a tag
        String inner = LOCK.substring(2).replaceFirst("6400000000000000" + "00", "6400000000000000" + "01");
        assertTrue(hex.endsWith("01" + inner), hex);
        assertEquals(current, read(hex));
    }

    @Test
    void writesAKeySetAsACountAndAscendingHashes() {
        // Arrange
        LockKeySet set = LockKeySet.EMPTY.with(Fixtures.hash(2)).with(Fixtures.hash(1));

        // Act + Assert
        String golden = "02" + "02000000" + Fixtures.hash(1).toHex() + Fixtures.hash(2).toHex();
        assertEquals(golden, write(set));
        assertEquals(set, read(golden));
    }

    @Test
    void refusesEveryTruncationOfALock() {
        // Act + Assert (the shared strictness, unknown values and lying counts: lockshared's LockRecordSerializerTest)
        for (int cut = 2; cut < LOCK.length(); cut += 2) {
            String truncated = LOCK.substring(0, cut);
            assertThrows(DecodeException.class, () -> read(truncated), truncated);
        }
    }
}
