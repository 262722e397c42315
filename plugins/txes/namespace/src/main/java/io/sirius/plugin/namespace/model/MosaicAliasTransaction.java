package io.sirius.plugin.namespace.model;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of an Alias_Mosaic (0x434E), version 1: {@code AliasAction u8 | NamespaceId u64 | MosaicId u64}.
 *
 * @param aliasAction 0 link, 1 unlink (any byte on the wire; AliasActionValidator rejects others)
 * @param namespaceId the namespace whose alias changes
 * @param mosaicId the mosaic it names
 */
public record MosaicAliasTransaction(int aliasAction, NamespaceId namespaceId, MosaicId mosaicId) {

    /** Checks the arguments. */
    public MosaicAliasTransaction {
        Objects.requireNonNull(namespaceId, "namespaceId");
        Objects.requireNonNull(mosaicId, "mosaicId");
        if (aliasAction < 0 || aliasAction > 0xFF) {
            throw new IllegalArgumentException("an alias action is one byte, not " + aliasAction);
        }
    }

    /** @return the action, if the byte names one */
    public Optional<AliasAction> action() {
        return AliasAction.fromCode(aliasAction);
    }
}
