package io.sirius.api.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateTransactionTest {
    private static final Cosignature COSIGNATURE = new Cosignature(DerivationScheme.ED25519_SHA2,
            PublicKey.fromHex("ED4928C628D1C2C6EAE90338905995612959273A5C63F93636C14614AC8737D1"),
            Signature.fromHex("CD".repeat(64)));

    @Test
    void decodesTheSdkAggregateAndEncodesItBack() {
        // Arrange
        byte[] payload = Golden.aggregateV2();
        // Act
        AggregateTransaction aggregate = AggregateTransaction.decode(payload);
        // Assert
        assertEquals(EntityTypes.AGGREGATE_COMPLETE_V2, aggregate.header().type());
        assertEquals(1, aggregate.transactions().size());
        assertEquals(99, aggregate.payloadSize());
        assertEquals(payload.length, aggregate.signedLength());
        assertEquals(Cosignature.EXTENDED_SIZE, aggregate.cosignatureSize());
        assertArrayEquals(payload, aggregate.encode());
    }

    @Test
    void v2AggregatesCarry97ByteCosignaturesAndV1Aggregates96() {
        // Arrange
        AggregateTransaction v2 = AggregateTransaction.decode(Golden.aggregateV2());
        AggregateTransaction v1 = AggregateTransaction.decode(Golden.aggregateV1());
        // Act
        byte[] v2Bytes = v2.withCosignatures(List.of(COSIGNATURE, COSIGNATURE)).encode();
        byte[] v1Bytes = v1.withCosignatures(List.of(COSIGNATURE)).encode();
        // Assert
        assertEquals(225 + 2 * 97, v2Bytes.length);
        assertEquals(2, v2Bytes[225]);
        assertEquals(COSIGNATURE, AggregateTransaction.decode(v2Bytes).cosignatures().get(1));
        assertEquals(225 + 96, v1Bytes.length);
        Cosignature v1Cosignature = AggregateTransaction.decode(v1Bytes).cosignatures().get(0);
        assertEquals(DerivationScheme.UNSET, v1Cosignature.scheme());
        assertEquals(COSIGNATURE.signer(), v1Cosignature.signer());
        assertArrayEquals(v2Bytes, AggregateTransaction.decode(v2Bytes).encode());
    }

    @Test
    void aPayloadSizeLargerThanTheBytesIsRefusedBeforeAnyAllocation() {
        // Arrange
        byte[] payload = Golden.aggregateV2();
        Golden.putI32(payload, AggregateTransaction.PAYLOAD_SIZE_OFFSET, 0x7FFFFFF0);
        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> AggregateTransaction.decode(payload));
        // Assert
        assertTrue(e.getMessage().contains("aggregate payload size"), e.getMessage());
    }

    @Test
    void anInnerTransactionOverrunningThePayloadIsRefused() {
        // Arrange
        byte[] payload = Golden.aggregateV2();
        Golden.putI32(payload, AggregateTransaction.PAYLOAD_OFFSET, 100);
        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> AggregateTransaction.decode(payload));
        // Assert
        assertTrue(e.getMessage().contains("inner transaction"), e.getMessage());
    }

    @Test
    void aCosignatureAreaThatIsNotWholeCosignaturesIsRefused() {
        // Arrange
        byte[] payload = Arrays.copyOf(Golden.aggregateV1(), 225 + 95);
        Golden.putI32(payload, 0, payload.length);
        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> AggregateTransaction.decode(payload));
        // Assert
        assertTrue(e.getMessage().contains("96-byte cosignatures"), e.getMessage());
    }

    @Test
    void anUnknownSchemeByteInAV2CosignatureIsRefused() {
        // Arrange
        byte[] payload = AggregateTransaction.decode(Golden.aggregateV2()).withCosignatures(List.of(COSIGNATURE)).encode();
        payload[225] = 7;
        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> AggregateTransaction.decode(payload));
        // Assert
        assertTrue(e.getMessage().contains("derivation scheme 7"), e.getMessage());
    }

    @Test
    void aNonAggregateTypeIsRefused() {
        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> AggregateTransaction.decode(Golden.transfer()));
        // Assert
        assertTrue(e.getMessage().contains("not an aggregate"), e.getMessage());
    }
}
