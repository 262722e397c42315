package io.sirius.plugin.config.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Hex;
import io.sirius.plugin.config.model.NetworkConfigTransaction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NetworkConfigTransactionCodecTest {
    /**
     * The body (bytes 122 on) the TypeScript SDK's ChainConfigTransaction test expects: delta 0x1234567812345678,
     * config "some blockchain config" (22 bytes), supported entities "some supported entity versions" (30 bytes).
     */
    static final String SDK_BODY = "7856341278563412" + "1600" + "1E00"
            + "736F6D6520626C6F636B636861696E20636F6E666967"
            + "736F6D6520737570706F7274656420656E746974792076657273696F6E73";

    private final NetworkConfigTransactionCodec codec = new NetworkConfigTransactionCodec();

    private static byte[] encode(NetworkConfigTransactionCodec codec, NetworkConfigTransaction transaction) {
        BinaryWriter writer = new BinaryWriter();
        codec.encode(transaction, writer, 1);
        return writer.toByteArray();
    }

    @Test
    void decodesAndReencodesTheSdkBodyByteForByte() {
        // Arrange
        byte[] body = Hex.decode(SDK_BODY);

        // Act
        BinaryReader reader = BinaryReader.of(body);
        NetworkConfigTransaction transaction = codec.decode(reader, 1);

        // Assert
        assertTrue(reader.isExhausted());
        assertEquals(new BlockDuration(0x1234567812345678L), transaction.applyHeightDelta());
        assertEquals("some blockchain config", new String(transaction.blockChainConfig(), StandardCharsets.UTF_8));
        assertEquals("some supported entity versions",
                new String(transaction.supportedEntityVersions(), StandardCharsets.UTF_8));
        assertArrayEquals(body, encode(codec, transaction));
    }

    @Test
    void writesTheLayoutOfTheSpecification() {
        // Arrange: a uint64 delta with the top bit set, and texts of 1 and 0 bytes
        NetworkConfigTransaction transaction = new NetworkConfigTransaction(new BlockDuration(-2), new byte[] {'x'}, new byte[0]);

        // Act
        byte[] body = encode(codec, transaction);

        // Assert
        assertEquals("FEFFFFFFFFFFFFFF" + "0100" + "0000" + "78", Hex.encode(body));
        assertEquals(transaction, codec.decode(BinaryReader.of(body), 1));
    }

    @Test
    void roundTripsTextsOfTheLargestSize() {
        // Arrange: both texts 65535 bytes, as large as the size fields allow
        byte[] config = new byte[0xFFFF];
        byte[] entities = new byte[0xFFFF];
        java.util.Arrays.fill(config, (byte) 'c');
        java.util.Arrays.fill(entities, (byte) 'e');
        NetworkConfigTransaction transaction = new NetworkConfigTransaction(new BlockDuration(7), config, entities);

        // Act
        byte[] body = encode(codec, transaction);
        BinaryReader reader = BinaryReader.of(body);
        NetworkConfigTransaction decoded = codec.decode(reader, 1);

        // Assert
        assertEquals(12 + 2 * 0xFFFF, body.length);
        assertEquals("0700000000000000FFFFFFFF", Hex.encode(java.util.Arrays.copyOf(body, 12)));
        assertEquals(transaction, decoded);
        assertTrue(reader.isExhausted());
    }

    @Test
    void rejectsTruncatedInputAtEveryLength() {
        // Arrange
        byte[] body = Hex.decode(SDK_BODY);

        // Act and Assert
        for (int length = 0; length < body.length; length++) {
            BinaryReader reader = BinaryReader.of(body, 0, length);
            assertThrows(DecodeException.class, () -> codec.decode(reader, 1), "length " + length);
        }
    }

    @Test
    void rejectsSizesThatLieBeforeAllocating() {
        // Arrange: the config claims 65535 bytes, the entities 65535 bytes, and 3 bytes follow
        byte[] configLies = Hex.decode("0100000000000000" + "FFFF" + "0000" + "616263");
        byte[] entitiesLie = Hex.decode("0100000000000000" + "0100" + "FFFF" + "616263");

        // Act
        DecodeException config = assertThrows(DecodeException.class, () -> codec.decode(BinaryReader.of(configLies), 1));
        DecodeException entities = assertThrows(DecodeException.class, () -> codec.decode(BinaryReader.of(entitiesLie), 1));

        // Assert
        assertTrue(config.getMessage().contains("BlockChainConfig needs 65535 bytes"), config.getMessage());
        assertTrue(entities.getMessage().contains("SupportedEntityVersions needs 65535 bytes"), entities.getMessage());
    }

    @Test
    void leavesTrailingBytesUnreadForTheKernelToReject() {
        // Arrange
        byte[] body = Hex.decode(SDK_BODY + "00");

        // Act
        BinaryReader reader = BinaryReader.of(body);
        codec.decode(reader, 1);

        // Assert
        assertEquals(1, reader.remaining());
    }

    @Test
    void knowsOnlyVersionOne() {
        // Arrange
        NetworkConfigTransaction transaction = new NetworkConfigTransaction(new BlockDuration(1), new byte[0], new byte[0]);

        // Act
        DecodeException decode = assertThrows(DecodeException.class,
                () -> codec.decode(BinaryReader.of(Hex.decode(SDK_BODY)), 2));
        DecodeException encode = assertThrows(DecodeException.class, () -> codec.encode(transaction, new BinaryWriter(), 2));

        // Assert
        assertTrue(decode.getMessage().contains("version 2"), decode.getMessage());
        assertTrue(encode.getMessage().contains("version 2"), encode.getMessage());
    }

    @Test
    void aBodyCannotHoldATextLongerThanItsSizeField() {
        // Act
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NetworkConfigTransaction(new BlockDuration(1), new byte[0x10000], new byte[0]));

        // Assert
        assertTrue(e.getMessage().contains("65535"), e.getMessage());
    }
}
