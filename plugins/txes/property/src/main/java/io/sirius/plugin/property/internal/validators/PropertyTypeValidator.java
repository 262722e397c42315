package io.sirius.plugin.property.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.property.model.PropertyType;
import io.sirius.plugin.property.model.PropertyTypeNotification;
import io.sirius.plugin.property.model.PropertyTypes;

/**
 * The property type is one value flag below the sentinel, with or without the block flag (Sirius's rule), and the
 * flag is the transaction's own kind: address for 0x4150, mosaic id for 0x4250, transaction type for 0x4350. Sirius
 * does not check the second part; there a mosaic property transaction naming the address property reaches state code
 * that throws on the value size, so refusing it here only turns a fault into a result.
 */
public final class PropertyTypeValidator implements StatelessValidator<PropertyTypeNotification> {

    @Override
    public Class<PropertyTypeNotification> notificationType() {
        return PropertyTypeNotification.class;
    }

    @Override
    public ResultCode validate(PropertyTypeNotification notification, ValidationContext context) {
        if (!PropertyType.isValid(notification.propertyType())) {
            return PropertyResults.INVALID_PROPERTY_TYPE;
        }
        int expected;
        if (PropertyTypes.ADDRESS_PROPERTY.equals(notification.transactionType())) {
            expected = PropertyType.ADDRESS;
        } else if (PropertyTypes.MOSAIC_PROPERTY.equals(notification.transactionType())) {
            expected = PropertyType.MOSAIC_ID;
        } else {
            expected = PropertyType.TRANSACTION_TYPE;
        }
        return PropertyType.valueType(notification.propertyType()) == expected
                ? ResultCodes.SUCCESS
                : PropertyResults.INVALID_PROPERTY_TYPE;
    }
}
