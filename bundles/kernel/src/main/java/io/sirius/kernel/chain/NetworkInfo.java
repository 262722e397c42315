package io.sirius.kernel.chain;

import io.sirius.api.model.Hash256;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;

/**
 * The network's immutable settings.
 *
 * @param network the network type
 * @param generationHash the generation hash every transaction signature covers
 * @param currencyMosaicId the currency (and harvesting) mosaic
 * @param nemesisSigner the nemesis block's signer
 */
public record NetworkInfo(NetworkType network, Hash256 generationHash, MosaicId currencyMosaicId, PublicKey nemesisSigner) {
}
