package io.sirius.plugin.property.state;

import io.sirius.api.model.Address;
import io.sirius.plugin.property.model.PropertyType;
import java.util.List;
import java.util.Objects;

/**
 * The properties of one account, Sirius's {@code AccountProperties}: always the three, address, mosaic id and
 * transaction type, in that order. The cache drops an account whose properties are all empty.
 *
 * @param address the account
 * @param properties its address, mosaic id and transaction type properties
 */
public record AccountProperties(Address address, List<AccountProperty> properties) {
    /** The value types, in Sirius's order. */
    public static final List<Integer> TYPES = List.of(PropertyType.ADDRESS, PropertyType.MOSAIC_ID,
            PropertyType.TRANSACTION_TYPE);

    /** Checks and copies the arguments. */
    public AccountProperties {
        Objects.requireNonNull(address, "address");
        properties = List.copyOf(properties);
        if (!properties.stream().map(AccountProperty::valueType).toList().equals(TYPES)) {
            throw new IllegalArgumentException("an account has its address, mosaic and transaction type properties, in order");
        }
    }

    /**
     * @param address an account
     * @return its properties, all empty
     */
    public static AccountProperties empty(Address address) {
        return new AccountProperties(address, TYPES.stream().map(AccountProperty::empty).toList());
    }

    /**
     * @param valueType a value type
     * @return the property of that type
     */
    public AccountProperty property(int valueType) {
        return properties.get(TYPES.indexOf(checked(valueType)));
    }

    /**
     * @param changed a property
     * @return these properties with it in place of the one of its type
     */
    public AccountProperties with(AccountProperty changed) {
        AccountProperty[] all = properties.toArray(AccountProperty[]::new);
        all[TYPES.indexOf(checked(changed.valueType()))] = changed;
        return new AccountProperties(address, List.of(all));
    }

    /** @return whether no property has a value */
    public boolean isEmpty() {
        return properties.stream().allMatch(p -> p.values().isEmpty());
    }

    private static int checked(int valueType) {
        if (!TYPES.contains(valueType)) {
            throw new IllegalArgumentException("property type " + valueType + " is unknown");
        }
        return valueType;
    }
}
