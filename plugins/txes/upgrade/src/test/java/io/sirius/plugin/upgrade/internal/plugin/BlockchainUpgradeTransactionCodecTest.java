package io.sirius.plugin.upgrade.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hex;
import io.sirius.plugin.upgrade.model.BlockchainUpgradeTransaction;
import io.sirius.plugin.upgrade.model.BlockchainVersion;
import org.junit.jupiter.api.Test;

class BlockchainUpgradeTransactionCodecTest {
    /**
     * The body (bytes 122 on) the TypeScript SDK's ChainUpgradeTransaction test expects for upgrade period
     * 0x1234567812345678 and version 0xABCDEFABCDEFABCD.
     */
    static final String SDK_BODY = "7856341278563412" + "CDABEFCDABEFCDAB";

    private final BlockchainUpgradeTransactionCodec codec = new BlockchainUpgradeTransactionCodec();

    @Test
    void decodesAndReencodesTheSdkBodyByteForByte() {
        // Arrange
        BinaryReader reader = BinaryReader.of(Hex.decode(SDK_BODY));

        // Act
        BlockchainUpgradeTransaction transaction = codec.decode(reader, 1);
        BinaryWriter writer = new BinaryWriter();
        codec.encode(transaction, writer, 1);

        // Assert
        assertTrue(reader.isExhausted());
        assertEquals(new BlockDuration(0x1234567812345678L), transaction.upgradePeriod());
        assertEquals(new BlockchainVersion(0xABCDEFABCDEFABCDL), transaction.newBlockchainVersion());
        assertEquals(SDK_BODY, Hex.encode(writer.toByteArray()));
    }

    @Test
    void writesAVersionAsItsFourParts() {
        // Arrange
        BlockchainUpgradeTransaction transaction = new BlockchainUpgradeTransaction(new BlockDuration(360),
                BlockchainVersion.of(1, 9, 6, 2));
        BinaryWriter writer = new BinaryWriter();

        // Act
        codec.encode(transaction, writer, 1);

        // Assert
        assertEquals("6801000000000000" + "0200060009000100", Hex.encode(writer.toByteArray()));
        assertEquals(transaction, codec.decode(BinaryReader.of(writer.toByteArray()), 1));
    }

    @Test
    void rejectsTruncatedInputAtEveryLength() {
        // Arrange
        byte[] body = Hex.decode(SDK_BODY);

        // Act and Assert
        for (int length = 0; length < body.length; length++) {
            BinaryReader reader = BinaryReader.of(body, 0, length);
            DecodeException e = assertThrows(DecodeException.class, () -> codec.decode(reader, 1), "length " + length);
            assertTrue(e.getMessage().contains(length < 8 ? "UpgradePeriod" : "NewBlockchainVersion"), e.getMessage());
        }
    }

    @Test
    void leavesTrailingBytesUnreadForTheKernelToReject() {
        // Arrange
        BinaryReader reader = BinaryReader.of(Hex.decode(SDK_BODY + "0000"));

        // Act
        codec.decode(reader, 1);

        // Assert
        assertEquals(2, reader.remaining());
    }

    @Test
    void knowsOnlyVersionOne() {
        // Act
        DecodeException decode = assertThrows(DecodeException.class, () -> codec.decode(BinaryReader.of(Hex.decode(SDK_BODY)), 2));
        DecodeException encode = assertThrows(DecodeException.class, () -> codec.encode(
                new BlockchainUpgradeTransaction(new BlockDuration(1), new BlockchainVersion(1)), new BinaryWriter(), 0));

        // Assert
        assertTrue(decode.getMessage().contains("version 2"), decode.getMessage());
        assertTrue(encode.getMessage().contains("version 0"), encode.getMessage());
    }
}
