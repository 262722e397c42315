package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.namespace.model.AliasedAddressNotification;
import io.sirius.plugin.namespace.state.NamespaceAlias;

/**
 * An address unlink names exactly the address alias there (Sirius's
 * {@code UnlinkAliasedAddressConsistencyValidator}), as {@link AliasUnlink} checks it. Links pass.
 */
public final class AddressAliasUnlinkValidator implements StatefulValidator<AliasedAddressNotification> {

    @Override
    public Class<AliasedAddressNotification> notificationType() {
        return AliasedAddressNotification.class;
    }

    @Override
    public ResultCode validate(AliasedAddressNotification notification, StatefulValidationContext context) {
        return AliasUnlink.check(context.state(), notification.namespaceId(), notification.action(),
                NamespaceAlias.of(notification.address()));
    }
}
