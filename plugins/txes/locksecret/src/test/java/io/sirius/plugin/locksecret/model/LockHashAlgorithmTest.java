package io.sirius.plugin.locksecret.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.plugin.locksecret.internal.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockHashAlgorithmTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // secrets of the proof 0x00..0x13 computed with @noble/hashes (the SDK's hash library)
        "SHA3_256, DB32380ABE23EF51F0547AC0FC4D095A2A16445A00FD8CE2E52628E189BA562D",
        "KECCAK_256, 27DE39F50EAF89FE36FA279026A22605711FDE9C16C0F23AE2C3E9FAF4EED6AE",
        "HASH_160, B4CB04D5F8D9DC53ED814CED36363EEEEF2E2265000000000000000000000000",
        "HASH_256, DC732DB5A276CC62ED10CE2763BB1FEA542B2C4FA3CD2F5E46936D217C9D1C04"})
    void hashesAProofAsTheSdkDoesAndPadsHash160WithZeros(LockHashAlgorithm algorithm, String secret) {
        // Act
        Hash256 hash = algorithm.hash(Fixtures.PROOF);

        // Assert
        assertEquals(Hash256.fromHex(secret), hash);
    }

    @Test
    void keccakIsTheOriginalPaddingNotSha3() {
        // Act + Assert: Keccak-256 of nothing, as Ethereum has it
        assertEquals("C5D2460186F7233C927E7DB2DCC703C0E500B653CA82273B7BFAD8045D85A470",
                LockHashAlgorithm.KECCAK_256.hash(new byte[0]).toHex());
        assertEquals(Hex.encode(LockHashAlgorithm.SHA3_256.hash(new byte[0]).bytes()),
                "A7FFC6F8BF1ED76651C14756A061D662F580FF4DE43B49FA82D80A4B80F8434A");
    }

    @ParameterizedTest(name = "code {0}")
    @CsvSource({"0, SHA3_256", "1, KECCAK_256", "2, HASH_160", "3, HASH_256", "4, ", "255, "})
    void knowsSiriussFourWireValues(int code, LockHashAlgorithm expected) {
        // Act
        Optional<LockHashAlgorithm> algorithm = LockHashAlgorithm.fromCode(code);

        // Assert
        assertEquals(Optional.ofNullable(expected), algorithm);
        algorithm.ifPresent(a -> assertEquals(code, a.code()));
    }
}
