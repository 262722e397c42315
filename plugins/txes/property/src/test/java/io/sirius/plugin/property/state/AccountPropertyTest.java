package io.sirius.plugin.property.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.MosaicId;
import io.sirius.plugin.property.internal.Fixtures;
import io.sirius.plugin.property.model.PropertyModificationType;
import io.sirius.plugin.property.model.PropertyType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountPropertyTest {
    private static final PropertyValue A = PropertyValue.of(Fixtures.OWNER_ADDRESS);
    private static final PropertyValue B = PropertyValue.of(Fixtures.OTHER_ADDRESS);
    private static final int ADD = PropertyModificationType.ADD;
    private static final int DEL = PropertyModificationType.DEL;

    @Test
    void anEmptyPropertyBlocksNothingAndIsMarkedBlocking() {
        // Act
        AccountProperty empty = AccountProperty.empty(PropertyType.ADDRESS);

        // Assert
        assertEquals(0x81, empty.descriptor());
        assertTrue(empty.isAllowed(A));
        assertThrows(IllegalArgumentException.class, () -> new AccountProperty(PropertyType.ADDRESS, false, List.of()));
    }

    @Test
    void allowingListsTheOnlyValuesLetThroughAndBlockingTheOnesRefused() {
        // Arrange
        AccountProperty allowing = AccountProperty.empty(PropertyType.ADDRESS).modify(false, ADD, A);
        AccountProperty blocking = AccountProperty.empty(PropertyType.ADDRESS).modify(true, ADD, A);

        // Act + Assert
        assertEquals(0x01, allowing.descriptor());
        assertTrue(allowing.isAllowed(A));
        assertFalse(allowing.isAllowed(B));
        assertEquals(0x81, blocking.descriptor());
        assertFalse(blocking.isAllowed(A));
        assertTrue(blocking.isAllowed(B));
    }

    @ParameterizedTest(name = "{0} property {1}, {2} {3} as blocking={4}: {5}")
    @CsvSource({
        "EMPTY, -, ADD, A, false, true", "EMPTY, -, ADD, A, true, true", "EMPTY, -, DEL, A, false, false",
        "ALLOW, A, ADD, B, false, true", "ALLOW, A, ADD, A, false, false", "ALLOW, A, DEL, A, false, true",
        "ALLOW, A, DEL, B, false, false", "ALLOW, A, ADD, B, true, false", "ALLOW, A, DEL, A, true, false",
        "BLOCK, A, ADD, B, true, true", "BLOCK, A, ADD, B, false, false", "BLOCK, A, DEL, A, true, true"})
    void canModifyAsSiriussCanAllowAndCanBlock(String mode, String held, String op, String value, boolean blocking,
            boolean expected) {
        // Arrange
        AccountProperty property = mode.equals("EMPTY")
                ? AccountProperty.empty(PropertyType.ADDRESS)
                : AccountProperty.empty(PropertyType.ADDRESS).modify(mode.equals("BLOCK"), ADD, held.equals("A") ? A : B);

        // Act + Assert
        assertEquals(expected, property.canModify(blocking, op.equals("ADD") ? ADD : DEL, value.equals("A") ? A : B));
    }

    @Test
    void deletingTheLastValueMakesThePropertyEmptyAndBlockingAgain() {
        // Arrange
        AccountProperty allowing = AccountProperty.empty(PropertyType.ADDRESS).modify(false, ADD, A).modify(false, ADD, B);

        // Act
        AccountProperty one = allowing.modify(false, DEL, B);
        AccountProperty none = one.modify(false, DEL, A);

        // Assert
        assertEquals(new AccountProperty(PropertyType.ADDRESS, false, List.of(A)), one);
        assertEquals(AccountProperty.empty(PropertyType.ADDRESS), none);
    }

    @Test
    void valuesAscendByTheirBytesUnsignedAndHaveTheTypesSize() {
        // Arrange: mosaic ids 0x80 and 0x7F as little-endian bytes; 0x80 sorts last
        PropertyValue high = PropertyValue.of(new MosaicId(0x80));
        PropertyValue low = PropertyValue.of(new MosaicId(0x7F));

        // Act
        AccountProperty property = AccountProperty.empty(PropertyType.MOSAIC_ID).modify(true, ADD, high).modify(true, ADD, low);

        // Assert
        assertEquals(List.of(low, high), property.values());
        assertEquals(0x80, high.littleEndian());
        assertEquals(0x4154, PropertyValue.of(new EntityType(0x4154)).littleEndian());
        assertThrows(IllegalArgumentException.class, () -> new AccountProperty(PropertyType.MOSAIC_ID, true, List.of(A)));
        assertThrows(IllegalArgumentException.class,
                () -> new AccountProperty(PropertyType.MOSAIC_ID, true, List.of(high, low)));
        assertThrows(IllegalArgumentException.class, () -> AccountProperty.valueSize(3));
    }

    @Test
    void accountPropertiesHoldTheThreeInSiriussOrder() {
        // Arrange
        AccountProperties empty = AccountProperties.empty(Fixtures.OWNER_ADDRESS);

        // Act
        AccountProperties some = empty.with(Fixtures.mosaics(false, Fixtures.CURRENCY));

        // Assert
        assertTrue(empty.isEmpty());
        assertFalse(some.isEmpty());
        assertEquals(List.of(PropertyType.ADDRESS, PropertyType.MOSAIC_ID, PropertyType.TRANSACTION_TYPE),
                some.properties().stream().map(AccountProperty::valueType).toList());
        assertEquals(Fixtures.mosaics(false, Fixtures.CURRENCY), some.property(PropertyType.MOSAIC_ID));
        assertThrows(IllegalArgumentException.class, () -> empty.property(PropertyType.SENTINEL));
        assertThrows(IllegalArgumentException.class, () -> new AccountProperties(Fixtures.OWNER_ADDRESS,
                List.of(AccountProperty.empty(PropertyType.MOSAIC_ID))));
    }
}
