package io.sirius.plugin.property.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.property.internal.plugin.ValueKind;
import io.sirius.plugin.property.model.ModifyPropertyNotification;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.property.model.PropertyModificationType;
import io.sirius.plugin.property.state.PropertyValue;
import io.sirius.plugin.property.state.PropertyView;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * No value is modified twice in one transaction (values compared as written, aliases unresolved, as Sirius does), and
 * a transaction that deletes needs the signer to have properties. One instance per kind of value, named as Sirius
 * names them ({@code AddressPropertyRedundantModificationValidator}, ...).
 *
 * @param <V> the type of the values
 * @param <N> the notification of all modifications of the kind
 */
public final class PropertyRedundantModificationValidator<V, N extends ModifyPropertyNotification<V>>
        implements StatefulValidator<N> {
    private final ValueKind<V, ?, N, ?> kind;

    /**
     * @param kind the kind of values
     */
    public PropertyRedundantModificationValidator(ValueKind<V, ?, N, ?> kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public Class<N> notificationType() {
        return kind.modificationsType();
    }

    @Override
    public ResultCode validate(N notification, StatefulValidationContext context) {
        Set<PropertyValue> seen = new HashSet<>();
        boolean deletes = false;
        for (PropertyModification<V> modification : notification.modifications()) {
            if (!seen.add(kind.unresolved(modification.value()))) {
                return PropertyResults.MODIFICATION_REDUNDANT;
            }
            deletes |= modification.type() == PropertyModificationType.DEL;
        }
        if (deletes && PropertyView.of(context.state()).find(context.addressOf(notification.key())).isEmpty()) {
            return PropertyResults.MODIFICATION_NOT_ALLOWED;
        }
        return ResultCodes.SUCCESS;
    }

    @Override
    public String name() {
        return kind.name() + "PropertyRedundantModificationValidator";
    }
}
