package io.sirius.plugin.testkit;

import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.resolver.Resolvers;
import java.util.Optional;

/**
 * Resolvers for unit tests with no namespace plugin: plain mosaic ids and addresses pass through unchanged, and
 * aliases resolve to nothing, as they do on a node where no namespace knows them.
 */
public final class PassThroughResolvers implements Resolvers {

    @Override
    public Optional<MosaicId> resolve(UnresolvedMosaicId id) {
        return id.isAlias() ? Optional.empty() : Optional.of(new MosaicId(id.value()));
    }

    @Override
    public Optional<Address> resolve(UnresolvedAddress address) {
        return address.isAlias() ? Optional.empty() : Optional.of(address.toAddress());
    }
}
