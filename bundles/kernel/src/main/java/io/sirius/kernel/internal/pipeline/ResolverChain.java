package io.sirius.kernel.internal.pipeline;

import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.resolver.AddressResolver;
import io.sirius.api.resolver.MosaicResolver;
import io.sirius.api.resolver.Resolvers;
import io.sirius.api.state.StateView;
import java.util.Optional;

/**
 * Resolves mosaic and address aliases with the active plugins' resolvers, in order; plain values pass through
 * (a malformed plain address resolves to nothing).
 */
final class ResolverChain implements Resolvers {
    private final ActivePlugins plugins;
    private final StateView state;

    ResolverChain(ActivePlugins plugins, StateView state) {
        this.plugins = plugins;
        this.state = state;
    }

    @Override
    public Optional<MosaicId> resolve(UnresolvedMosaicId id) {
        if (!id.isAlias()) {
            return Optional.of(new MosaicId(id.value()));
        }
        for (MosaicResolver resolver : plugins.mosaicResolvers()) {
            Optional<MosaicId> resolved = resolver.resolve(id, state);
            if (resolved.isPresent()) {
                return resolved;
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Address> resolve(UnresolvedAddress address) {
        if (!address.isAlias()) {
            try {
                return Optional.of(address.toAddress());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        for (AddressResolver resolver : plugins.addressResolvers()) {
            Optional<Address> resolved = resolver.resolve(address, state);
            if (resolved.isPresent()) {
                return resolved;
            }
        }
        return Optional.empty();
    }
}
