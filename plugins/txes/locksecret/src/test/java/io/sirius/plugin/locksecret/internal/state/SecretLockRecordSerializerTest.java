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
import io.sirius.plugin.locksecret.state.SecretLockInfo;
import io.sirius.plugin.lockshared.state.LockKeySet;
import io.sirius.plugin.lockshared.state.LockRecord;
import io.sirius.plugin.lockshared.state.LockStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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

    private static String write(LockRecord record) {
        BinaryWriter out = new BinaryWriter();
        new SecretLockRecordSerializer().write(record, out);
        return Hex.encode(out.toByteArray());
    }

    private static LockRecord read(String hex) {
        BinaryReader in = BinaryReader.of(Hex.decode(hex));
        LockRecord record = new SecretLockRecordSerializer().read(in, 1);
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

    @Test
    void refusesEveryTruncationOfALockAndWhatTheSecretLockAdds() {
        // Arrange: the algorithm follows the status; the recipient must carry its checksum (the shared strictness,
        // unknown values and lying counts: lockshared's LockRecordSerializerTest)
        int status = 2 * (1 + 32 + 8 + 8 + 8);
        String badAlgorithm = LOCK.substring(0, status + 2) + "04" + LOCK.substring(status + 4);
        String badRecipient = LOCK.replace("9022D04812D05000F96C283657B0C17990932BC84926CDE64F",
                "9022D04812D05000F96C283657B0C17990932BC84926CDE640");

        // Act + Assert
        for (int cut = 2; cut < LOCK.length(); cut += 2) {
            String truncated = LOCK.substring(0, cut);
            assertThrows(DecodeException.class, () -> read(truncated), truncated);
        }
        for (String hex : new String[] {badAlgorithm, badRecipient}) {
            assertThrows(DecodeException.class, () -> read(hex), hex);
        }
    }
}
