package io.sirius.plugin.aggregate.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.crypto.EntityHasher;
import io.sirius.plugin.aggregate.model.AggregateTransactionBody;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AggregateTransactionCodecTest {
    private static final AggregateTransactionCodec V1 = new AggregateTransactionCodec(false);
    private static final AggregateTransactionCodec V2 = new AggregateTransactionCodec(true);

    private static AggregateTransactionCodec codec(String payload) {
        return AggregateTransaction.decode(Hex.decode(payload)).cosignatureSize() == Cosignature.EXTENDED_SIZE ? V2 : V1;
    }

    private static String vector(String name) {
        switch (name) {
            case "COMPLETE_V2_TRANSFER":
                return SdkVectors.COMPLETE_V2_TRANSFER;
            case "COMPLETE_V1_TRANSFER":
                return SdkVectors.COMPLETE_V1_TRANSFER;
            case "COMPLETE_V1_MODIFY":
                return SdkVectors.COMPLETE_V1_MODIFY;
            case "BONDED_V2_TRANSFERS":
                return SdkVectors.BONDED_V2_TRANSFERS;
            default:
                return SdkVectors.BONDED_V1_MODIFY;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "COMPLETE_V2_TRANSFER, 1, 0, 1",
        "COMPLETE_V1_TRANSFER, 1, 0, 3",
        "COMPLETE_V1_MODIFY, 1, 2, 3",
        "BONDED_V2_TRANSFERS, 3, 2, 1",
        "BONDED_V1_MODIFY, 1, 0, 3"})
    void decodesAndReencodesTheSdksAggregatesByteForByte(String name, int transactions, int cosignatures, int version) {
        // Arrange
        String payload = vector(name);
        byte[] body = SdkVectors.body(payload);
        AggregateTransaction whole = AggregateTransaction.decode(Hex.decode(payload));
        AggregateTransactionCodec codec = codec(payload);

        // Act
        BinaryReader reader = BinaryReader.of(body);
        AggregateTransactionBody decoded = codec.decode(reader, version);
        BinaryWriter writer = new BinaryWriter();
        codec.encode(decoded, writer, version);

        // Assert: every byte read, the same content the API's entity decoder sees, the same bytes back
        assertTrue(reader.isExhausted());
        assertEquals(version, whole.header().version().version());
        assertEquals(transactions, decoded.transactions().size());
        assertEquals(cosignatures, decoded.cosignatures().size());
        assertEquals(whole.transactions(), decoded.transactions());
        assertEquals(whole.cosignatures(), decoded.cosignatures());
        assertEquals(whole.payloadSize(), decoded.payloadSize());
        assertArrayEquals(body, writer.toByteArray());
    }

    @Test
    void theVectorsHashesAreOverTheSignedPartOnly() {
        // Act: the hash of the aggregate is what its cosigners sign, cosignatures excluded
        Hash256 modify = EntityHasher.transactionHash(Hex.decode(SdkVectors.COMPLETE_V1_MODIFY), SdkVectors.GENERATION_HASH);
        Hash256 bonded = EntityHasher.transactionHash(Hex.decode(SdkVectors.BONDED_V2_TRANSFERS), SdkVectors.GENERATION_HASH);

        // Assert
        assertEquals(Hash256.fromHex(SdkVectors.COMPLETE_V1_MODIFY_HASH), modify);
        assertEquals(Hash256.fromHex(SdkVectors.BONDED_V2_TRANSFERS_HASH), bonded);
    }

    @Test
    void readsTheCosignersAndTheirSchemes() {
        // Act
        AggregateTransactionBody v1 = V1.decode(BinaryReader.of(SdkVectors.body(SdkVectors.COMPLETE_V1_MODIFY)), 3);
        AggregateTransactionBody v2 = V2.decode(BinaryReader.of(SdkVectors.body(SdkVectors.BONDED_V2_TRANSFERS)), 1);

        // Assert: V1 cosignatures carry no scheme; V2 ones carry the cosigner's
        assertEquals(List.of(SdkVectors.B, SdkVectors.C), v1.cosigners());
        assertEquals(List.of(DerivationScheme.UNSET, DerivationScheme.UNSET),
                v1.cosignatures().stream().map(Cosignature::scheme).toList());
        assertEquals(List.of(SdkVectors.C, SdkVectors.D2), v2.cosigners());
        assertEquals(List.of(DerivationScheme.ED25519_SHA3, DerivationScheme.ED25519_SHA2),
                v2.cosignatures().stream().map(Cosignature::scheme).toList());
        assertEquals(List.of(SdkVectors.A, SdkVectors.C, SdkVectors.D2),
                v2.transactions().stream().map(t -> t.header().signer()).toList());
    }

    @Test
    void refusesEveryTruncationThatIsNotAWholeNumberOfCosignatures() {
        for (String payload : List.of(SdkVectors.COMPLETE_V1_MODIFY, SdkVectors.BONDED_V2_TRANSFERS)) {
            // Arrange
            byte[] body = SdkVectors.body(payload);
            AggregateTransactionCodec codec = codec(payload);
            int payloadEnd = 4 + AggregateTransaction.decode(Hex.decode(payload)).payloadSize();

            for (int length = 0; length < body.length; length++) {
                BinaryReader reader = BinaryReader.of(body, 0, length);
                boolean wholeCosignatures = length >= payloadEnd && (length - payloadEnd) % codec.cosignatureSize() == 0;

                // Act and Assert: cutting off whole cosignatures leaves a shorter, well-formed aggregate
                if (wholeCosignatures) {
                    AggregateTransactionBody decoded = codec.decode(reader, 3);
                    assertEquals((length - payloadEnd) / codec.cosignatureSize(), decoded.cosignatures().size());
                } else {
                    assertThrows(DecodeException.class, () -> codec.decode(reader, 3), "length " + length);
                }
            }
        }
    }

    @ParameterizedTest(name = "payload size {0}")
    @CsvSource({"0x7FFFFFFF", "0x01000000", "0x00000070"})
    void refusesAPayloadSizeBeyondTheBytesPresent(String declared) {
        // Arrange: COMPLETE_V1_TRANSFER's body with a larger PayloadSize
        byte[] body = SdkVectors.body(SdkVectors.COMPLETE_V1_TRANSFER);
        writeI32(body, 0, Integer.decode(declared));

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> V1.decode(BinaryReader.of(body), 3));

        // Assert
        assertTrue(e.getMessage().contains("embedded transactions needs"), e.getMessage());
    }

    @Test
    void refusesAPayloadSizeThatCutsAnEmbeddedTransaction() {
        // Arrange: PayloadSize one byte short of the transfer (0x63 bytes); the byte left over is no cosignature either
        byte[] body = SdkVectors.body(SdkVectors.COMPLETE_V1_TRANSFER);
        writeI32(body, 0, 0x62);

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> V1.decode(BinaryReader.of(body), 3));

        // Assert
        assertTrue(e.getMessage().contains("has size 99"), e.getMessage());
    }

    @ParameterizedTest(name = "embedded size {0}")
    @CsvSource({"0", "4", "41", "0x64", "0xFFFFFFFF"})
    void refusesAnEmbeddedSizeOutsideItsHeaderAndThePayload(String declared) {
        // Arrange: the transfer's Size field (offset 4 of the body) lies
        byte[] body = SdkVectors.body(SdkVectors.COMPLETE_V1_TRANSFER);
        writeI32(body, 4, Long.decode(declared).intValue());

        // Act and Assert
        assertThrows(DecodeException.class, () -> V1.decode(BinaryReader.of(body), 3));
    }

    @Test
    void refusesAPayloadEndingInsideAnEmbeddedSizeField() {
        // Arrange: a two-byte payload
        byte[] body = Hex.decode("02000000" + "0000");

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> V1.decode(BinaryReader.of(body), 3));

        // Assert
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
    }

    @Test
    void refusesAnEmbeddedAggregate() {
        // Arrange: the transfer's type becomes 0x4141
        byte[] body = SdkVectors.body(SdkVectors.COMPLETE_V1_TRANSFER);
        body[4 + 40] = 0x41;
        body[4 + 41] = 0x41;

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> V1.decode(BinaryReader.of(body), 3));

        // Assert
        assertTrue(e.getMessage().contains("cannot be embedded"), e.getMessage());
    }

    @Test
    void refusesCosignaturesOfTheOtherWidth() {
        // Act: a V1 aggregate's 96-byte cosignatures read as 97-byte ones, and the other way round
        byte[] v1 = SdkVectors.body(SdkVectors.COMPLETE_V1_MODIFY);
        byte[] v2 = SdkVectors.body(SdkVectors.BONDED_V2_TRANSFERS);
        DecodeException wider = assertThrows(DecodeException.class, () -> V2.decode(BinaryReader.of(v1), 1));
        DecodeException narrower = assertThrows(DecodeException.class, () -> V1.decode(BinaryReader.of(v2), 3));

        // Assert
        assertTrue(wider.getMessage().contains("97-byte cosignatures"), wider.getMessage());
        assertTrue(narrower.getMessage().contains("96-byte cosignatures"), narrower.getMessage());
    }

    @Test
    void refusesAnUnknownCosignatureScheme() {
        // Arrange: the first cosignature's scheme byte becomes 3
        byte[] body = SdkVectors.body(SdkVectors.BONDED_V2_TRANSFERS);
        int firstCosignature = 4 + 0xE7;
        assertEquals(1, body[firstCosignature]);
        body[firstCosignature] = 3;

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> V2.decode(BinaryReader.of(body), 1));

        // Assert
        assertTrue(e.getMessage().contains("derivation scheme 3"), e.getMessage());
    }

    @Test
    void anEmptyAggregateDecodesForTheValidatorsToRefuse() {
        // Act
        AggregateTransactionBody empty = V1.decode(BinaryReader.of(Hex.decode("00000000")), 3);

        // Assert
        assertEquals(new AggregateTransactionBody(List.of(), List.of()), empty);
    }

    private static void writeI32(byte[] bytes, int offset, int value) {
        byte[] le = new BinaryWriter().writeI32(value).toByteArray();
        System.arraycopy(le, 0, bytes, offset, 4);
        assertEquals(4, Arrays.copyOfRange(bytes, offset, offset + 4).length);
    }
}
