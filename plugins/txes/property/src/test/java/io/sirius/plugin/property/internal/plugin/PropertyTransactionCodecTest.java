package io.sirius.plugin.property.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hex;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.property.model.AddressPropertyTransaction;
import io.sirius.plugin.property.model.MosaicPropertyTransaction;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.property.model.PropertyTransaction;
import io.sirius.plugin.property.model.TransactionTypePropertyTransaction;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyTransactionCodecTest {
    private static final String HEADER = "87F87AD6898E8208EF5B8A2BA5FD2566CB62C116F3480C6D6EA1E45E4C3D6E69" + "01000190";
    /**
     * Address_Property as tsjs-xpx-chain-sdk 0.10.4 signs it
     * ({@code AccountRestrictionTransaction.createAddressRestrictionModificationTransaction}, BlockAddress, add
     * SARNASAS2BIAB6LMFA3FPMGBPGIJGK6IJETM3ZSP, remove the signer's own address; mijin-test, deadline 1000, max fee 0).
     */
    static final String SDK_ADDRESS = "B0000000A93B70EC7ED1EA54E5574A38DD075A3EE41E3423F12464EF6B70A2FCAE5E39A9610E1D8AB78D"
            + "498D816C128EA3861F9DCC388D61CC478C7BEF375BCF32898A05" + HEADER + "5041" + "0000000000000000E803000000000000"
            + "8102" + "00" + "9022D04812D05000F96C283657B0C17990932BC84926CDE64F"
            + "01" + "9034AAD2F65B9BC0CDC715CA0CE38BFCB6712A19A93D58ADA5";
    /**
     * Mosaic_Property from the SDK (AllowMosaic, add 0DC67FBE1CAD29E3, remove 1122334455667788). The SDK's payload has
     * 24 stray bytes after the 142 its Size field counts (a flatbuffers leftover of its mosaic restriction builder, so a
     * node refuses what the SDK signs); these are the 142.
     */
    static final String SDK_MOSAIC = "8E000000CEE198FDBA845E7555F69C63BFA0F51AC04EAB1B7B4753BDA8A911C0F05C6D71CF9697CE3806"
            + "02D7E3821176BC4C527C93C7E6243AC36AA0D75792F60DF0320D" + HEADER + "5042" + "0000000000000000E803000000000000"
            + "0202" + "00" + "E329AD1CBE7FC60D" + "01" + "8877665544332211";
    /** Transaction_Type_Property from the SDK (BlockTransaction, add Transfer 0x4154, remove Secret_Lock 0x4152). */
    static final String SDK_TRANSACTION_TYPE = "82000000F1F82EC5982E16B3689D5120A474F9641B1F36E217FD9759CB31B7667600DCE2723D"
            + "9AD2E58101707251713BA4BB267FC8D54E63E6F63DB4C98BD5B55DF0B00A" + HEADER + "5043"
            + "0000000000000000E803000000000000" + "8402" + "00" + "5441" + "01" + "5241";

    private static byte[] body(String payload) {
        byte[] bytes = Hex.decode(payload);
        assertEquals(bytes.length, BinaryReader.of(bytes, 0, 4).readI32("Size"));
        assertEquals(1, BinaryReader.of(bytes, 100, 4).readI32("Version") & 0xFFFF);
        return Arrays.copyOfRange(bytes, 122, bytes.length);
    }

    private static <V, T extends PropertyTransaction<V>> T decode(ValueKind<V, T, ?, ?> kind, byte[] body) {
        BinaryReader reader = BinaryReader.of(body);
        T transaction = new PropertyTransactionCodec<>(kind).decode(reader, 1);
        reader.requireExhausted("body");
        return transaction;
    }

    private static <V, T extends PropertyTransaction<V>> byte[] encode(ValueKind<V, T, ?, ?> kind, T transaction) {
        BinaryWriter out = new BinaryWriter();
        new PropertyTransactionCodec<>(kind).encode(transaction, out, 1);
        return out.toByteArray();
    }

    @Test
    void readsTheSdksAddressPropertyAndWritesTheSameBytes() {
        // Arrange
        byte[] body = body(SDK_ADDRESS);

        // Act
        AddressPropertyTransaction transaction = decode(ValueKind.ADDRESS, body);

        // Assert
        assertEquals(0x4150, BinaryReader.of(Hex.decode(SDK_ADDRESS), 104, 2).readU16("Type"));
        assertEquals(new AddressPropertyTransaction(0x81, List.of(
                new PropertyModification<>(0, Fixtures.OTHER_ADDRESS.toUnresolved()),
                new PropertyModification<>(1, Fixtures.OWNER_ADDRESS.toUnresolved()))), transaction);
        assertArrayEquals(body, encode(ValueKind.ADDRESS, transaction));
    }

    @Test
    void readsTheSdksMosaicPropertyAndWritesTheSameBytes() {
        // Arrange
        byte[] body = body(SDK_MOSAIC);

        // Act
        MosaicPropertyTransaction transaction = decode(ValueKind.MOSAIC, body);

        // Assert
        assertEquals(0x4250, BinaryReader.of(Hex.decode(SDK_MOSAIC), 104, 2).readU16("Type"));
        assertEquals(new MosaicPropertyTransaction(0x02, List.of(
                new PropertyModification<>(0, new UnresolvedMosaicId(0x0DC67FBE1CAD29E3L)),
                new PropertyModification<>(1, new UnresolvedMosaicId(0x1122334455667788L)))), transaction);
        assertArrayEquals(body, encode(ValueKind.MOSAIC, transaction));
    }

    @Test
    void readsTheSdksTransactionTypePropertyAndWritesTheSameBytes() {
        // Arrange
        byte[] body = body(SDK_TRANSACTION_TYPE);

        // Act
        TransactionTypePropertyTransaction transaction = decode(ValueKind.TRANSACTION_TYPE, body);

        // Assert
        assertEquals(0x4350, BinaryReader.of(Hex.decode(SDK_TRANSACTION_TYPE), 104, 2).readU16("Type"));
        assertEquals(new TransactionTypePropertyTransaction(0x84, List.of(
                new PropertyModification<>(0, new EntityType(0x4154)),
                new PropertyModification<>(1, new EntityType(0x4152)))), transaction);
        assertArrayEquals(body, encode(ValueKind.TRANSACTION_TYPE, transaction));
    }

    @Test
    void keepsUnknownTypeBytesForTheValidatorsAndReadsNoModifications() {
        // Act
        var transaction = decode(ValueKind.TRANSACTION_TYPE, Hex.decode("FF01" + "07" + "FFFF"));

        // Assert
        assertEquals(0xFF, transaction.propertyType());
        assertEquals(List.of(new PropertyModification<>(7, new EntityType(0xFFFF))), transaction.modifications());
        assertEquals(List.of(), decode(ValueKind.ADDRESS, Hex.decode("0100")).modifications());
    }

    @Test
    void refusesEveryTruncationAndACountThatLies() {
        // Arrange
        byte[][] bodies = {body(SDK_ADDRESS), body(SDK_MOSAIC), body(SDK_TRANSACTION_TYPE)};
        ValueKind<?, ?, ?, ?>[] kinds = {ValueKind.ADDRESS, ValueKind.MOSAIC, ValueKind.TRANSACTION_TYPE};

        // Act + Assert
        for (int k = 0; k < bodies.length; k++) {
            ValueKind<?, ?, ?, ?> kind = kinds[k];
            for (int size = 0; size < bodies[k].length; size++) {
                byte[] truncated = Arrays.copyOf(bodies[k], size);
                assertThrows(DecodeException.class, () -> decode(kind, truncated), kind.name() + " size " + size);
            }
            byte[] more = bodies[k].clone();
            more[1] = 3;
            byte[] fewer = bodies[k].clone();
            fewer[1] = 1;
            byte[] lots = bodies[k].clone();
            lots[1] = (byte) 0xFF;
            assertThrows(DecodeException.class, () -> decode(kind, more), kind.name());
            assertThrows(DecodeException.class, () -> decode(kind, fewer), kind.name());
            assertThrows(DecodeException.class, () -> decode(kind, lots), kind.name());
        }
        assertEquals(UnresolvedAddress.SIZE, ValueKind.ADDRESS.size());
    }
}
