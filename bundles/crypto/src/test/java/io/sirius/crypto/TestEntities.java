package io.sirius.crypto;

import io.sirius.api.entity.BlockHeader;
import io.sirius.api.entity.EntityTypes;
import io.sirius.api.entity.Transaction;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.VersionField;

/** Small entities built for tests. */
final class TestEntities {
    private TestEntities() {
    }

    static Transaction transfer(PublicKey signer, DerivationScheme scheme, byte[] body) {
        TransactionHeader header = new TransactionHeader(TransactionHeader.SIZE + body.length, Signature.ZERO, signer,
                VersionField.of(NetworkType.MIJIN_TEST, scheme, 3), EntityTypes.TRANSFER, 100, Timestamp.of(1000));
        return new Transaction(header, body);
    }

    static BlockHeader blockHeader(int version, PublicKey signer) {
        boolean v4 = version >= 4;
        int size = v4 ? BlockHeader.V4_SIZE : BlockHeader.V3_SIZE;
        return new BlockHeader(size, Signature.ZERO, signer, new VersionField(NetworkType.MIJIN_TEST.identifier(), 0, version),
                EntityType.BLOCK, Height.of(2), Timestamp.of(15_000), 100_000_000_000_000L, 1,
                Hash256.fromHex("11".repeat(32)), Hash256.ZERO, Hash256.fromHex("22".repeat(32)),
                Hash256.fromHex("33".repeat(32)), PublicKey.ZERO, 1, 1, v4 ? 7 : 0, v4 ? 5000 : 0, 0);
    }
}
