package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.namespace.model.AliasAction;
import io.sirius.plugin.namespace.model.AliasedAddressNotification;
import io.sirius.plugin.namespace.state.AliasType;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.NamespaceEntry;
import io.sirius.plugin.namespace.state.NamespaceView;
import java.util.Optional;

/**
 * An address unlink names exactly the alias there (Sirius's {@code UnlinkAliasedAddressConsistencyValidator}): the
 * namespace must exist (ALIAS_NAMESPACE_UNKNOWN), its alias must be an address alias
 * (ALIAS_UNLINK_TYPE_INCONSISTENCY) of the same address (ALIAS_UNLINK_DATA_INCONSISTENCY). Links pass.
 */
public final class AddressAliasUnlinkValidator implements StatefulValidator<AliasedAddressNotification> {

    @Override
    public Class<AliasedAddressNotification> notificationType() {
        return AliasedAddressNotification.class;
    }

    @Override
    public ResultCode validate(AliasedAddressNotification notification, StatefulValidationContext context) {
        if (!notification.action().equals(Optional.of(AliasAction.UNLINK))) {
            return ResultCodes.SUCCESS;
        }
        Optional<NamespaceEntry> found = NamespaceView.of(context.state()).find(notification.namespaceId());
        if (found.isEmpty()) {
            return NamespaceResults.ALIAS_NAMESPACE_UNKNOWN;
        }
        NamespaceAlias alias = found.get().alias();
        if (alias.type() != AliasType.ADDRESS) {
            return NamespaceResults.ALIAS_UNLINK_TYPE_INCONSISTENCY;
        }
        return alias.address().equals(Optional.of(notification.address()))
                ? ResultCodes.SUCCESS
                : NamespaceResults.ALIAS_UNLINK_DATA_INCONSISTENCY;
    }
}
