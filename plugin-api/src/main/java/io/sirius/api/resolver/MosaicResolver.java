package io.sirius.api.resolver;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.state.StateView;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin's way to resolve mosaic aliases.
 */
@ConsumerType
@FunctionalInterface
public interface MosaicResolver {

    /**
     * @param id an alias (bit 63 set)
     * @param state the state to resolve against
     * @return the mosaic, or empty if this resolver does not know the alias
     */
    Optional<MosaicId> resolve(UnresolvedMosaicId id, StateView state);
}
