package io.sirius.plugin.locksecret.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.plugin.locksecret.internal.Fixtures;
import org.junit.jupiter.api.Test;

class SecretProofTransactionTest {

    @Test
    void comparesProofsByContentAndCopiesThem() {
        // Arrange
        byte[] proof = Fixtures.PROOF.clone();
        var a = new SecretProofTransaction(0, Fixtures.SHA3_SECRET, Fixtures.RECIPIENT.toUnresolved(), proof);

        // Act
        proof[0] = 9;
        byte[] read = a.proof();
        read[1] = 9;

        // Assert
        assertEquals(new SecretProofTransaction(0, Fixtures.SHA3_SECRET, Fixtures.RECIPIENT.toUnresolved(), Fixtures.PROOF), a);
        assertEquals(new SecretProofTransaction(0, Fixtures.SHA3_SECRET, Fixtures.RECIPIENT.toUnresolved(),
                Fixtures.PROOF).hashCode(), a.hashCode());
        assertNotEquals(new SecretProofTransaction(1, Fixtures.SHA3_SECRET, Fixtures.RECIPIENT.toUnresolved(), Fixtures.PROOF), a);
    }

    @Test
    void refusesValuesTheWireCannotCarry() {
        // Act + Assert
        assertThrows(IllegalArgumentException.class,
                () -> new SecretProofTransaction(256, Fixtures.SHA3_SECRET, Fixtures.RECIPIENT.toUnresolved(), new byte[0]));
        assertThrows(IllegalArgumentException.class,
                () -> new SecretProofTransaction(0, Fixtures.SHA3_SECRET, Fixtures.RECIPIENT.toUnresolved(), new byte[65536]));
        assertThrows(IllegalArgumentException.class, () -> new SecretLockTransaction(new UnresolvedMosaic(
                new UnresolvedMosaicId(1), Amount.ZERO), new BlockDuration(1), -1, Fixtures.SHA3_SECRET,
                Fixtures.RECIPIENT.toUnresolved()));
    }
}
