package io.sirius.plugin.namespace.model;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.notification.Notification;
import java.util.Objects;
import java.util.Optional;

/**
 * A namespace's mosaic alias is linked or unlinked (Sirius's {@code Aliased_MosaicId}).
 *
 * @param namespaceId the namespace
 * @param aliasAction the raw action byte: 0 link, 1 unlink
 * @param mosaicId the aliased mosaic; on unlink it must be the one linked now
 */
public record AliasedMosaicNotification(NamespaceId namespaceId, int aliasAction, MosaicId mosaicId) implements Notification {

    /** Checks for nulls. */
    public AliasedMosaicNotification {
        Objects.requireNonNull(namespaceId, "namespaceId");
        Objects.requireNonNull(mosaicId, "mosaicId");
    }

    /** @return the action, if the byte names one */
    public Optional<AliasAction> action() {
        return AliasAction.fromCode(aliasAction);
    }
}
