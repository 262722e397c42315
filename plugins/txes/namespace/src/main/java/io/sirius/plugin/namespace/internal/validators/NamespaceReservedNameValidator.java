package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.namespace.internal.config.NamespaceConfig;
import io.sirius.plugin.namespace.model.NamespaceNameNotification;

/**
 * Reserved roots ({@code reservedRootNamespaceNames}) are the network's ({@code [network] publicKey} in force): nobody
 * else may register one, nor a child
 * directly under one (Sirius checks the root's id for a root and the parent's id for a child, so {@code prx.foo} is
 * reserved and {@code prx.xpx.foo}, whose parent is a child, is left to the owner of {@code prx.xpx}).
 */
public final class NamespaceReservedNameValidator implements StatelessValidator<NamespaceNameNotification> {

    @Override
    public Class<NamespaceNameNotification> notificationType() {
        return NamespaceNameNotification.class;
    }

    @Override
    public ResultCode validate(NamespaceNameNotification notification, ValidationContext context) {
        NamespaceId checked = notification.isRoot() ? notification.namespaceId() : notification.parentId();
        boolean reserved = context.config(NamespaceConfig.SECTION).reservedRootIds().contains(checked);
        return reserved && !notification.signer().equals(context.networkPublicKey())
                ? NamespaceResults.ROOT_NAME_RESERVED
                : ResultCodes.SUCCESS;
    }
}
