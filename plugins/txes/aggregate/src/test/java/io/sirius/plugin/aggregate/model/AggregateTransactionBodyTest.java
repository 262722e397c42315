package io.sirius.plugin.aggregate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EmbeddedTransactionHeader;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.VersionField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateTransactionBodyTest {
    private static final PublicKey ONE = PublicKey.fromHex("01".repeat(32));
    private static final PublicKey TWO = PublicKey.fromHex("02".repeat(32));

    private static EmbeddedTransaction embedded(int bodySize) {
        return new EmbeddedTransaction(new EmbeddedTransactionHeader(EmbeddedTransactionHeader.SIZE + bodySize, ONE,
                new VersionField(0x90, 0, 3), new EntityType(0x4154)), new byte[bodySize]);
    }

    @Test
    void thePayloadSizeIsTheEmbeddedTransactionsSizes() {
        // Act
        AggregateTransactionBody body = new AggregateTransactionBody(List.of(embedded(3), embedded(0)), List.of());

        // Assert
        assertEquals(42 + 3 + 42, body.payloadSize());
    }

    @Test
    void listsTheCosignersInOrderAndCopiesItsLists() {
        // Arrange
        List<Cosignature> cosignatures = new ArrayList<>(List.of(
                new Cosignature(DerivationScheme.UNSET, TWO, Signature.of(new byte[64])),
                new Cosignature(DerivationScheme.UNSET, ONE, Signature.of(new byte[64]))));

        // Act
        AggregateTransactionBody body = new AggregateTransactionBody(List.of(embedded(1)), cosignatures);
        cosignatures.clear();

        // Assert
        assertEquals(List.of(TWO, ONE), body.cosigners());
        assertThrows(UnsupportedOperationException.class, () -> body.cosignatures().clear());
    }

    @Test
    void notificationsListTheirCosigners() {
        // Arrange
        List<Cosignature> cosignatures = List.of(new Cosignature(DerivationScheme.ED25519_SHA2, TWO, Signature.of(new byte[64])));

        // Act
        AggregateCosignaturesNotification all = new AggregateCosignaturesNotification(ONE, List.of(embedded(1)), cosignatures);
        AggregateEmbeddedTransactionNotification one = new AggregateEmbeddedTransactionNotification(ONE, embedded(1),
                cosignatures);

        // Assert
        assertEquals(List.of(TWO), all.cosigners());
        assertEquals(List.of(TWO), one.cosigners());
        assertThrows(NullPointerException.class, () -> new AggregateCosignaturesNotification(null, List.of(), List.of()));
    }
}
