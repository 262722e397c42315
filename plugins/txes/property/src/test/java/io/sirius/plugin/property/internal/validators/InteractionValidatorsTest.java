package io.sirius.plugin.property.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.TransactionNotification;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules other families' notifications pass: {@link AddressInteractionValidator}, {@link MosaicRecipientValidator}
 * and {@link TransactionTypeValidator}.
 */
class InteractionValidatorsTest {
    private static final UnresolvedAddress ALIAS = UnresolvedAddress.alias(NetworkType.MIJIN_TEST,
            new NamespaceId(0x8000000000000001L));

    private static InMemoryState otherHas(String mode) {
        return switch (mode) {
            case "ALLOWS_OWNER" -> Fixtures.with(Fixtures.properties(Fixtures.OTHER_ADDRESS,
                    Fixtures.addresses(false, Fixtures.OWNER_ADDRESS)));
            case "ALLOWS_SOMEONE_ELSE" -> Fixtures.with(Fixtures.properties(Fixtures.OTHER_ADDRESS,
                    Fixtures.addresses(false, Fixtures.OTHER_ADDRESS)));
            case "BLOCKS_OWNER" -> Fixtures.with(Fixtures.properties(Fixtures.OTHER_ADDRESS,
                    Fixtures.addresses(true, Fixtures.OWNER_ADDRESS)));
            case "ONLY_MOSAICS" -> Fixtures.with(Fixtures.properties(Fixtures.OTHER_ADDRESS,
                    Fixtures.mosaics(true, Fixtures.CURRENCY)));
            default -> Fixtures.state();
        };
    }

    @ParameterizedTest(name = "participant {0}: {1}")
    @CsvSource({"NOTHING, SUCCESS", "ALLOWS_OWNER, SUCCESS", "ALLOWS_SOMEONE_ELSE, SIGNER_ADDRESS_INTERACTION_NOT_ALLOWED",
        "BLOCKS_OWNER, SIGNER_ADDRESS_INTERACTION_NOT_ALLOWED", "ONLY_MOSAICS, SUCCESS"})
    void everyParticipantAcceptsTheSigner(String mode, String expected) {
        // Arrange: OWNER sends to OTHER (and to an alias nobody resolves, and to itself)
        var notification = new AddressInteractionNotification(Fixtures.OWNER, Fixtures.TRANSFER,
                List.of(Fixtures.OWNER_ADDRESS.toUnresolved(), ALIAS, Fixtures.OTHER_ADDRESS.toUnresolved()));

        // Act + Assert
        assertEquals(expected, Results.name(new AddressInteractionValidator().validate(notification,
                Fixtures.context(10, otherHas(mode)).stateful())));
    }

    @Test
    void anAccountMayAlwaysInvolveItself() {
        // Arrange: OTHER allows only OTHER
        var notification = new AddressInteractionNotification(Fixtures.OTHER, Fixtures.TRANSFER,
                List.of(Fixtures.OTHER_ADDRESS.toUnresolved()));

        // Act + Assert
        assertEquals("SUCCESS", Results.name(new AddressInteractionValidator().validate(notification,
                Fixtures.context(10, otherHas("ALLOWS_SOMEONE_ELSE")).stateful())));
    }

    @ParameterizedTest(name = "recipient property {0}, mosaic {1}: {2}")
    @CsvSource({"NONE, 7, SUCCESS", "ALLOW_7, 7, SUCCESS", "ALLOW_7, 8, MOSAIC_TRANSFER_NOT_ALLOWED",
        "BLOCK_7, 7, MOSAIC_TRANSFER_NOT_ALLOWED", "BLOCK_7, 8, SUCCESS", "ADDRESSES_ONLY, 8, SUCCESS"})
    void theRecipientAcceptsTheMosaic(String mode, long mosaic, String expected) {
        // Arrange
        InMemoryState state = switch (mode) {
            case "ALLOW_7" -> Fixtures.with(Fixtures.properties(Fixtures.OTHER_ADDRESS, Fixtures.mosaics(false, new MosaicId(7))));
            case "BLOCK_7" -> Fixtures.with(Fixtures.properties(Fixtures.OTHER_ADDRESS, Fixtures.mosaics(true, new MosaicId(7))));
            case "ADDRESSES_ONLY" -> otherHas("BLOCKS_OWNER");
            default -> Fixtures.state();
        };
        var transfer = new BalanceTransferNotification(Fixtures.OWNER, Fixtures.OTHER_ADDRESS.toUnresolved(),
                new UnresolvedMosaicId(mosaic), new Amount(1));

        // Act + Assert
        assertEquals(expected, Results.name(new MosaicRecipientValidator().validate(transfer,
                Fixtures.context(10, state).stateful())));
    }

    @Test
    void aTransferToAnUnresolvedAliasIsNotThisRulesToJudge() {
        // Act + Assert
        assertEquals("SUCCESS", Results.name(new MosaicRecipientValidator().validate(new BalanceTransferNotification(
                Fixtures.OWNER, ALIAS, new UnresolvedMosaicId(7), new Amount(1)),
                Fixtures.context(10, Fixtures.state()).stateful())));
    }

    @ParameterizedTest(name = "signer property {0}, type 0x{1}: {2}")
    @CsvSource({"NONE, 4154, SUCCESS", "ALLOW_TRANSFER, 4154, SUCCESS", "ALLOW_TRANSFER, 4152, TRANSACTION_TYPE_NOT_ALLOWED",
        "BLOCK_TRANSFER, 4154, TRANSACTION_TYPE_NOT_ALLOWED", "BLOCK_TRANSFER, 4241, SUCCESS"})
    void theSignerMaySendTheType(String mode, String type, String expected) {
        // Arrange
        InMemoryState state = switch (mode) {
            case "ALLOW_TRANSFER" -> Fixtures.with(Fixtures.properties(Fixtures.OWNER_ADDRESS,
                    Fixtures.types(false, Fixtures.TRANSFER, new EntityType(0x4350))));
            case "BLOCK_TRANSFER" -> Fixtures.with(Fixtures.properties(Fixtures.OWNER_ADDRESS,
                    Fixtures.types(true, Fixtures.TRANSFER)));
            default -> Fixtures.state();
        };
        var transaction = new TransactionNotification(Fixtures.OWNER, Hash256.ZERO, new EntityType(Integer.parseInt(type, 16)),
                new Timestamp(0));

        // Act + Assert
        assertEquals(expected, Results.name(new TransactionTypeValidator().validate(transaction,
                Fixtures.context(10, state).stateful())));
    }
}
