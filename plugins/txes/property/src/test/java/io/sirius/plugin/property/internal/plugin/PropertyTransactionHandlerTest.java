package io.sirius.plugin.property.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.Notification;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.property.model.AddressPropertyTransaction;
import io.sirius.plugin.property.model.ModifyAddressPropertyNotification;
import io.sirius.plugin.property.model.ModifyAddressPropertyValueNotification;
import io.sirius.plugin.property.model.ModifyMosaicPropertyNotification;
import io.sirius.plugin.property.model.ModifyMosaicPropertyValueNotification;
import io.sirius.plugin.property.model.MosaicPropertyTransaction;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.property.model.PropertyTypeNotification;
import io.sirius.plugin.property.model.PropertyTypes;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyTransactionHandlerTest {

    @Test
    void publishesTheTypeAllModificationsThenEachInSiriussOrder() {
        // Arrange
        var add = new PropertyModification<>(0, Fixtures.OTHER_ADDRESS.toUnresolved());
        var delete = new PropertyModification<>(1, Fixtures.OWNER_ADDRESS.toUnresolved());
        var transaction = new AddressPropertyTransaction(0x81, List.of(add, delete));
        List<Notification> published = new ArrayList<>();

        // Act
        new PropertyTransactionHandler<>(ValueKind.ADDRESS).publish(transaction, ContextBuilder.context()
                .signer(Fixtures.OWNER).type(PropertyTypes.ADDRESS_PROPERTY).transaction(), published::add);

        // Assert
        assertEquals(List.of(
                new PropertyTypeNotification(0x81, PropertyTypes.ADDRESS_PROPERTY),
                new ModifyAddressPropertyNotification(Fixtures.OWNER, 0x81, List.of(add, delete)),
                new ModifyAddressPropertyValueNotification(Fixtures.OWNER, 0x81, add),
                new ModifyAddressPropertyValueNotification(Fixtures.OWNER, 0x81, delete)), published);
    }

    @Test
    void publishesTheMosaicKindsNotifications() {
        // Arrange
        var add = new PropertyModification<>(0, new UnresolvedMosaicId(5));
        List<Notification> published = new ArrayList<>();

        // Act
        new PropertyTransactionHandler<>(ValueKind.MOSAIC).publish(new MosaicPropertyTransaction(0x02, List.of(add)),
                ContextBuilder.context().signer(Fixtures.OTHER).type(PropertyTypes.MOSAIC_PROPERTY).transaction(),
                published::add);

        // Assert
        assertEquals(List.of(new PropertyTypeNotification(0x02, new EntityType(0x4250)),
                new ModifyMosaicPropertyNotification(Fixtures.OTHER, 0x02, List.of(add)),
                new ModifyMosaicPropertyValueNotification(Fixtures.OTHER, 0x02, add)), published);
    }
}
