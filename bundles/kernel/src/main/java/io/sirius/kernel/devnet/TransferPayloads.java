package io.sirius.kernel.devnet;

import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.VersionField;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.KeyPair;

/**
 * Signed Transfer (0x4154 v3) payloads the kernel writes itself: the nemesis block's funding transfers and the
 * devnet's send command. The layout is the wire format of spec/sirius-chain.md 2.7; the transfer plugin parses
 * and processes them like any other.
 */
public final class TransferPayloads {
    /** Transfer's entity type. */
    public static final EntityType TRANSFER = new EntityType(0x4154);

    private TransferPayloads() {
    }

    /**
     * @param network the network
     * @param sender the signer
     * @param recipient the recipient
     * @param mosaic the mosaic sent
     * @param amount the amount
     * @param message the message bytes (may be empty)
     * @param maxFee the maximum fee
     * @param deadline the deadline
     * @param generationHash the network's generation hash
     * @param signer signs it
     * @return the signed payload
     */
    public static byte[] transfer(NetworkType network, KeyPair sender, Address recipient, MosaicId mosaic, Amount amount,
            byte[] message, long maxFee, Timestamp deadline, Hash256 generationHash, EntitySigner signer) {
        BinaryWriter body = new BinaryWriter(64 + message.length);
        body.writeBytes(recipient.bytes()).writeU16(message.length).writeU8(1).writeBytes(message)
                .writeI64(mosaic.value()).writeI64(amount.value());
        byte[] bodyBytes = body.toByteArray();
        DerivationScheme scheme = sender.scheme() == DerivationScheme.ED25519_SHA2 ? DerivationScheme.ED25519_SHA2
                : DerivationScheme.UNSET;
        TransactionHeader header = new TransactionHeader(TransactionHeader.SIZE + bodyBytes.length, Signature.ZERO,
                sender.publicKey(), VersionField.of(network, scheme, 3), TRANSFER, maxFee, deadline);
        BinaryWriter out = new BinaryWriter(header.size());
        header.encode(out);
        out.writeBytes(bodyBytes);
        return signer.signTransaction(sender, out.toByteArray(), generationHash);
    }
}
