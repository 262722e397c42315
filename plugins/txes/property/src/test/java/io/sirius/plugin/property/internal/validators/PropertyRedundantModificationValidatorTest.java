package io.sirius.plugin.property.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.property.internal.plugin.ValueKind;
import io.sirius.plugin.property.model.ModifyMosaicPropertyNotification;
import io.sirius.plugin.property.model.ModifyTransactionTypePropertyNotification;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyRedundantModificationValidatorTest {

    private static String validate(InMemoryState state, int... typeThenId) {
        List<PropertyModification<UnresolvedMosaicId>> modifications = new java.util.ArrayList<>();
        for (int i = 0; i < typeThenId.length; i += 2) {
            modifications.add(new PropertyModification<>(typeThenId[i], new UnresolvedMosaicId(typeThenId[i + 1])));
        }
        return Results.name(new PropertyRedundantModificationValidator<>(ValueKind.MOSAIC).validate(
                new ModifyMosaicPropertyNotification(Fixtures.OWNER, 0x02, modifications),
                Fixtures.context(10, state).stateful()));
    }

    @Test
    void refusesAValueModifiedTwiceEvenAddAndDelete() {
        // Act + Assert
        assertEquals("SUCCESS", validate(Fixtures.state(), 0, 1, 0, 2));
        assertEquals("MODIFICATION_REDUNDANT", validate(Fixtures.state(), 0, 1, 0, 1));
        assertEquals("MODIFICATION_REDUNDANT", validate(Fixtures.state(), 0, 1, 1, 1));
    }

    @Test
    void aDeleteNeedsTheSignerToHaveProperties() {
        // Arrange: OWNER has a value in another property only
        InMemoryState some = Fixtures.with(Fixtures.properties(Fixtures.OWNER_ADDRESS,
                Fixtures.types(false, new EntityType(0x4350))));

        // Act + Assert
        assertEquals("MODIFICATION_NOT_ALLOWED", validate(Fixtures.state(), 0, 1, 1, 2));
        assertEquals("SUCCESS", validate(some, 0, 1, 1, 2));
        assertEquals("SUCCESS", validate(Fixtures.state()));
    }

    @Test
    void comparesValuesAsWrittenAndCarriesSiriussNames() {
        // Arrange
        var validator = new PropertyRedundantModificationValidator<>(ValueKind.TRANSACTION_TYPE);

        // Act + Assert
        assertEquals("MODIFICATION_REDUNDANT", Results.name(validator.validate(new ModifyTransactionTypePropertyNotification(
                Fixtures.OWNER, 0x04, List.of(new PropertyModification<>(0, new EntityType(0x4154)),
                        new PropertyModification<>(0, new EntityType(0x4154)))), Fixtures.context(10, Fixtures.state())
                .stateful())));
        assertEquals("TransactionTypePropertyRedundantModificationValidator", validator.name());
        assertEquals("AddressPropertyRedundantModificationValidator",
                new PropertyRedundantModificationValidator<>(ValueKind.ADDRESS).name());
    }
}
