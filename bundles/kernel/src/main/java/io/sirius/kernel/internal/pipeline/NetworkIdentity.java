package io.sirius.kernel.internal.pipeline;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;

/**
 * What never changes on a network (Sirius's config-immutable): its type, generation hash, currency (= harvesting)
 * mosaic and nemesis signer.
 *
 * @param network the network type
 * @param generationHash the nemesis block's generation hash, part of every transaction hash and signature
 * @param currencyMosaicId the mosaic fees are paid in and harvesting importance is measured in
 * @param nemesisSigner the nemesis block's signer
 * @param verifiableReceipts whether blocks carry the hash of their statements in {@code blockReceiptsHash} and
 *     received blocks are checked against it (Sirius's {@code enableVerifiableReceipts}); chains created before this
 *     node kept receipts have zero there, so their network files lack the setting and it reads as false
 */
public record NetworkIdentity(NetworkType network, Hash256 generationHash, MosaicId currencyMosaicId, PublicKey nemesisSigner,
        boolean verifiableReceipts) {

    /**
     * A new network's identity: receipts verifiable.
     *
     * @param network the network type
     * @param generationHash the nemesis block's generation hash
     * @param currencyMosaicId the currency mosaic
     * @param nemesisSigner the nemesis block's signer
     */
    public NetworkIdentity(NetworkType network, Hash256 generationHash, MosaicId currencyMosaicId, PublicKey nemesisSigner) {
        this(network, generationHash, currencyMosaicId, nemesisSigner, true);
    }
}
