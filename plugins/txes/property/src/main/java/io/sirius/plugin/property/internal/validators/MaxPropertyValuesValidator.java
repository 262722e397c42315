package io.sirius.plugin.property.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.property.internal.config.PropertyConfig;
import io.sirius.plugin.property.internal.plugin.ValueKind;
import io.sirius.plugin.property.model.ModifyPropertyNotification;
import io.sirius.plugin.property.model.PropertyModificationType;
import io.sirius.plugin.property.state.AccountProperties;
import io.sirius.plugin.property.state.PropertyView;
import java.util.Objects;
import java.util.Optional;

/**
 * A transaction carries at most {@code maxPropertyValues} modifications, and leaves the property with at most that many
 * values. Sirius counts in unsigned arithmetic, so deleting more values than the property holds wraps around and fails
 * the same way; this rule does too. One instance per kind of value, named as Sirius names them
 * ({@code MaxAddressPropertyValuesValidator}, ...).
 *
 * @param <N> the notification of all modifications of the kind
 */
public final class MaxPropertyValuesValidator<N extends ModifyPropertyNotification<?>> implements StatefulValidator<N> {
    private final ValueKind<?, ?, N, ?> kind;

    /**
     * @param kind the kind of values
     */
    public MaxPropertyValuesValidator(ValueKind<?, ?, N, ?> kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public Class<N> notificationType() {
        return kind.modificationsType();
    }

    @Override
    public ResultCode validate(N notification, StatefulValidationContext context) {
        int max = context.config(PropertyConfig.SECTION).maxPropertyValues();
        if (notification.modifications().size() > max) {
            return PropertyResults.MODIFICATION_COUNT_EXCEEDED;
        }
        Optional<AccountProperties> properties = PropertyView.of(context.state()).find(context.addressOf(notification.key()));
        if (properties.isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        long adds = notification.modifications().stream().filter(m -> m.type() == PropertyModificationType.ADD).count();
        long deletes = notification.modifications().size() - adds;
        long total = properties.get().property(kind.valueType()).values().size() + adds - deletes;
        return total < 0 || total > max ? PropertyResults.VALUES_COUNT_EXCEEDED : ResultCodes.SUCCESS;
    }

    @Override
    public String name() {
        return "Max" + kind.name() + "PropertyValuesValidator";
    }
}
