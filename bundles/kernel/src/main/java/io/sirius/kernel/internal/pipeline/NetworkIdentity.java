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
 */
public record NetworkIdentity(NetworkType network, Hash256 generationHash, MosaicId currencyMosaicId, PublicKey nemesisSigner) {
}
