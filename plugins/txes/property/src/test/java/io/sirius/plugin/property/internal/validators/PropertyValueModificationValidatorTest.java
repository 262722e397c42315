package io.sirius.plugin.property.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.property.internal.plugin.ValueKind;
import io.sirius.plugin.property.model.ModifyAddressPropertyValueNotification;
import io.sirius.plugin.property.model.ModifyMosaicPropertyValueNotification;
import io.sirius.plugin.property.model.ModifyTransactionTypePropertyValueNotification;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertyValueModificationValidatorTest {
    private static final MosaicId HELD = new MosaicId(7);

    private static String mosaic(InMemoryState state, int propertyType, int modification, long id) {
        return Results.name(new PropertyValueModificationValidator<>(ValueKind.MOSAIC).validate(
                new ModifyMosaicPropertyValueNotification(Fixtures.OWNER, propertyType,
                        new PropertyModification<>(modification, new UnresolvedMosaicId(id))),
                Fixtures.context(10, state).stateful()));
    }

    @ParameterizedTest(name = "property {0}, type 0x{1}, modification {2} of {3}: {4}")
    @CsvSource({
        "ALLOW, 02, 0, 8, SUCCESS", "ALLOW, 02, 0, 7, MODIFICATION_NOT_ALLOWED", "ALLOW, 02, 1, 7, SUCCESS",
        "ALLOW, 02, 1, 8, MODIFICATION_NOT_ALLOWED", "ALLOW, 82, 0, 8, MODIFICATION_NOT_ALLOWED",
        "ALLOW, 82, 1, 7, MODIFICATION_NOT_ALLOWED",
        "BLOCK, 82, 0, 8, SUCCESS", "BLOCK, 82, 1, 7, SUCCESS", "BLOCK, 02, 0, 8, MODIFICATION_NOT_ALLOWED",
        "NONE, 02, 0, 8, SUCCESS", "NONE, 82, 1, 8, SUCCESS", "OTHER_EMPTY, 02, 1, 8, MODIFICATION_NOT_ALLOWED",
        "OTHER_EMPTY, 82, 0, 8, SUCCESS"})
    void anAddNamesANewValueADeleteAListedOneAndTheModeStays(String held, String type, int modification, long id,
            String expected) {
        // Arrange: OWNER's mosaic property holds 7, allowing or blocking; or OWNER has no entry; or only a type entry
        InMemoryState state = switch (held) {
            case "ALLOW" -> Fixtures.with(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.mosaics(false, HELD)));
            case "BLOCK" -> Fixtures.with(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.mosaics(true, HELD)));
            case "OTHER_EMPTY" -> Fixtures.with(Fixtures.properties(Fixtures.OWNER_ADDRESS,
                    Fixtures.types(true, new EntityType(0x4154))));
            default -> Fixtures.state();
        };

        // Act + Assert
        assertEquals(expected, mosaic(state, Integer.parseInt(type, 16), modification, id));
    }

    @Test
    void refusesAnAliasThatDoesNotResolveEvenWithoutProperties() {
        // Arrange
        UnresolvedAddress alias = UnresolvedAddress.alias(NetworkType.MIJIN_TEST, new NamespaceId(0x8000000000000001L));

        // Act + Assert
        assertEquals("VALUE_INVALID", mosaic(Fixtures.state(), 0x02, 0, 0x8000000000000001L));
        assertEquals("VALUE_INVALID", Results.name(new PropertyValueModificationValidator<>(ValueKind.ADDRESS).validate(
                new ModifyAddressPropertyValueNotification(Fixtures.OWNER, 0x01, new PropertyModification<>(0, alias)),
                Fixtures.context(10, Fixtures.state()).stateful())));
    }

    @Test
    void judgesEachKindOnItsOwnProperty() {
        // Arrange: OWNER allows OTHER's address and blocks Transfer
        InMemoryState state = Fixtures.with(Fixtures.properties(Fixtures.OWNER_ADDRESS,
                Fixtures.addresses(false, Fixtures.OTHER_ADDRESS), Fixtures.types(true, Fixtures.TRANSFER)));
        var context = Fixtures.context(10, state).stateful();

        // Act + Assert
        assertEquals("MODIFICATION_NOT_ALLOWED", Results.name(new PropertyValueModificationValidator<>(ValueKind.ADDRESS)
                .validate(new ModifyAddressPropertyValueNotification(Fixtures.OWNER, 0x01,
                        new PropertyModification<>(0, Fixtures.OTHER_ADDRESS.toUnresolved())), context)));
        assertEquals("SUCCESS", Results.name(new PropertyValueModificationValidator<>(ValueKind.TRANSACTION_TYPE)
                .validate(new ModifyTransactionTypePropertyValueNotification(Fixtures.OWNER, 0x84,
                        new PropertyModification<>(1, Fixtures.TRANSFER)), context)));
        assertEquals("MosaicPropertyValueModificationValidator",
                new PropertyValueModificationValidator<>(ValueKind.MOSAIC).name());
    }
}
