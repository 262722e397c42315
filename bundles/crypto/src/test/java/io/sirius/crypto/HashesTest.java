package io.sirius.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Hex;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Known answers from FIPS 202, the Keccak team, the RIPEMD-160 and FIPS 180 test suites. */
class HashesTest {
    private static final byte[] EMPTY = new byte[0];
    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    @Test
    void sha3_256() {
        // Act and Assert
        assertEquals("A7FFC6F8BF1ED76651C14756A061D662F580FF4DE43B49FA82D80A4B80F8434A", Hex.encode(Hashes.sha3_256(EMPTY)));
        assertEquals("3A985DA74FE225B2045C172D6BD390BD855F086E3E9D525B46BFE24511431532", Hex.encode(Hashes.sha3_256(ABC)));
    }

    @Test
    void sha3_512() {
        // Act and Assert
        assertEquals("B751850B1A57168A5693CD924B6B096E08F621827444F70D884F5D0240D2712E10E116E9192AF3C91A7EC57647E3934057340B4CF408D5A56592F8274EEC53F0",
                Hex.encode(Hashes.sha3_512(ABC)));
    }

    @Test
    void keccak256IsNotSha3() {
        // Act and Assert
        assertEquals("C5D2460186F7233C927E7DB2DCC703C0E500B653CA82273B7BFAD8045D85A470", Hex.encode(Hashes.keccak256(EMPTY)));
    }

    @Test
    void ripemd160() {
        // Act and Assert
        assertEquals("9C1185A5C5E9FC54612808977EE8F548B2258D31", Hex.encode(Hashes.ripemd160(EMPTY)));
        assertEquals("8EB208F7E05D987A9B044A8E98C6B087F15A0BFC", Hex.encode(Hashes.ripemd160(ABC)));
    }

    @Test
    void sha256AndItsCompositions() {
        // Arrange
        byte[] sha = Hashes.sha256(ABC);
        // Act and Assert
        assertEquals("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", Hex.encode(sha));
        assertEquals(Hex.encode(Hashes.sha256(sha)), Hex.encode(Hashes.doubleSha256(ABC)));
        assertEquals(Hex.encode(Hashes.ripemd160(sha)), Hex.encode(Hashes.hash160(ABC)));
    }

    @Test
    void partsAreConcatenatedAndTheHasherAgrees() {
        // Act and Assert
        assertEquals(Hex.encode(Hashes.sha3_256(ABC)), Hex.encode(Hashes.sha3_256(new byte[] {'a'}, new byte[] {'b', 'c'})));
        assertEquals(Hex.encode(Hashes.sha3_256(ABC)),
                Hashes.sha3_256Hasher().update(new byte[] {0, 'a', 'b'}, 1, 2).update(new byte[] {'c'}).hash().toHex());
    }
}
