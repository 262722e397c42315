package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.namespace.model.AliasedMosaicNotification;
import io.sirius.plugin.namespace.state.NamespaceAlias;

/**
 * A mosaic unlink names exactly the mosaic alias there (Sirius's {@code UnlinkAliasedMosaicIdConsistencyValidator}),
 * as {@link AliasUnlink} checks it. Links pass.
 */
public final class MosaicAliasUnlinkValidator implements StatefulValidator<AliasedMosaicNotification> {

    @Override
    public Class<AliasedMosaicNotification> notificationType() {
        return AliasedMosaicNotification.class;
    }

    @Override
    public ResultCode validate(AliasedMosaicNotification notification, StatefulValidationContext context) {
        return AliasUnlink.check(context.state(), notification.namespaceId(), notification.action(),
                NamespaceAlias.of(notification.mosaicId()));
    }
}
