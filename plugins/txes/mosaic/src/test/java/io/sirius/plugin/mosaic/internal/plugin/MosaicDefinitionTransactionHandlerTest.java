package io.sirius.plugin.mosaic.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.MosaicId;
import io.sirius.api.notification.Notification;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.internal.validators.MosaicIdValidator;
import io.sirius.plugin.mosaic.model.MosaicDefinitionNotification;
import io.sirius.plugin.mosaic.model.MosaicDefinitionTransaction;
import io.sirius.plugin.mosaic.model.MosaicNonceNotification;
import io.sirius.plugin.mosaic.model.MosaicProperties;
import io.sirius.plugin.mosaic.model.MosaicPropertiesNotification;
import io.sirius.plugin.mosaic.model.MosaicProperty;
import io.sirius.plugin.mosaic.model.MosaicRentalFeeNotification;
import io.sirius.plugin.mosaic.model.MosaicTypes;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MosaicDefinitionTransactionHandlerTest {
    private static final MosaicId ID = new MosaicId(0x36CC4F72E42A81D3L);

    private static List<Notification> publish(MosaicDefinitionTransaction definition, int version) {
        TransactionContext context = ContextBuilder.context().signer(Fixtures.OWNER).type(MosaicTypes.MOSAIC_DEFINITION)
                .version(version).transaction();
        List<Notification> out = new ArrayList<>();
        new MosaicDefinitionTransactionHandler().publish(definition, context, out::add);
        return out;
    }

    @Test
    void publishesTheFeeTheNonceThePropertiesAndTheDefinitionInSiriussOrder() {
        // Arrange
        MosaicDefinitionTransaction definition = new MosaicDefinitionTransaction(42, ID, 3, 3,
                List.of(new MosaicProperty(2, 1000)));

        // Act
        List<Notification> notifications = publish(definition, 3);

        // Assert
        assertEquals(List.of(new MosaicRentalFeeNotification(Fixtures.OWNER),
                new MosaicNonceNotification(Fixtures.OWNER, 42, ID),
                new MosaicPropertiesNotification(3, 3, List.of(new MosaicProperty(2, 1000))),
                new MosaicDefinitionNotification(Fixtures.OWNER, ID, new MosaicProperties(3, 3, new BlockDuration(1000)))),
                notifications);
    }

    @Test
    void theSdkVectorsIdMatchesItsSignerAndNonce() {
        // Arrange
        MosaicDefinitionTransaction definition = new MosaicDefinitionTransactionCodec().decode(
                BinaryReader.of(MosaicDefinitionTransactionCodecTest.SDK_BODY), 3);
        MosaicNonceNotification nonce = (MosaicNonceNotification) publish(definition, 3).get(1);

        // Act
        var result = new MosaicIdValidator().validate(nonce, ContextBuilder.context().validation());

        // Assert
        assertEquals(ResultCodes.SUCCESS, result);
    }

    @Test
    void publishesNothingForAnotherVersion() {
        // Act and Assert
        assertEquals(List.of(), publish(new MosaicDefinitionTransaction(1, ID, 0, 0, List.of()), 2));
    }
}
