package io.sirius.plugin.property.state;

import io.sirius.plugin.property.model.PropertyModificationType;
import io.sirius.plugin.property.model.PropertyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One property of an account, Sirius's {@code AccountProperty}: its values, and whether they are the only ones allowed
 * or the ones blocked. An empty property blocks nothing (Sirius marks it blocking, so the next allow or block may set
 * either mode); a property with values keeps its mode until it is empty again.
 *
 * @param valueType {@link PropertyType#ADDRESS}, {@link PropertyType#MOSAIC_ID} or {@link PropertyType#TRANSACTION_TYPE}
 * @param block whether the values are blocked (always true when there are none)
 * @param values the values, ascending, each once, all of the type's size
 */
public record AccountProperty(int valueType, boolean block, List<PropertyValue> values) {

    /** Checks and copies the arguments. */
    public AccountProperty {
        values = List.copyOf(values);
        int size = valueSize(valueType);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).size() != size) {
                throw new IllegalArgumentException("a value of property " + valueType + " has " + size + " bytes, not "
                        + values.get(i).size());
            }
            if (i > 0 && values.get(i - 1).compareTo(values.get(i)) >= 0) {
                throw new IllegalArgumentException("property values must ascend without repeats");
            }
        }
        if (values.isEmpty() && !block) {
            throw new IllegalArgumentException("an empty property is a blocking one");
        }
    }

    /**
     * @param valueType a property's value type
     * @return the empty property of that type
     */
    public static AccountProperty empty(int valueType) {
        return new AccountProperty(valueType, true, List.of());
    }

    /**
     * @param valueType {@link PropertyType#ADDRESS}, {@link PropertyType#MOSAIC_ID} or {@link PropertyType#TRANSACTION_TYPE}
     * @return the size of its values in bytes
     * @throws IllegalArgumentException for another type
     */
    public static int valueSize(int valueType) {
        return switch (valueType) {
            case PropertyType.ADDRESS -> 25;
            case PropertyType.MOSAIC_ID -> 8;
            case PropertyType.TRANSACTION_TYPE -> 2;
            default -> throw new IllegalArgumentException("property type " + valueType + " is unknown");
        };
    }

    /** @return Sirius's descriptor byte: the value type, with the block flag when blocking */
    public int descriptor() {
        return block ? valueType | PropertyType.BLOCK : valueType;
    }

    /**
     * @param value a value
     * @return whether the property lists it
     */
    public boolean contains(PropertyValue value) {
        return Collections.binarySearch(values, value) >= 0;
    }

    /**
     * Sirius's test of whether a transaction may be what the property governs: anything when empty, a listed value when
     * allowing, an unlisted one when blocking.
     *
     * @param value a value
     * @return whether the property lets it through
     */
    public boolean isAllowed(PropertyValue value) {
        if (values.isEmpty()) {
            return true;
        }
        return block != contains(value);
    }

    /**
     * Sirius's {@code canAllow} / {@code canBlock}: the property is empty or already in that mode, and an add names a
     * value not listed or a delete one listed.
     *
     * @param blocking whether the modification is to the blocked values
     * @param modificationType {@link PropertyModificationType#ADD} or {@link PropertyModificationType#DEL}
     * @param value the value
     * @return whether the modification may be applied
     */
    public boolean canModify(boolean blocking, int modificationType, PropertyValue value) {
        boolean sameMode = values.isEmpty() || block == blocking;
        boolean containment = modificationType == PropertyModificationType.ADD ? !contains(value) : contains(value);
        return sameMode && containment;
    }

    /**
     * Sirius's {@code allow} / {@code block}: adds or deletes the value; blocking keeps the property blocking, allowing
     * makes it allowing while it has values.
     *
     * @param blocking whether the modification is to the blocked values
     * @param modificationType {@link PropertyModificationType#ADD} or {@link PropertyModificationType#DEL}
     * @param value the value
     * @return the property with the modification applied
     */
    public AccountProperty modify(boolean blocking, int modificationType, PropertyValue value) {
        List<PropertyValue> changed = new ArrayList<>(values);
        int at = Collections.binarySearch(changed, value);
        if (modificationType == PropertyModificationType.ADD && at < 0) {
            changed.add(-at - 1, value);
        } else if (modificationType == PropertyModificationType.DEL && at >= 0) {
            changed.remove(at);
        }
        return new AccountProperty(valueType, blocking || changed.isEmpty(), changed);
    }
}
