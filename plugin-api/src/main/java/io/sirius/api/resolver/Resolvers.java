package io.sirius.api.resolver;

import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Resolves aliases against the state a validator or observer sees.
 */
@ProviderType
public interface Resolvers {

    /**
     * @param id a mosaic id or alias
     * @return the mosaic it names, or empty if it is an alias no active namespace resolves
     */
    Optional<MosaicId> resolve(UnresolvedMosaicId id);

    /**
     * @param address an address or alias
     * @return the address it names, or empty if it is an alias no active namespace resolves
     */
    Optional<Address> resolve(UnresolvedAddress address);
}
