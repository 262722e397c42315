package io.sirius.plugin.property.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Address;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.crypto.Addresses;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.property.internal.plugin.ValueKind;
import io.sirius.plugin.property.model.ModifyAddressPropertyNotification;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaxPropertyValuesValidatorTest {

    private static Address address(int n) {
        byte[] key = new byte[32];
        key[0] = (byte) n;
        return Addresses.of(PublicKey.of(key), NetworkType.MIJIN_TEST);
    }

    @ParameterizedTest(name = "{0} held, {1} adds, {2} deletes: {3}")
    @CsvSource({
        // maxPropertyValues 3
        "-1, 3, 0, SUCCESS", "-1, 4, 0, MODIFICATION_COUNT_EXCEEDED", "-1, 2, 2, MODIFICATION_COUNT_EXCEEDED",
        "0, 3, 0, SUCCESS", "1, 2, 0, SUCCESS", "1, 3, 0, VALUES_COUNT_EXCEEDED", "3, 0, 0, SUCCESS",
        "3, 1, 1, SUCCESS", "2, 2, 1, SUCCESS", "3, 2, 1, VALUES_COUNT_EXCEEDED",
        // more deletes than values: Sirius's unsigned count wraps around
        "1, 0, 2, VALUES_COUNT_EXCEEDED", "0, 0, 1, VALUES_COUNT_EXCEEDED"})
    void boundsTheModificationsAndTheValuesByMaxPropertyValues(int held, int adds, int deletes, String expected) {
        // Arrange: held -1 means OWNER has no entry at all; 0 that only its mosaic property has a value
        InMemoryState state = Fixtures.state();
        if (held >= 0) {
            List<Address> values = new ArrayList<>();
            for (int i = 0; i < held; i++) {
                values.add(address(100 + i));
            }
            state = Fixtures.with(Fixtures.properties(Fixtures.OWNER_ADDRESS,
                    Fixtures.addresses(true, values.toArray(Address[]::new)), Fixtures.mosaics(true, Fixtures.CURRENCY)));
        }
        List<PropertyModification<io.sirius.api.model.UnresolvedAddress>> modifications = new ArrayList<>();
        for (int i = 0; i < adds; i++) {
            modifications.add(new PropertyModification<>(0, address(i).toUnresolved()));
        }
        for (int i = 0; i < deletes; i++) {
            modifications.add(new PropertyModification<>(1, address(100 + i).toUnresolved()));
        }

        // Act
        var result = new MaxPropertyValuesValidator<>(ValueKind.ADDRESS).validate(
                new ModifyAddressPropertyNotification(Fixtures.OWNER, 0x81, modifications),
                Fixtures.context(10, state).stateful());

        // Assert
        assertEquals(expected, Results.name(result));
        assertEquals("MaxAddressPropertyValuesValidator", new MaxPropertyValuesValidator<>(ValueKind.ADDRESS).name());
    }
}
