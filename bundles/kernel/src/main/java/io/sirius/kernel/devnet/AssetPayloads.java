package io.sirius.kernel.devnet;

import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.Amount;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.VersionField;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.Ids;
import io.sirius.crypto.KeyPair;
import java.nio.charset.StandardCharsets;

/**
 * Signed mosaic and namespace transactions the kernel writes itself, for a devnet's nemesis block (the currency,
 * its supply and its {@code prx.xpx} alias, as a Sirius nemesis block holds them). Layouts from
 * spec/sirius-chain.md; the mosaic and namespace plugins parse and process them like any other.
 */
public final class AssetPayloads {
    /** Register namespace, 0x414E v2. */
    public static final EntityType REGISTER_NAMESPACE = new EntityType(0x414E);
    /** Mosaic alias, 0x434E v1. */
    public static final EntityType MOSAIC_ALIAS = new EntityType(0x434E);
    /** Mosaic definition, 0x414D v3. */
    public static final EntityType MOSAIC_DEFINITION = new EntityType(0x414D);
    /** Mosaic supply change, 0x424D v2. */
    public static final EntityType MOSAIC_SUPPLY_CHANGE = new EntityType(0x424D);
    /** Mosaic flag: the supply may change. */
    public static final int SUPPLY_MUTABLE = 0x01;
    /** Mosaic flag: holders other than the owner may transfer it. */
    public static final int TRANSFERABLE = 0x02;

    private final NetworkType network;
    private final KeyPair signerKey;
    private final Timestamp deadline;
    private final Hash256 generationHash;
    private final EntitySigner signer;

    /**
     * @param network the network
     * @param signerKey who signs every transaction built
     * @param deadline their deadline
     * @param generationHash the network's generation hash
     * @param signer signs
     */
    public AssetPayloads(NetworkType network, KeyPair signerKey, Timestamp deadline, Hash256 generationHash,
            EntitySigner signer) {
        this.network = network;
        this.signerKey = signerKey;
        this.deadline = deadline;
        this.generationHash = generationHash;
        this.signer = signer;
    }

    /**
     * @param name a root name
     * @param duration its duration in blocks, 0 for eternal
     * @return a Register_Namespace of a root
     */
    public byte[] registerRoot(String name, long duration) {
        return register(0, duration, Ids.namespaceId(name), name);
    }

    /**
     * @param parent the parent's full name
     * @param name the child's own name
     * @return a Register_Namespace of a child
     */
    public byte[] registerChild(String parent, String name) {
        NamespaceId parentId = Ids.namespaceId(parent);
        return register(1, parentId.value(), Ids.namespaceId(parentId, name), name);
    }

    private byte[] register(int type, long durationOrParent, NamespaceId id, String name) {
        byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
        BinaryWriter body = new BinaryWriter(18 + nameBytes.length);
        body.writeU8(type).writeI64(durationOrParent).writeI64(id.value()).writeU8(nameBytes.length).writeBytes(nameBytes);
        return sign(REGISTER_NAMESPACE, 2, body);
    }

    /**
     * @param nonce the nonce the id derives from (with the signer's key)
     * @param flags {@link #SUPPLY_MUTABLE}, {@link #TRANSFERABLE}
     * @param divisibility decimal places
     * @param duration blocks, 0 for eternal
     * @return a Mosaic_Definition
     */
    public byte[] mosaicDefinition(int nonce, int flags, int divisibility, long duration) {
        BinaryWriter body = new BinaryWriter(32);
        body.writeI32(nonce).writeI64(Ids.mosaicId(nonce, signerKey.publicKey()).value());
        if (duration == 0) {
            body.writeU8(0).writeU8(flags).writeU8(divisibility);
        } else {
            body.writeU8(1).writeU8(flags).writeU8(divisibility).writeU8(2).writeI64(duration);
        }
        return sign(MOSAIC_DEFINITION, 3, body);
    }

    /**
     * @param mosaic the mosaic
     * @param increase whether the supply grows
     * @param delta by how much
     * @return a Mosaic_Supply_Change
     */
    public byte[] supplyChange(MosaicId mosaic, boolean increase, Amount delta) {
        BinaryWriter body = new BinaryWriter(17);
        body.writeI64(mosaic.value()).writeU8(increase ? 1 : 0).writeI64(delta.value());
        return sign(MOSAIC_SUPPLY_CHANGE, 2, body);
    }

    /**
     * @param fullName the namespace
     * @param mosaic the mosaic it will stand for
     * @return a Mosaic_Alias linking them
     */
    public byte[] linkMosaicAlias(String fullName, MosaicId mosaic) {
        BinaryWriter body = new BinaryWriter(17);
        body.writeU8(0).writeI64(Ids.namespaceId(fullName).value()).writeI64(mosaic.value()); // AliasAction Link = 0
        return sign(MOSAIC_ALIAS, 1, body);
    }

    private byte[] sign(EntityType type, int version, BinaryWriter body) {
        byte[] bodyBytes = body.toByteArray();
        DerivationScheme scheme = signerKey.scheme() == DerivationScheme.ED25519_SHA2 ? DerivationScheme.ED25519_SHA2
                : DerivationScheme.UNSET;
        TransactionHeader header = new TransactionHeader(TransactionHeader.SIZE + bodyBytes.length, Signature.ZERO,
                signerKey.publicKey(), VersionField.of(network, scheme, version), type, 0, deadline);
        BinaryWriter out = new BinaryWriter(header.size());
        header.encode(out);
        out.writeBytes(bodyBytes);
        return signer.signTransaction(signerKey, out.toByteArray(), generationHash);
    }
}
