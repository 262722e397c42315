package io.sirius.api.resolver;

import io.sirius.api.model.Address;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.state.StateView;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin's way to resolve address aliases.
 */
@ConsumerType
@FunctionalInterface
public interface AddressResolver {

    /**
     * @param address an alias
     * @param state the state to resolve against
     * @return the address, or empty if this resolver does not know the alias
     */
    Optional<Address> resolve(UnresolvedAddress address, StateView state);
}
