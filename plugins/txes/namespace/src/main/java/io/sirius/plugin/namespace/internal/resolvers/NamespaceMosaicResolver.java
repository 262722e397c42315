package io.sirius.plugin.namespace.internal.resolvers;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.resolver.MosaicResolver;
import io.sirius.api.state.StateView;
import java.util.Optional;

/**
 * Resolves a mosaic alias (bit 63 set: the value is a namespace id) to the mosaic its active namespace stands for.
 * Plain mosaic ids are the kernel's to pass through; this resolver does not know them.
 */
public final class NamespaceMosaicResolver implements MosaicResolver {

    @Override
    public Optional<MosaicId> resolve(UnresolvedMosaicId id, StateView state) {
        if (!id.isAlias()) {
            return Optional.empty();
        }
        return ActiveAlias.of(new NamespaceId(id.value()), state).flatMap(alias -> alias.mosaicId());
    }
}
