package io.sirius.plugin.property.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.plugin.property.model.PropertyTypeNotification;
import io.sirius.plugin.testkit.ContextBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertyTypeValidatorTest {

    @ParameterizedTest(name = "0x{0} in 0x{1}: {2}")
    @CsvSource({
        "01, 4150, SUCCESS", "81, 4150, SUCCESS", "02, 4250, SUCCESS", "82, 4250, SUCCESS", "04, 4350, SUCCESS",
        "84, 4350, SUCCESS",
        // Sirius's rule: one value flag below the sentinel
        "00, 4150, INVALID_PROPERTY_TYPE", "80, 4150, INVALID_PROPERTY_TYPE", "03, 4150, INVALID_PROPERTY_TYPE",
        "05, 4350, INVALID_PROPERTY_TYPE", "08, 4350, INVALID_PROPERTY_TYPE", "FF, 4250, INVALID_PROPERTY_TYPE",
        // this node's: the transaction's own kind
        "02, 4150, INVALID_PROPERTY_TYPE", "84, 4150, INVALID_PROPERTY_TYPE", "01, 4250, INVALID_PROPERTY_TYPE",
        "81, 4350, INVALID_PROPERTY_TYPE"})
    void acceptsOneValueFlagOfTheTransactionsKind(String type, String transaction, String expected) {
        // Act
        var result = new PropertyTypeValidator().validate(new PropertyTypeNotification(Integer.parseInt(type, 16),
                new EntityType(Integer.parseInt(transaction, 16))), ContextBuilder.context().validation());

        // Assert
        assertEquals(expected, Results.name(result));
    }
}
