package io.sirius.plugin.property.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.property.internal.plugin.ValueKind;
import io.sirius.plugin.property.model.ModifyAddressPropertyNotification;
import io.sirius.plugin.property.model.ModifyAddressPropertyValueNotification;
import io.sirius.plugin.property.model.ModifyMosaicPropertyNotification;
import io.sirius.plugin.property.model.ModifyTransactionTypePropertyNotification;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three stateless rules of the modifications: {@link PropertyModificationTypesValidator} (one instance per kind),
 * {@link TransactionTypePropertyModificationValuesValidator} and {@link PropertyAddressNoSelfModificationValidator}.
 */
class StatelessModificationValidatorsTest {

    @ParameterizedTest(name = "types {0}, {1}: {2}")
    @CsvSource({"0, 1, SUCCESS", "1, 1, SUCCESS", "0, 2, MODIFICATION_TYPE_INVALID", "255, 0, MODIFICATION_TYPE_INVALID"})
    void everyModificationIsAnAddOrADeleteOfEveryKind(int first, int second, String expected) {
        // Arrange
        var context = ContextBuilder.context().validation();
        var addresses = new ModifyAddressPropertyNotification(Fixtures.OWNER, 0x01, List.of(
                new PropertyModification<>(first, Fixtures.OTHER_ADDRESS.toUnresolved()),
                new PropertyModification<>(second, Fixtures.OWNER_ADDRESS.toUnresolved())));
        var mosaics = new ModifyMosaicPropertyNotification(Fixtures.OWNER, 0x02, List.of(
                new PropertyModification<>(first, new UnresolvedMosaicId(1)),
                new PropertyModification<>(second, new UnresolvedMosaicId(2))));
        var types = new ModifyTransactionTypePropertyNotification(Fixtures.OWNER, 0x04, List.of(
                new PropertyModification<>(first, new EntityType(0x4154)),
                new PropertyModification<>(second, new EntityType(0x4152))));

        // Act + Assert
        assertEquals(expected, Results.name(new PropertyModificationTypesValidator<>(ValueKind.ADDRESS)
                .validate(addresses, context)));
        assertEquals(expected, Results.name(new PropertyModificationTypesValidator<>(ValueKind.MOSAIC)
                .validate(mosaics, context)));
        assertEquals(expected, Results.name(new PropertyModificationTypesValidator<>(ValueKind.TRANSACTION_TYPE)
                .validate(types, context)));
    }

    @Test
    void theModificationTypesValidatorsCarrySiriussNames() {
        // Act + Assert
        assertEquals("AddressPropertyModificationTypesValidator",
                new PropertyModificationTypesValidator<>(ValueKind.ADDRESS).name());
        assertEquals(ModifyMosaicPropertyNotification.class,
                new PropertyModificationTypesValidator<>(ValueKind.MOSAIC).notificationType());
        assertEquals("TransactionTypePropertyModificationTypesValidator",
                new PropertyModificationTypesValidator<>(ValueKind.TRANSACTION_TYPE).name());
    }

    @ParameterizedTest(name = "0x{0}: {1}")
    @CsvSource({"4154, SUCCESS", "4000, SUCCESS", "7FFF, SUCCESS", "8143, VALUE_INVALID", "8043, VALUE_INVALID",
        "0000, VALUE_INVALID", "3FFF, VALUE_INVALID", "C000, VALUE_INVALID"})
    void transactionTypeValuesAreTransactionTypes(String type, String expected) {
        // Arrange
        var notification = new ModifyTransactionTypePropertyNotification(Fixtures.OWNER, 0x04, List.of(
                new PropertyModification<>(0, new EntityType(0x4154)),
                new PropertyModification<>(0, new EntityType(Integer.parseInt(type, 16)))));

        // Act + Assert
        assertEquals(expected, Results.name(new TransactionTypePropertyModificationValuesValidator().validate(notification,
                ContextBuilder.context().validation())));
    }

    @Test
    void anAccountCannotNameItsOwnAddress() {
        // Arrange
        var validator = new PropertyAddressNoSelfModificationValidator();
        var context = ContextBuilder.context().validation();

        // Act + Assert
        assertEquals("MODIFICATION_ADDRESS_INVALID", Results.name(validator.validate(
                new ModifyAddressPropertyValueNotification(Fixtures.OWNER, 0x81,
                        new PropertyModification<>(0, Fixtures.OWNER_ADDRESS.toUnresolved())), context)));
        assertEquals("SUCCESS", Results.name(validator.validate(
                new ModifyAddressPropertyValueNotification(Fixtures.OWNER, 0x81,
                        new PropertyModification<>(1, Fixtures.OTHER_ADDRESS.toUnresolved())), context)));
    }
}
