package io.sirius.plugin.property.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.property.model.ModifyTransactionTypePropertyValueNotification;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionTypeNoSelfBlockingValidatorTest {

    @ParameterizedTest(name = "held {0}, type 0x{1}, modification {2} of 0x{3}: {4}")
    @CsvSource({
        // deletes: never the property type itself from the allowed ones
        "0, 04, 1, 4350, MODIFICATION_NOT_ALLOWED", "0, 84, 1, 4350, SUCCESS", "0, 04, 1, 4154, SUCCESS",
        // adds when allowing: the property type first
        "0, 04, 0, 4350, SUCCESS", "0, 04, 0, 4154, MODIFICATION_NOT_ALLOWED", "1, 04, 0, 4154, SUCCESS",
        // adds when blocking: never the property type itself
        "0, 84, 0, 4350, MODIFICATION_NOT_ALLOWED", "1, 84, 0, 4350, MODIFICATION_NOT_ALLOWED", "0, 84, 0, 4154, SUCCESS"})
    void anAccountCannotLockItselfOutOfItsTypeProperty(int held, String type, int modification, String value,
            String expected) {
        // Arrange: held 1 means OWNER's type property already holds 0x4350
        InMemoryState state = held == 0 ? Fixtures.state()
                : Fixtures.with(Fixtures.properties(Fixtures.OWNER_ADDRESS, Fixtures.types(false, new EntityType(0x4350))));
        var notification = new ModifyTransactionTypePropertyValueNotification(Fixtures.OWNER, Integer.parseInt(type, 16),
                new PropertyModification<>(modification, new EntityType(Integer.parseInt(value, 16))));

        // Act + Assert
        assertEquals(expected, Results.name(new TransactionTypeNoSelfBlockingValidator().validate(notification,
                Fixtures.context(10, state).stateful())));
    }
}
