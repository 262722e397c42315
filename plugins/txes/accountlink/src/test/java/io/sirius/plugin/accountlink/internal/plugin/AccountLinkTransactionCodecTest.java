package io.sirius.plugin.accountlink.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Hex;
import io.sirius.plugin.accountlink.internal.Fixtures;
import io.sirius.plugin.accountlink.model.AccountLinkAction;
import io.sirius.plugin.accountlink.model.AccountLinkTransaction;
import io.sirius.plugin.accountlink.model.AccountLinkTypes;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountLinkTransactionCodecTest {
    /**
     * A whole Account_Link (link) as tsjs-xpx-chain-sdk 0.10.4 signs it: {@code AccountLinkTransaction.create} on
     * mijin-test, remote {@link Fixtures#REMOTE}, deadline 1000, max fee 0, signed by {@link Fixtures#MAIN}'s account.
     */
    static final String SDK_LINK = "9B0000001325593F3D1F95C8AEA8AB961FBCEC9257ABA7799F553ABDDBDA24502115392F4E46275C928CEFF6"
            + "35CB83C9B4D5EAA19D18B1510131B604CEC82CFC21B229006BE33A7E2E1E761D87A4D01581BA4029EA38971D84DE4E5DCDFD7A64C66F48"
            + "06020001904C410000000000000000E803000000000000B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423D"
            + "CF00";
    /** The same with {@code LinkAction.Unlink}: only the last byte (and the signature) differ. */
    static final String SDK_UNLINK_BODY = "B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF01";

    private final AccountLinkTransactionCodec codec = new AccountLinkTransactionCodec();

    private static byte[] body(String payload) {
        byte[] bytes = Hex.decode(payload);
        return Arrays.copyOfRange(bytes, 122, bytes.length);
    }

    @Test
    void theSdkWritesTheTypeAndVersionThisPluginDeclares() {
        // Arrange
        byte[] payload = Hex.decode(SDK_LINK);

        // Act
        int size = BinaryReader.of(payload, 0, 4).readI32("Size");
        int version = BinaryReader.of(payload, 100, 4).readI32("Version");
        int type = BinaryReader.of(payload, 104, 2).readU16("Type");

        // Assert
        assertEquals(payload.length, size);
        assertEquals(AccountLinkTypes.ACCOUNT_LINK_VERSION, version & 0xFFFF);
        assertEquals(0x90, version >>> 24);
        assertEquals(AccountLinkTypes.ACCOUNT_LINK.value(), type);
    }

    @Test
    void decodesAndReencodesTheSdkLinkByteForByte() {
        // Arrange
        byte[] body = body(SDK_LINK);
        BinaryReader reader = BinaryReader.of(body);

        // Act
        AccountLinkTransaction transaction = codec.decode(reader, 2);
        BinaryWriter writer = new BinaryWriter();
        codec.encode(transaction, writer, 2);

        // Assert
        assertTrue(reader.isExhausted());
        assertEquals(AccountLinkTransaction.of(Fixtures.REMOTE, AccountLinkAction.LINK), transaction);
        assertEquals(Hex.encode(body), Hex.encode(writer.toByteArray()));
        assertEquals(33, writer.size());
    }

    @Test
    void decodesTheSdkUnlink() {
        // Act
        AccountLinkTransaction transaction = codec.decode(BinaryReader.of(Hex.decode(SDK_UNLINK_BODY)), 2);

        // Assert
        assertEquals(AccountLinkTransaction.of(Fixtures.REMOTE, AccountLinkAction.UNLINK), transaction);
    }

    @ParameterizedTest(name = "action byte {0}")
    @ValueSource(ints = {2, 0x7F, 0x80, 0xFF})
    void decodesAnyActionByteForTheValidatorToJudge(int action) {
        // Arrange
        byte[] body = Hex.decode(SDK_UNLINK_BODY);
        body[32] = (byte) action;

        // Act
        AccountLinkTransaction transaction = codec.decode(BinaryReader.of(body), 2);
        BinaryWriter writer = new BinaryWriter();
        codec.encode(transaction, writer, 2);

        // Assert
        assertEquals(action, transaction.linkAction());
        assertTrue(transaction.action().isEmpty());
        assertEquals(Hex.encode(body), Hex.encode(writer.toByteArray()));
    }

    @Test
    void rejectsTruncatedInputAtEveryLength() {
        // Arrange
        byte[] body = Hex.decode(SDK_UNLINK_BODY);

        // Act and Assert
        for (int length = 0; length < body.length; length++) {
            BinaryReader reader = BinaryReader.of(body, 0, length);
            DecodeException e = assertThrows(DecodeException.class, () -> codec.decode(reader, 2), "length " + length);
            assertTrue(e.getMessage().contains(length < 32 ? "RemoteAccountKey" : "LinkAction"), e.getMessage());
        }
    }

    @Test
    void leavesTrailingBytesUnreadForTheKernelToReject() {
        // Arrange
        BinaryReader reader = BinaryReader.of(Hex.decode(SDK_UNLINK_BODY + "00"));

        // Act
        codec.decode(reader, 2);

        // Assert
        assertEquals(1, reader.remaining());
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(ints = {0, 1, 3})
    void knowsOnlyVersionTwo(int version) {
        // Arrange
        AccountLinkTransaction transaction = AccountLinkTransaction.of(Fixtures.REMOTE, AccountLinkAction.LINK);

        // Act
        DecodeException decode = assertThrows(DecodeException.class,
                () -> codec.decode(BinaryReader.of(Hex.decode(SDK_UNLINK_BODY)), version));
        DecodeException encode = assertThrows(DecodeException.class, () -> codec.encode(transaction, new BinaryWriter(), version));

        // Assert
        assertTrue(decode.getMessage().contains("version " + version), decode.getMessage());
        assertTrue(encode.getMessage().contains("version " + version), encode.getMessage());
    }
}
