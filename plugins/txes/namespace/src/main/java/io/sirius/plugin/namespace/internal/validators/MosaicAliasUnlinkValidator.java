package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.namespace.model.AliasAction;
import io.sirius.plugin.namespace.model.AliasedMosaicNotification;
import io.sirius.plugin.namespace.state.AliasType;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.NamespaceEntry;
import io.sirius.plugin.namespace.state.NamespaceView;
import java.util.Optional;

/**
 * A mosaic unlink names exactly the alias there (Sirius's {@code UnlinkAliasedMosaicIdConsistencyValidator}): the
 * namespace must exist (ALIAS_NAMESPACE_UNKNOWN), its alias must be a mosaic alias (ALIAS_UNLINK_TYPE_INCONSISTENCY)
 * of the same mosaic (ALIAS_UNLINK_DATA_INCONSISTENCY). Links pass.
 */
public final class MosaicAliasUnlinkValidator implements StatefulValidator<AliasedMosaicNotification> {

    @Override
    public Class<AliasedMosaicNotification> notificationType() {
        return AliasedMosaicNotification.class;
    }

    @Override
    public ResultCode validate(AliasedMosaicNotification notification, StatefulValidationContext context) {
        if (!notification.action().equals(Optional.of(AliasAction.UNLINK))) {
            return ResultCodes.SUCCESS;
        }
        Optional<NamespaceEntry> found = NamespaceView.of(context.state()).find(notification.namespaceId());
        if (found.isEmpty()) {
            return NamespaceResults.ALIAS_NAMESPACE_UNKNOWN;
        }
        NamespaceAlias alias = found.get().alias();
        if (alias.type() != AliasType.MOSAIC) {
            return NamespaceResults.ALIAS_UNLINK_TYPE_INCONSISTENCY;
        }
        return alias.mosaicId().equals(Optional.of(notification.mosaicId()))
                ? ResultCodes.SUCCESS
                : NamespaceResults.ALIAS_UNLINK_DATA_INCONSISTENCY;
    }
}
