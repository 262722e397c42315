package io.sirius.plugin.multisig.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.model.Hex;
import io.sirius.plugin.multisig.internal.plugin.ModifyMultisigAccountTransactionCodec;
import io.sirius.plugin.multisig.model.ModifyMultisigAccountTransaction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModifyMultisigAccountTransactionJsonTest {
    /** The SDK's embedded modification: removal 0, approval -1, delete C, add D2. */
    private static final String BODY = "00FF" + "02"
            + "01" + "E7396F0B2C5D636638A036E1EEB6074C185069D4A4A42F9DB1F2282825A09B89"
            + "00" + "CA93AC1705187071D67B83C7FF0EFE8108E8EC4530575D7726879333DBDABE7C";

    @Test
    void showsTheFieldsTheSdksCreateTransactionFromDtoReads() {
        // Arrange
        ModifyMultisigAccountTransaction transaction = new ModifyMultisigAccountTransactionCodec().decode(
                BinaryReader.of(Hex.decode(BODY)), 3);

        // Act
        Map<String, Object> json = new ModifyMultisigAccountTransactionJson().write(transaction, 3);

        // Assert: signed deltas; modification types as numbers; keys in upper-case hex, in wire order
        assertEquals(Map.of(
                "minRemovalDelta", 0,
                "minApprovalDelta", -1,
                "modifications", List.of(
                        Map.of("type", 1, "cosignatoryPublicKey",
                                "E7396F0B2C5D636638A036E1EEB6074C185069D4A4A42F9DB1F2282825A09B89"),
                        Map.of("type", 0, "cosignatoryPublicKey",
                                "CA93AC1705187071D67B83C7FF0EFE8108E8EC4530575D7726879333DBDABE7C"))), json);
        assertEquals(List.of("minRemovalDelta", "minApprovalDelta", "modifications"), List.copyOf(json.keySet()));
    }

    @Test
    void aSettingsChangeShowsAnEmptyModificationList() {
        // Act
        Map<String, Object> json = new ModifyMultisigAccountTransactionJson().write(
                new ModifyMultisigAccountTransaction(2, 1, List.of()), 3);

        // Assert
        assertEquals(Map.of("minRemovalDelta", 2, "minApprovalDelta", 1, "modifications", List.of()), json);
    }
}
