package io.sirius.plugin.multisig.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.model.Hex;
import io.sirius.plugin.multisig.model.CosignatoryModification;
import io.sirius.plugin.multisig.model.CosignatoryModificationType;
import io.sirius.plugin.multisig.model.ModifyMultisigAccountTransaction;
import io.sirius.plugin.multisig.model.MultisigTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModifyMultisigAccountTransactionCodecTest {
    private final ModifyMultisigAccountTransactionCodec codec = new ModifyMultisigAccountTransactionCodec();

    private ModifyMultisigAccountTransaction decode(byte[] body) {
        BinaryReader reader = BinaryReader.of(body);
        ModifyMultisigAccountTransaction transaction = codec.decode(reader, 3);
        assertTrue(reader.isExhausted());
        return transaction;
    }

    private byte[] encode(ModifyMultisigAccountTransaction transaction) {
        BinaryWriter out = new BinaryWriter();
        codec.encode(transaction, out, 3);
        return out.toByteArray();
    }

    @Test
    void decodesTheSdksEmbeddedAdditionsAndReencodesThemByteForByte() {
        // Arrange
        EmbeddedTransaction embedded = SdkVectors.embedded(SdkVectors.COMPLETE_V1_MODIFY);

        // Act
        ModifyMultisigAccountTransaction transaction = decode(embedded.body());

        // Assert
        assertEquals(MultisigTypes.MODIFY_MULTISIG_ACCOUNT, embedded.header().type());
        assertEquals(3, embedded.header().version().version());
        assertEquals(SdkVectors.A, embedded.header().signer());
        assertEquals(new ModifyMultisigAccountTransaction(1, 1, List.of(
                CosignatoryModification.of(CosignatoryModificationType.ADD, SdkVectors.B),
                CosignatoryModification.of(CosignatoryModificationType.ADD, SdkVectors.C))), transaction);
        assertEquals(SdkVectors.ADD_B_AND_C, Hex.encode(embedded.body()));
        assertArrayEquals(embedded.body(), encode(transaction));
    }

    @Test
    void decodesNegativeDeltasAndRemovalsEmbeddedAndOnTheirOwn() {
        // Arrange: the SDK writes removal delta first, then approval delta
        byte[] embedded = SdkVectors.embedded(SdkVectors.BONDED_V1_MODIFY).body();
        byte[] topLevel = SdkVectors.body(SdkVectors.MODIFY_TOP_LEVEL);

        // Act
        ModifyMultisigAccountTransaction transaction = decode(embedded);

        // Assert
        assertEquals(new ModifyMultisigAccountTransaction(0, -1, List.of(
                CosignatoryModification.of(CosignatoryModificationType.DEL, SdkVectors.C),
                CosignatoryModification.of(CosignatoryModificationType.ADD, SdkVectors.D2))), transaction);
        assertEquals(transaction, decode(topLevel));
        assertEquals(SdkVectors.DELETE_C_ADD_D2, Hex.encode(embedded));
        assertArrayEquals(topLevel, encode(transaction));
    }

    @Test
    void decodesAnyModificationTypeForTheValidatorToRefuse() {
        // Arrange
        byte[] body = Hex.decode("0000" + "01" + "07" + SdkVectors.B.toHex());

        // Act
        ModifyMultisigAccountTransaction transaction = decode(body);

        // Assert
        assertEquals(List.of(new CosignatoryModification(7, SdkVectors.B)), transaction.modifications());
        assertArrayEquals(body, encode(transaction));
    }

    @Test
    void decodesTheExtremeDeltasAndNoModification() {
        // Act
        ModifyMultisigAccountTransaction transaction = decode(Hex.decode("807F00"));

        // Assert
        assertEquals(new ModifyMultisigAccountTransaction(-128, 127, List.of()), transaction);
    }

    @Test
    void refusesEveryTruncation() {
        // Arrange
        byte[] body = Hex.decode(SdkVectors.ADD_B_AND_C);

        // Act and Assert
        for (int length = 0; length < body.length; length++) {
            BinaryReader reader = BinaryReader.of(body, 0, length);
            assertThrows(DecodeException.class, () -> codec.decode(reader, 3), "length " + length);
        }
    }

    @Test
    void refusesAModificationCountThatLiesBeforeAllocating() {
        // Arrange: claims 255 modifications, carries one
        byte[] body = Hex.decode("0101" + "FF" + "00" + SdkVectors.B.toHex());

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> codec.decode(BinaryReader.of(body), 3));

        // Assert
        assertTrue(e.getMessage().contains("Modifications claims 255"), e.getMessage());
    }
}
