package io.sirius.plugin.property.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.property.internal.plugin.ValueKind;
import io.sirius.plugin.property.model.ModifyPropertyValueNotification;
import io.sirius.plugin.property.model.PropertyType;
import io.sirius.plugin.property.state.AccountProperties;
import io.sirius.plugin.property.state.PropertyValue;
import io.sirius.plugin.property.state.PropertyView;
import java.util.Objects;
import java.util.Optional;

/**
 * One modification fits the signer's property: an add names a value not listed, a delete one listed, and an account
 * whose property has values keeps its mode (allow or block). An account without properties accepts anything. One
 * instance per kind of value, named as Sirius names them ({@code AddressPropertyValueModificationValidator}, ...).
 *
 * <p>The value is resolved first; an alias no active namespace resolves is refused with {@code Value_Invalid}, where
 * Sirius would store the alias's raw bytes as if they were an address or a mosaic id.
 *
 * @param <V> the type of the values
 * @param <M> the notification of one modification of the kind
 */
public final class PropertyValueModificationValidator<V, M extends ModifyPropertyValueNotification<V>>
        implements StatefulValidator<M> {
    private final ValueKind<V, ?, ?, M> kind;

    /**
     * @param kind the kind of values
     */
    public PropertyValueModificationValidator(ValueKind<V, ?, ?, M> kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public Class<M> notificationType() {
        return kind.valueModificationType();
    }

    @Override
    public ResultCode validate(M notification, StatefulValidationContext context) {
        Optional<PropertyValue> value = kind.resolve(notification.modification().value(), context.resolvers());
        if (value.isEmpty()) {
            return PropertyResults.VALUE_INVALID;
        }
        Optional<AccountProperties> properties = PropertyView.of(context.state()).find(context.addressOf(notification.key()));
        if (properties.isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        boolean allowed = properties.get().property(kind.valueType()).canModify(
                PropertyType.isBlock(notification.propertyType()), notification.modification().type(), value.get());
        return allowed ? ResultCodes.SUCCESS : PropertyResults.MODIFICATION_NOT_ALLOWED;
    }

    @Override
    public String name() {
        return kind.name() + "PropertyValueModificationValidator";
    }
}
