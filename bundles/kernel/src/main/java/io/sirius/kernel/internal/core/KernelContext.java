package io.sirius.kernel.internal.core;

import io.sirius.api.model.Address;
import io.sirius.api.model.PublicKey;
import io.sirius.state.StateChanges;

/**
 * What the kernel's own observers and validators reach beyond the plugin SPI: the store's indexes (kept with
 * the state, outside every root) and the address of a public key. Implemented by the kernel's contexts.
 */
public interface KernelContext extends ConfigContext {

    /** @return the delta being validated or changed, with its indexes */
    StateChanges changes();

    /**
     * @param key a public key
     * @return its address on this network
     */
    Address addressOf(PublicKey key);
}
