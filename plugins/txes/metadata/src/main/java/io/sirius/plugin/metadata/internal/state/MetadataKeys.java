package io.sirius.plugin.metadata.internal.state;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.resolver.Resolvers;
import io.sirius.plugin.metadata.model.MetadataType;
import io.sirius.plugin.metadata.model.MetadataValueNotification;
import io.sirius.plugin.metadata.state.MetadataKey;

/**
 * Turns a value notification into the resolved key of its entry, as Sirius's {@code ResolveMetadataKey} does: a mosaic
 * target may be a namespace alias and is resolved to the mosaic it aliases; an alias nothing resolves stays its raw
 * value, as Sirius's resolver context falls back to the unresolved value. Namespace ids are never resolved.
 */
public final class MetadataKeys {

    private MetadataKeys() {
    }

    /**
     * @param notification a value notification
     * @param resolvers the resolvers of the validator's or observer's context
     * @return the entry's key
     */
    public static MetadataKey resolve(MetadataValueNotification notification, Resolvers resolvers) {
        long targetId = notification.targetId();
        if (notification.targetType() == MetadataType.MOSAIC) {
            targetId = resolvers.resolve(new UnresolvedMosaicId(targetId)).map(MosaicId::value).orElse(targetId);
        }
        return new MetadataKey(notification.sourceAddress(), notification.targetKey(), notification.scopedMetadataKey(),
                notification.targetType(), targetId);
    }
}
