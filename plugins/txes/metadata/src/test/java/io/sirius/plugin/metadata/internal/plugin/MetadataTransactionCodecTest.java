package io.sirius.plugin.metadata.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hex;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataForm;
import io.sirius.plugin.metadata.model.MetadataTransaction;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataTransactionCodecTest {
    private static final String TARGET = "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF";
    /** The scoped key of "name", little endian. */
    private static final String NAME = "859CBD19B98E068F";

    /**
     * Account_Metadata_v2 as tsjs-xpx-chain-sdk 0.10.4 signs it ({@code AccountMetadataTransaction.create}, key "name",
     * "hi" to "hello", mijin-test, deadline 1000, max fee 0).
     */
    static final String SDK_ACCOUNT = "AB0000008B541FA92DA36F8770FD30FE77EF3F78294DEDB99FBC0F60E78862953147AA341FE557E1F86EA6"
            + "73AFBEE18F7436BC5AC745957A88A54CCF1D3FF03FCAC7C60E6BE33A7E2E1E761D87A4D01581BA4029EA38971D84DE4E5DCDFD7A64C66F48"
            + "06010001903F410000000000000000E803000000000000" + TARGET + NAME + "0300" + "0500" + "000C6C6C6F";
    /** Mosaic_Metadata_v2 from the SDK: mosaic 0DC67FBE1CAD29E3, "abcd" to "ab". */
    static final String SDK_MOSAIC = "B20000008F03B49F2F6AF614DDA30D52E80045EB0274D2DADD9B177463BA2C714E4BDBCAA24B0D347AD886"
            + "3668DA18C9A6D78FEF2E907F66177C62FADD704EE1962B670E6BE33A7E2E1E761D87A4D01581BA4029EA38971D84DE4E5DCDFD7A64C66F48"
            + "06010001903F420000000000000000E803000000000000" + TARGET + NAME + "E329AD1CBE7FC60D" + "FEFF" + "0400"
            + "00006364";
    /** Namespace_Metadata_v2 from the SDK: namespace 80000000000029E3, "" to "x". */
    static final String SDK_NAMESPACE = "AF000000DB871852E2BA564C2555BEB8BCCD1665E371F4E1AC6894BB92501F352E57C4202BED65E3BF0EEF"
            + "B270380D19702BF82DB40A9A6E027790543C03A291C1388E0B6BE33A7E2E1E761D87A4D01581BA4029EA38971D84DE4E5DCDFD7A64C66F48"
            + "06010001903F430000000000000000E803000000000000" + TARGET + NAME + "E329000000000080" + "0100" + "0100" + "78";

    private static byte[] body(String payload) {
        byte[] bytes = Hex.decode(payload);
        return Arrays.copyOfRange(bytes, 122, bytes.length);
    }

    private static MetadataTransaction decode(MetadataForm form, String hex) {
        BinaryReader reader = BinaryReader.of(Hex.decode(hex));
        MetadataTransaction transaction = new MetadataTransactionCodec(form).decode(reader, 1);
        assertTrue(reader.isExhausted());
        return transaction;
    }

    private static String encode(MetadataForm form, MetadataTransaction transaction) {
        BinaryWriter writer = new BinaryWriter();
        new MetadataTransactionCodec(form).encode(transaction, writer, 1);
        return Hex.encode(writer.toByteArray());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ACCOUNT, 0x413F", "MOSAIC, 0x423F", "NAMESPACE, 0x433F"})
    void theSdkWritesTheTypeAndVersionThisPluginDeclares(MetadataForm form, String type) {
        // Arrange
        byte[] payload = Hex.decode(switch (form) {
            case ACCOUNT -> SDK_ACCOUNT;
            case MOSAIC -> SDK_MOSAIC;
            default -> SDK_NAMESPACE;
        });

        // Act
        int size = BinaryReader.of(payload, 0, 4).readI32("Size");
        int version = BinaryReader.of(payload, 100, 4).readI32("Version");
        int entityType = BinaryReader.of(payload, 104, 2).readU16("Type");

        // Assert
        assertEquals(payload.length, size);
        assertEquals(1, version & 0xFFFF);
        assertEquals(Integer.parseInt(type.substring(2), 16), entityType);
        assertEquals(form.type().value(), entityType);
    }

    @Test
    void decodesAndReencodesTheSdkAccountMetadata() {
        // Arrange
        String body = Hex.encode(body(SDK_ACCOUNT));

        // Act
        MetadataTransaction transaction = decode(MetadataForm.ACCOUNT, body);

        // Assert: "hello" XOR "hi\0\0\0"
        assertEquals(new MetadataTransaction(Fixtures.TARGET, Fixtures.NAME_KEY, 0, 3, Hex.decode("000C6C6C6F"), false),
                transaction);
        assertEquals(body, encode(MetadataForm.ACCOUNT, transaction));
    }

    @Test
    void decodesAndReencodesTheSdkMosaicMetadataWithANegativeDelta() {
        // Arrange
        String body = Hex.encode(body(SDK_MOSAIC));

        // Act
        MetadataTransaction transaction = decode(MetadataForm.MOSAIC, body);

        // Assert
        assertEquals(new MetadataTransaction(Fixtures.TARGET, Fixtures.NAME_KEY, Fixtures.MOSAIC, -2, Hex.decode("00006364"),
                false), transaction);
        assertEquals(body, encode(MetadataForm.MOSAIC, transaction));
    }

    @Test
    void decodesAndReencodesTheSdkNamespaceMetadata() {
        // Arrange
        String body = Hex.encode(body(SDK_NAMESPACE));

        // Act
        MetadataTransaction transaction = decode(MetadataForm.NAMESPACE, body);

        // Assert
        assertEquals(new MetadataTransaction(Fixtures.TARGET, Fixtures.NAME_KEY, Fixtures.NAMESPACE, 1, Hex.decode("78"), false),
                transaction);
        assertEquals(body, encode(MetadataForm.NAMESPACE, transaction));
    }

    /** The extended forms, laid out from Sirius's ExtendedMetadataTransactionBody (the SDK does not build them). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ACCOUNT_EXTENDED, '', 01",
        "MOSAIC_EXTENDED, E329AD1CBE7FC60D, 01",
        "NAMESPACE_EXTENDED, E329000000000080, 00"})
    void putsTheFlagAfterTheTargetAndBeforeTheSizes(MetadataForm form, String targetId, String flag) {
        // Arrange
        String body = TARGET + NAME + targetId + flag + "FBFF" + "0500" + "68656C6C6F";
        long id = targetId.isEmpty() ? 0 : Long.reverseBytes(Long.parseUnsignedLong(targetId, 16));

        // Act
        MetadataTransaction transaction = decode(form, body);

        // Assert
        assertEquals(new MetadataTransaction(Fixtures.TARGET, Fixtures.NAME_KEY, id, -5, Fixtures.bytes("hello"),
                flag.equals("01")), transaction);
        assertEquals(body, encode(form, transaction));
    }

    @ParameterizedTest(name = "flag {0}")
    @ValueSource(strings = {"02", "FF"})
    void refusesAFlagThatIsNotZeroOrOne(String flag) {
        // Arrange
        String body = TARGET + NAME + flag + "0100" + "0100" + "78";

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> decode(MetadataForm.ACCOUNT_EXTENDED, body));

        // Assert
        assertTrue(e.getMessage().contains("IsValueImmutable"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MetadataForm.class)
    void rejectsTruncatedInputAtEveryLength(MetadataForm form) {
        // Arrange: a body of this form with a 3-byte value
        MetadataTransaction transaction = new MetadataTransaction(Fixtures.TARGET, Fixtures.NAME_KEY,
                form.hasTargetId() ? Fixtures.MOSAIC : 0, 3, Fixtures.bytes("abc"), form.extended());
        byte[] body = Hex.decode(encode(form, transaction));
        MetadataTransactionCodec codec = new MetadataTransactionCodec(form);

        // Act and Assert
        for (int length = 0; length < body.length; length++) {
            BinaryReader reader = BinaryReader.of(body, 0, length);
            assertThrows(DecodeException.class, () -> codec.decode(reader, 1), form + " length " + length);
        }
        assertEquals(transaction, codec.decode(BinaryReader.of(body), 1));
    }

    @Test
    void refusesAValueSizeLargerThanWhatRemains() {
        // Arrange: ValueSize says 65535, five bytes follow
        String body = TARGET + NAME + "0500" + "FFFF" + "68656C6C6F";

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> decode(MetadataForm.ACCOUNT, body));

        // Assert
        assertTrue(e.getMessage().contains("Value") && e.getMessage().contains("65535"), e.getMessage());
    }

    @Test
    void leavesBytesBeyondTheValueUnreadForTheKernelToReject() {
        // Arrange: ValueSize says 2, five bytes follow
        BinaryReader reader = BinaryReader.of(Hex.decode(TARGET + NAME + "0200" + "0200" + "68656C6C6F"));

        // Act
        MetadataTransaction transaction = new MetadataTransactionCodec(MetadataForm.ACCOUNT).decode(reader, 1);

        // Assert
        assertArrayEquals(Fixtures.bytes("he"), transaction.value());
        assertEquals(3, reader.remaining());
    }

    @Test
    void readsTheDeltaAsSignedAndAnEmptyValue() {
        // Act
        MetadataTransaction largest = decode(MetadataForm.ACCOUNT, TARGET + NAME + "FF7F" + "0000");
        MetadataTransaction smallest = decode(MetadataForm.ACCOUNT, TARGET + NAME + "0080" + "0000");

        // Assert
        assertEquals(Short.MAX_VALUE, largest.valueSizeDelta());
        assertEquals(Short.MIN_VALUE, smallest.valueSizeDelta());
        assertEquals(0, smallest.valueSize());
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(ints = {0, 2})
    void knowsOnlyVersionOne(int version) {
        // Arrange
        MetadataTransactionCodec codec = new MetadataTransactionCodec(MetadataForm.ACCOUNT);
        MetadataTransaction transaction = new MetadataTransaction(Fixtures.TARGET, 1, 0, 1, new byte[1], false);

        // Act
        DecodeException decode = assertThrows(DecodeException.class,
                () -> codec.decode(BinaryReader.of(body(SDK_ACCOUNT)), version));
        DecodeException encode = assertThrows(DecodeException.class, () -> codec.encode(transaction, new BinaryWriter(), version));

        // Assert
        assertTrue(decode.getMessage().contains("Account_Metadata_v2 version " + version), decode.getMessage());
        assertTrue(encode.getMessage().contains("version " + version), encode.getMessage());
    }

    @Test
    void refusesToWriteWhatTheFormCannotCarry() {
        // Arrange
        MetadataTransaction withId = new MetadataTransaction(Fixtures.TARGET, 1, 5, 1, new byte[1], false);
        MetadataTransaction flagged = new MetadataTransaction(Fixtures.TARGET, 1, 0, 1, new byte[1], true);

        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> encode(MetadataForm.ACCOUNT, withId));
        assertThrows(IllegalArgumentException.class, () -> encode(MetadataForm.ACCOUNT_EXTENDED, withId));
        assertThrows(IllegalArgumentException.class, () -> encode(MetadataForm.MOSAIC, flagged));
    }
}
