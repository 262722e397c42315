package io.sirius.plugin.property.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.property.internal.plugin.ValueKind;
import io.sirius.plugin.property.model.ModifyPropertyNotification;
import io.sirius.plugin.property.model.PropertyModificationType;
import java.util.Objects;

/**
 * Every modification is an add (0) or a delete (1). One instance per kind of value, named as Sirius names them
 * ({@code AddressPropertyModificationTypesValidator}, ...).
 *
 * @param <N> the notification of all modifications of the kind
 */
public final class PropertyModificationTypesValidator<N extends ModifyPropertyNotification<?>>
        implements StatelessValidator<N> {
    private final ValueKind<?, ?, N, ?> kind;

    /**
     * @param kind the kind of values
     */
    public PropertyModificationTypesValidator(ValueKind<?, ?, N, ?> kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public Class<N> notificationType() {
        return kind.modificationsType();
    }

    @Override
    public ResultCode validate(N notification, ValidationContext context) {
        return notification.modifications().stream().allMatch(m -> m.type() <= PropertyModificationType.DEL)
                ? ResultCodes.SUCCESS
                : PropertyResults.MODIFICATION_TYPE_INVALID;
    }

    @Override
    public String name() {
        return kind.name() + "PropertyModificationTypesValidator";
    }
}
