package io.sirius.plugin.locksecret.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Height;
import io.sirius.api.model.Hex;
import io.sirius.plugin.locksecret.internal.Fixtures;
import io.sirius.plugin.locksecret.model.LockHashAlgorithm;
import io.sirius.plugin.locksecret.state.LockKeySet;
import io.sirius.plugin.locksecret.state.LockStatus;
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.locksecret.state.SecretLockRecord;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretLockRecordSerializerTest {
    /** Fixtures.lock(): Sirius's LockInfo v1 and SecretLockInfo fields in their order, then this node's two. */
    static final String LOCK = "01"
            + Fixtures.OWNER.toHex()
            + "E329AD1CBE7FC60D" // mosaic id 0DC67FBE1CAD29E3
            + "0A00000000000000" // amount 10
            + "6400000000000000" // height 100
            + "00" // unused
            + "00" // SHA3-256
            + Fixtures.SHA3_SECRET.toHex()
            + "9022D04812D05000F96C283657B0C17990932BC84926CDE64F" // recipient
            + "9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA5" // owner's address
            + "00"; // replaces nothing

    private static String write(SecretLockRecord record) {
        BinaryWriter out = new BinaryWriter();
        new SecretLockRecordSerializer().write(record, out);
        return Hex.encode(out.toByteArray());
    }

    private static SecretLockRecord read(String hex) {
        BinaryReader in = BinaryReader.of(Hex.decode(hex));
        SecretLockRecord record = new SecretLockRecordSerializer().read(in, 1);
        in.requireExhausted("row");
        return record;
    }

    @Test
    void writesALockAsGoldenBytesAndReadsItBack() {
        // Act + Assert
        assertEquals(LOCK, write(Fixtures.lock()));
        assertEquals(Fixtures.lock(), read(LOCK));
        assertEquals(1, new SecretLockRecordSerializer().version());
    }

    @Test
    void nestsTheReplacedLock() {
        // Arrange
        SecretLockInfo old = Fixtures.lock().withStatus(LockStatus.USED);
        SecretLockInfo current = new SecretLockInfo(Fixtures.OTHER, Fixtures.OWNER_ADDRESS, Fixtures.CURRENCY,
                old.amount(), new Height(300), LockStatus.UNUSED, LockHashAlgorithm.SHA3_256, Fixtures.SHA3_SECRET,
                Fixtures.RECIPIENT, Optional.of(old));

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
        LockKeySet set = LockKeySet.EMPTY.with(Fixtures.secret(2)).with(Fixtures.secret(1));

        // Act + Assert
        String golden = "02" + "02000000" + Fixtures.secret(1).toHex() + Fixtures.secret(2).toHex();
        assertEquals(golden, write(set));
        assertEquals(set, read(golden));
        assertEquals(LockKeySet.EMPTY, read("0200000000"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "", // no tag
        "03", // unknown tag
        "01", // a lock with nothing after the tag
        "0203000000", // a set claiming 3 hashes with none left
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
    void refusesUnknownValuesAndUnorderedSets() {
        // Arrange: status, algorithm and replaced flag sit at fixed offsets of the lock
        int status = 2 * (1 + 32 + 8 + 8 + 8);
        String badStatus = LOCK.substring(0, status) + "02" + LOCK.substring(status + 2);
        String badAlgorithm = LOCK.substring(0, status + 2) + "04" + LOCK.substring(status + 4);
        String badFlag = LOCK.substring(0, LOCK.length() - 2) + "02";
        String badAddress = LOCK.replace("9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA5",
                "9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA6");
        String unordered = "02" + "02000000" + Fixtures.secret(2).toHex() + Fixtures.secret(1).toHex();

        // Act + Assert
        for (String hex : new String[] {badStatus, badAlgorithm, badFlag, badAddress, unordered}) {
            assertThrows(DecodeException.class, () -> read(hex), hex);
        }
        assertThrows(DecodeException.class, () -> new SecretLockRecordSerializer().read(BinaryReader.of(Hex.decode(LOCK)), 2));
    }
}
