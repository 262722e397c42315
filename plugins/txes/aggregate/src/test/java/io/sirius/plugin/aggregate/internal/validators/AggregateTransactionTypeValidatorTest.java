package io.sirius.plugin.aggregate.internal.validators;

import static io.sirius.plugin.aggregate.internal.validators.Aggregates.result;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.EntityType;
import io.sirius.api.result.ResultCode;
import io.sirius.plugin.aggregate.model.AggregateTransactionTypeNotification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AggregateTransactionTypeValidatorTest {

    @ParameterizedTest(name = "{0} with bonded support {1}: {2}")
    @CsvSource({
        "0x4141, false, SUCCESS",
        "0x4341, false, SUCCESS",
        "0x4241, false, BONDED_NOT_ENABLED",
        "0x4441, false, BONDED_NOT_ENABLED",
        "0x4141, true, SUCCESS",
        "0x4241, true, SUCCESS",
        "0x4441, true, SUCCESS"})
    void bondedAggregatesNeedBondedSupport(String type, String enabled, String expected) {
        // Act
        ResultCode result = new AggregateTransactionTypeValidator().validate(
                new AggregateTransactionTypeNotification(new EntityType(Integer.decode(type))),
                Aggregates.config("enableBondedAggregateSupport", enabled).stateful());

        // Assert
        assertEquals(result(expected), result);
    }
}
