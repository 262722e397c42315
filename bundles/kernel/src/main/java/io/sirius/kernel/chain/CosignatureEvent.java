package io.sirius.kernel.chain;

import io.sirius.api.model.Address;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import java.util.Set;

/**
 * A detached cosignature added to a bonded aggregate waiting in the partial cache, for the websocket's
 * {@code cosignature/ADDR} channels.
 *
 * @param parentHash the aggregate's hash
 * @param signer the cosigner
 * @param signature its signature of the aggregate's hash
 * @param scheme how it signed
 * @param participants the aggregate's accounts (its signer, its embedded transactions' accounts)
 */
public record CosignatureEvent(Hash256 parentHash, PublicKey signer, Signature signature, DerivationScheme scheme,
        Set<Address> participants) {

    /** Freezes the participants. */
    public CosignatureEvent {
        participants = Set.copyOf(participants);
    }
}
