package io.sirius.plugin.namespace.internal.config;

import io.sirius.api.model.Height;
import io.sirius.api.model.PublicKey;

/**
 * Whether a signer counts as the network (Sirius compares it with the {@code [network] publicKey}): the network may
 * register reserved roots and eternal namespaces and pays no rental fee.
 *
 * <p>Interim rule: the plugin API gives plugins neither the network config's public key nor the nemesis signer, so
 * this node treats exactly the transactions of the nemesis block (height 1, which only the network key signs) as the
 * network's. That is stricter than Sirius after the nemesis block (the network key then registers reserved names and
 * pays fees like anyone), never looser. Replacing it by a comparison with the network key is a consensus change and
 * must come with the API change (see the plugin's report), before any block holds a namespace registration.
 */
public final class NetworkKeyRule {

    private NetworkKeyRule() {
    }

    /**
     * @param signer the transaction's signer (unused until the API gives the network key)
     * @param height the height the transaction is processed at
     * @return whether the signer counts as the network
     */
    public static boolean isNetwork(PublicKey signer, Height height) {
        return Height.NEMESIS.equals(height);
    }
}
