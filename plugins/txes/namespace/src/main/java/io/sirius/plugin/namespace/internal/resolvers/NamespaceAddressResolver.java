package io.sirius.plugin.namespace.internal.resolvers;

import io.sirius.api.model.Address;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.resolver.AddressResolver;
import io.sirius.api.state.StateView;
import java.util.Optional;

/**
 * Resolves an address alias (low bit of the first byte set, namespace id in bytes 1 to 8) to the address its active
 * namespace stands for. Plain addresses are the kernel's to pass through; this resolver does not know them.
 */
public final class NamespaceAddressResolver implements AddressResolver {

    @Override
    public Optional<Address> resolve(UnresolvedAddress address, StateView state) {
        if (!address.isAlias()) {
            return Optional.empty();
        }
        return ActiveAlias.of(address.namespaceId(), state).flatMap(alias -> alias.address());
    }
}
