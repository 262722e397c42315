package io.sirius.plugin.property.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hex;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.property.state.AccountProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountPropertiesSerializerTest {
    /** OWNER blocks OTHER, allows only the currency, and has no transaction type property. */
    static final AccountProperties ENTRY = Fixtures.properties(Fixtures.OWNER_ADDRESS,
            Fixtures.addresses(true, Fixtures.OTHER_ADDRESS), Fixtures.mosaics(false, Fixtures.CURRENCY));
    /** Its bytes: Sirius's AccountPropertiesSerializer without the version word. */
    static final String GOLDEN = "9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA5" // address
            + "0300000000000000" // three properties
            + "81" + "0100000000000000" + "9022D04812D05000F96C283657B0C17990932BC84926CDE64F" // blocks OTHER
            + "02" + "0100000000000000" + "E329AD1CBE7FC60D" // allows the currency only
            + "84" + "0000000000000000"; // empty, so marked blocking

    private static String write(AccountProperties entry) {
        BinaryWriter out = new BinaryWriter();
        new AccountPropertiesSerializer().write(entry, out);
        return Hex.encode(out.toByteArray());
    }

    private static AccountProperties read(String hex) {
        BinaryReader in = BinaryReader.of(Hex.decode(hex));
        AccountProperties entry = new AccountPropertiesSerializer().read(in, 1);
        in.requireExhausted("entry");
        return entry;
    }

    @Test
    void writesSiriussLayoutAndReadsItBack() {
        // Act + Assert
        assertEquals(GOLDEN, write(ENTRY));
        assertEquals(ENTRY, read(GOLDEN));
        assertEquals(1, new AccountPropertiesSerializer().version());
    }

    @Test
    void refusesEveryTruncation() {
        for (int cut = 0; cut < GOLDEN.length(); cut += 2) {
            String truncated = GOLDEN.substring(0, cut);
            assertThrows(DecodeException.class, () -> read(truncated), truncated);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "0200000000000000", // two properties
        "FFFFFFFFFFFFFFFF", // a lying property count
        "0300000000000000" + "82", // the mosaic property first
        "0300000000000000" + "81" + "FFFFFFFFFFFF0000", // a lying value count
    })
    void refusesAnythingButTheThreePropertiesInOrder(String afterAddress) {
        // Act + Assert
        String hex = GOLDEN.substring(0, 50) + afterAddress + GOLDEN.substring(50 + afterAddress.length());
        assertThrows(DecodeException.class, () -> read(hex), hex);
    }

    @Test
    void refusesUnorderedValuesAnEmptyAllowingPropertyABadAddressAndAnUnknownVersion() {
        // Arrange
        String twoMosaics = "02" + "0200000000000000" + "E329AD1CBE7FC60D" + "0100000000000000";
        String unordered = GOLDEN.replace("02" + "0100000000000000" + "E329AD1CBE7FC60D", twoMosaics);
        String badAddress = "9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA6" + GOLDEN.substring(50);
        String emptyButAllowing = GOLDEN.substring(0, GOLDEN.length() - 18) + "04" + "0000000000000000";

        // Act + Assert
        assertThrows(DecodeException.class, () -> read(unordered));
        assertThrows(DecodeException.class, () -> read(badAddress));
        assertThrows(DecodeException.class, () -> read(emptyButAllowing));
        assertThrows(DecodeException.class, () -> new AccountPropertiesSerializer().read(
                BinaryReader.of(Hex.decode(GOLDEN)), 2));
        assertEquals(Fixtures.OWNER_ADDRESS, new AddressKeyCodec().decode(new AddressKeyCodec().encode(Fixtures.OWNER_ADDRESS)));
        assertEquals(Fixtures.OWNER_ADDRESS.toHex(), Hex.encode(new AddressKeyCodec().encode(Fixtures.OWNER_ADDRESS)));
    }
}
