package io.sirius.plugin.lockshared.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hex;
import io.sirius.plugin.lockshared.TestLocks.TestLock;
import io.sirius.plugin.lockshared.TestLocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LockRecordSerializerTest {
    /** TestLocks.lock(): the shared fields, the test family's key and tag, then the owner's address and the flag. */
    static final String LOCK = "01"
            + TestLocks.OWNER.toHex()
            + "E329AD1CBE7FC60D" // mosaic id 0DC67FBE1CAD29E3
            + "0A00000000000000" // amount 10
            + "6400000000000000" // height 100
            + "00" // unused
            + TestLocks.hash(1).toHex() + "01" // the family's extended data: key, tag
            + "9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA5" // owner's address
            + "00"; // replaces nothing
    /** Where the status byte is, in hex digits. */
    private static final int STATUS = 2 * (1 + 32 + 8 + 8 + 8);

    private static String write(LockRecord record) {
        BinaryWriter out = new BinaryWriter();
        new TestLocks.TestLockSerializer().write(record, out);
        return Hex.encode(out.toByteArray());
    }

    private static LockRecord read(String hex) {
        BinaryReader in = BinaryReader.of(Hex.decode(hex));
        LockRecord record = new TestLocks.TestLockSerializer().read(in, 1);
        in.requireExhausted("row");
        return record;
    }

    @Test
    void writesALockWithTheFamilysFieldsBetweenTheStatusAndTheAddress() {
        // Act + Assert
        assertEquals(LOCK, write(TestLocks.lock()));
        assertEquals(TestLocks.lock(), read(LOCK));
        assertEquals(1, new TestLocks.TestLockSerializer().version());
    }

    @Test
    void nestsTheReplacedLockWithoutATag() {
        // Arrange
        TestLock old = TestLocks.lock().withStatus(LockStatus.USED);
        TestLock current = TestLocks.replacing(old, TestLocks.OTHER, 300);

        // Act
        String hex = write(current);

        // Assert: the outer lock's flag is 1 and the inner one follows it
        String inner = LOCK.substring(2, STATUS) + "01" + LOCK.substring(STATUS + 2);
        assertTrue(hex.endsWith("01" + inner), hex);
        assertEquals(current, read(hex));
    }

    @Test
    void writesAKeySetAsACountAndAscendingKeys() {
        // Arrange
        LockKeySet set = LockKeySet.EMPTY.with(TestLocks.hash(2)).with(TestLocks.hash(1));

        // Act + Assert
        String golden = "02" + "02000000" + TestLocks.hash(1).toHex() + TestLocks.hash(2).toHex();
        assertEquals(golden, write(set));
        assertEquals(set, read(golden));
        assertEquals("0200000000", write(LockKeySet.EMPTY));
        assertEquals(LockKeySet.EMPTY, read("0200000000"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "", // no tag
        "03", // unknown tag
        "01", // a lock with nothing after the tag
        "0203000000", // a set claiming 3 keys with none left
        "02FFFFFFFF", // a count that would overflow an int
    })
    void refusesTruncatedRowsAndLyingCounts(String hex) {
        // Act + Assert
        assertThrows(DecodeException.class, () -> read(hex));
    }

    @Test
    void refusesEveryTruncationOfALock() {
        for (int cut = 2; cut < LOCK.length(); cut += 2) {
            String truncated = LOCK.substring(0, cut);
            assertThrows(DecodeException.class, () -> read(truncated), truncated);
        }
    }

    @Test
    void refusesUnknownValuesUnorderedSetsAndWhatTheFamilyRefuses() {
        // Arrange
        String badStatus = LOCK.substring(0, STATUS) + "02" + LOCK.substring(STATUS + 2);
        String badFlag = LOCK.substring(0, LOCK.length() - 2) + "02";
        String badAddress = LOCK.replace("9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA5",
                "9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA6");
        String familyReadCheck = LOCK.replace(TestLocks.hash(1).toHex() + "01", TestLocks.hash(1).toHex() + "FF");
        String familyRecordCheck = LOCK.replace(TestLocks.hash(1).toHex() + "01", TestLocks.hash(1).toHex() + "03");
        String unordered = "02" + "02000000" + TestLocks.hash(2).toHex() + TestLocks.hash(1).toHex();
        String repeated = "02" + "02000000" + TestLocks.hash(1).toHex() + TestLocks.hash(1).toHex();

        // Act + Assert
        for (String hex : new String[] {badStatus, badFlag, badAddress, familyReadCheck, familyRecordCheck, unordered,
            repeated}) {
            assertThrows(DecodeException.class, () -> read(hex), hex);
        }
        assertThrows(DecodeException.class, () -> new TestLocks.TestLockSerializer()
                .read(BinaryReader.of(Hex.decode(LOCK)), 2));
    }

    @Test
    void refusesANestedLockOfAnotherKey() {
        // Arrange: the inner lock's key differs from the outer one's
        String outer = LOCK.substring(0, LOCK.length() - 2) + "01";
        String inner = LOCK.substring(2).replace(TestLocks.hash(1).toHex(), TestLocks.hash(2).toHex());

        // Act + Assert
        assertThrows(DecodeException.class, () -> read(outer + inner));
    }
}
