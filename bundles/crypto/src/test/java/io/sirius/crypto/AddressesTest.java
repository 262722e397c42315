package io.sirius.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.Address;
import io.sirius.api.model.Hex;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AddressesTest {
    private static final PublicKey KEY = PublicKey.fromHex("817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117");
    private static final PublicKey OTHER = PublicKey.fromHex("69EEA2EFEFBB7E72F21F9459603334E2E295926C684BC0B908E714CFF5D1C390");

    @ParameterizedTest
    @EnumSource(NetworkType.class)
    void anAddressIsNetworkByteKeyHashAndChecksum(NetworkType network) {
        // Arrange
        byte[] keyHash = Hashes.ripemd160(Hashes.sha3_256(KEY.bytes()));
        // Act
        Address address = Addresses.of(KEY, network);
        // Assert
        byte[] bytes = address.bytes();
        assertEquals(network.identifier(), bytes[0] & 0xFF);
        assertEquals(Hex.encode(keyHash), Hex.encode(java.util.Arrays.copyOfRange(bytes, 1, 21)));
        byte[] checksum = Hashes.sha3_256(java.util.Arrays.copyOf(bytes, 21));
        assertEquals(Hex.encode(java.util.Arrays.copyOf(checksum, 4)), Hex.encode(java.util.Arrays.copyOfRange(bytes, 21, 25)));
        assertEquals(40, address.plain().length());
        assertEquals(address, Address.parse(address.plain().toLowerCase()));
        assertTrue(Addresses.belongsTo(address, KEY));
        assertFalse(Addresses.belongsTo(address, OTHER));
    }

    @ParameterizedTest
    @EnumSource(NetworkType.class)
    void aCorruptedAddressFailsItsChecksum(NetworkType network) {
        // Arrange
        char[] text = Addresses.of(KEY, network).plain().toCharArray();
        text[10] = text[10] == 'A' ? 'B' : 'A';
        // Act
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Address.parse(new String(text)));
        // Assert
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }
}
